/** The languages Koers speaks: Dutch first, English second. */
export const locales = ['nl', 'en'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'nl';

/** Each language's name in that language, as a language switch shows it. */
export const localeNames: Record<Locale, string> = {
  nl: 'Nederlands',
  en: 'English',
};

const storageKey = 'koers.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function readStoredLocale(): Locale | null {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Storage can be unavailable (private mode, policies); the choice then lasts for this page only.
  }
}
