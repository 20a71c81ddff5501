import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { clientAppAr, clientAr } from '../i18n/messages/client-app-ar';
import { en } from '../i18n/messages/en';
import { nl } from '../i18n/messages/nl';

/** The client app speaks Dutch first, English, and Arabic (right to left). */
export const clientLocales = ['nl', 'en', 'ar'] as const;
export type ClientLocale = (typeof clientLocales)[number];

export const clientLocaleNames: Record<ClientLocale, string> = {
  nl: 'Nederlands',
  en: 'English',
  ar: 'العربية',
};

const storageKey = 'koers.client.locale';

const isClientLocale = (value: unknown): value is ClientLocale =>
  typeof value === 'string' && (clientLocales as readonly string[]).includes(value);

function readStoredLocale(): ClientLocale | null {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isClientLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

function applyDocumentLanguage(locale: string): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = i18next.dir(locale);
}

/** Starts i18next for the client app; a text without a translation falls back to Dutch. */
export function initClientI18n(): void {
  i18next.on('languageChanged', applyDocumentLanguage);
  void i18next.use(initReactI18next).init({
    resources: {
      nl: { translation: nl },
      en: { translation: en },
      ar: { translation: { clientApp: clientAppAr, client: clientAr } },
    },
    lng: readStoredLocale() ?? 'nl',
    fallbackLng: 'nl',
    supportedLngs: [...clientLocales],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  applyDocumentLanguage(i18next.resolvedLanguage ?? 'nl');
}

/** Switches the language and remembers it on this device. */
export function changeClientLocale(locale: ClientLocale): void {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Storage can be unavailable; the choice then lasts for this page only.
  }
  void i18next.changeLanguage(locale);
}

/** Whether the reader chose a language on this device (else the client's own language may apply). */
export const hasChosenLocale = (): boolean => readStoredLocale() !== null;

export { isClientLocale };
