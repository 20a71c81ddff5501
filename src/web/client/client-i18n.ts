import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { OnDemandLocale } from '../i18n/messages/client-translation';
import { clientMessagesEn, clientMessagesNl, loadClientMessages } from './client-messages';

/** The client app speaks Dutch first, English, Arabic (right to left), Turkish, Polish and Ukrainian. */
export const clientLocales = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
export type ClientLocale = (typeof clientLocales)[number];

/** Each language's name in that language, so anyone finds their own. */
export const clientLocaleNames: Record<ClientLocale, string> = {
  nl: 'Nederlands',
  en: 'English',
  ar: 'العربية',
  tr: 'Türkçe',
  pl: 'Polski',
  uk: 'Українська',
};

const storageKey = 'koers.client.locale';

const isClientLocale = (value: unknown): value is ClientLocale =>
  typeof value === 'string' && (clientLocales as readonly string[]).includes(value);

const isOnDemandLocale = (value: string): value is OnDemandLocale => Object.hasOwn(loadClientMessages, value);

/** The language chosen on this device: one of the six, or a code the organisation added. */
export function readChosenLanguage(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

function readStoredLocale(): ClientLocale | null {
  const stored = readChosenLanguage();
  return isClientLocale(stored) ? stored : null;
}

/** The direction of each language the organisation added (i18next knows only well-known codes). */
const addedDirections = new Map<string, 'ltr' | 'rtl'>();

/** The direction a language's texts run in, including the organisation's added languages. */
export const languageDirection = (language: string): 'ltr' | 'rtl' => addedDirections.get(language) ?? i18next.dir(language);

/** The page takes the language (and direction) of the texts it shows: Dutch until another language has arrived. */
function applyDocumentLanguage(): void {
  const shown = i18next.resolvedLanguage ?? 'nl';
  document.documentElement.lang = shown;
  document.documentElement.dir = languageDirection(shown);
}

/**
 * Fetches a language's texts the first time the app switches to it. i18next adds them as a
 * resource bundle before it changes the language, whoever asks for the change: the language
 * switch, the client's preferred language after signing in, or the choice stored on this device.
 */
const onDemandMessages: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read(language, _namespace, callback) {
    if (!isOnDemandLocale(language)) {
      callback(new Error(`No texts for language ${language}`), false);
      return;
    }
    loadClientMessages[language]().then(
      (messages) => { callback(null, messages); },
      (error: unknown) => { callback(error instanceof Error ? error : new Error(String(error)), false); },
    );
  },
};

/** Starts i18next for the client app; a text without a translation falls back to Dutch. */
export function initClientI18n(): void {
  const stored = readStoredLocale();
  i18next.on('languageChanged', applyDocumentLanguage);
  // Dutch and English are bundled, so the first screen renders at once; a stored other language follows when loaded.
  void i18next.use(onDemandMessages).use(initReactI18next).init({
    resources: {
      nl: { translation: clientMessagesNl },
      en: { translation: clientMessagesEn },
    },
    partialBundledLanguages: true,
    lng: stored === 'en' ? 'en' : 'nl',
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  applyDocumentLanguage();
  if (stored !== null && isOnDemandLocale(stored)) void i18next.changeLanguage(stored);
}

/** Remembers the reader's language on this device. */
export function rememberLanguage(language: string): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Storage can be unavailable; the choice then lasts for this page only.
  }
}

/** Switches the language (loading its texts first if needed) and remembers it on this device. */
export function changeClientLocale(locale: ClientLocale): void {
  rememberLanguage(locale);
  void i18next.changeLanguage(locale);
}

/**
 * Shows a language the organisation added, with its texts by dotted key; a text it lacks shows
 * in Dutch (the fallback language).
 */
export async function showAddedLanguage(code: string, direction: 'ltr' | 'rtl', texts: Readonly<Record<string, string>>): Promise<void> {
  const tree: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(texts)) {
    const path = key.split('.');
    let node = tree;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]!] = text;
  }
  addedDirections.set(code, direction);
  i18next.addResourceBundle(code, 'translation', tree, true, true);
  await i18next.changeLanguage(code);
}

/** Whether the reader chose a language on this device (else the client's own language may apply). */
export const hasChosenLocale = (): boolean => readChosenLanguage() !== null;

export { isClientLocale };
