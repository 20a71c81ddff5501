/** Languages clients often prefer, as two-letter codes; named through Intl in the user's language. */
export const clientLanguageCodes = ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'ti', 'so', 'fa', 'ro', 'bg', 'de', 'fr', 'es', 'pt'] as const;

export const clientChannels = ['app', 'sms', 'email', 'letter'] as const;

/** A language's name in the user's language, such as "Arabisch"; the code when unknown. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The language codes to offer: the usual ones, plus the client's own when it is another. */
export function languageOptions(current: string): string[] {
  return (clientLanguageCodes as readonly string[]).includes(current) ? [...clientLanguageCodes] : [...clientLanguageCodes, current];
}
