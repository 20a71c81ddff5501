/** A language's name in the user's language ("Engels", "Arabisch"), with the code when unknown. */
export function languageName(code: string, userLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([userLanguage], { type: 'language' }).of(code);
    return name === undefined || name === code ? code : name;
  } catch {
    return code;
  }
}
