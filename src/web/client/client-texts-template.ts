import { staffOnlyClientTexts } from '../i18n/messages/client-translation';
import { clientMessagesNl } from './client-messages';

interface Texts { readonly [key: string]: string | Texts }

/** Every text of a tree by its dotted key ("clientApp.signOut"), in the tree's order. */
export function flattenTexts(tree: Texts, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => (typeof value === 'string' ? [[prefix + key, value]] : flattenTexts(value, `${prefix}${key}.`)));
}

/**
 * The client app's Dutch texts that an organisation translates into a language of its own: every
 * client namespace, without the parts only staff read (they stay in Dutch or English).
 */
export function clientTextsToTranslate(): Record<string, string> {
  const staffOnly = Object.entries(staffOnlyClientTexts).map(([namespace, part]) => `${namespace}.${part}.`);
  return Object.fromEntries(flattenTexts(clientMessagesNl).filter(([key]) => !staffOnly.some((prefix) => key.startsWith(prefix))));
}
