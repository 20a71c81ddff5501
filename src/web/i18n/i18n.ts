import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, isLocale, locales, readStoredLocale, storeLocale, type Locale } from './locales';
import { en } from './messages/en';
import { nl } from './messages/nl';

function applyDocumentLanguage(locale: string): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = i18next.dir(locale);
}

/**
 * Starts i18next with the bundled messages, in the language the user chose before or Dutch.
 * Messages are bundled, so the translations are ready before the first render.
 */
export function initI18n(): void {
  i18next.on('languageChanged', applyDocumentLanguage);
  void i18next.use(initReactI18next).init({
    resources: {
      nl: { translation: nl },
      en: { translation: en },
    },
    lng: readStoredLocale() ?? defaultLocale,
    fallbackLng: defaultLocale,
    supportedLngs: [...locales],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  applyDocumentLanguage(i18next.resolvedLanguage ?? defaultLocale);
}

/** Switches the language and remembers the choice on this device. */
export function changeLocale(locale: Locale): void {
  storeLocale(locale);
  void i18next.changeLanguage(locale);
}

export function currentLocale(): Locale {
  const language = i18next.resolvedLanguage;
  return isLocale(language) ? language : defaultLocale;
}
