import { describe, expect, it } from 'vitest';
import { staffOnlyClientTexts } from '../i18n/messages/client-translation';
import { clientLocales, type ClientLocale } from './client-i18n';
import { clientMessagesEn, clientMessagesNl, loadClientMessages } from './client-messages';

/**
 * The client app in every language it offers says everything the Dutch says: each key, each
 * plural form the language needs, each {{placeholder}}. A text missing in a language would show
 * in Dutch; a lost placeholder would drop a name or a date from the sentence.
 */

interface Texts { readonly [key: string]: string | Texts }

/** Every text of a tree, by its dotted key. */
function leaves(tree: Texts, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => (typeof value === 'string' ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`)));
}

const placeholders = (text: string) => new Set([...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]!));
const pluralKey = /^(.*)_(zero|one|two|few|many|other)$/;
const pluralForms = (locale: string) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

async function messagesIn(locale: Exclude<ClientLocale, 'nl'>): Promise<Texts> {
  return locale === 'en' ? clientMessagesEn : loadClientMessages[locale]();
}

interface Expected { dutch: string; form?: string }

/** What a language must have for each Dutch text: the same key, or for a plural every form the language counts in. */
function expectedKeys(dutch: Map<string, string>, forms: readonly string[]): Map<string, Expected> {
  const expected = new Map<string, Expected>();
  for (const [key, text] of dutch) {
    const plural = pluralKey.exec(key);
    if (plural === null || !dutch.has(`${plural[1]}_other`)) expected.set(key, { dutch: text });
    else if (plural[2] === 'other') for (const form of forms) expected.set(`${plural[1]}_${form}`, { dutch: text, form });
  }
  return expected;
}

/** Whether a plural form stands for a single number (Arabic "two" is 2 only), so it may say that number in words. */
function namesOneNumber(locale: string, form: string): boolean {
  const rules = new Intl.PluralRules(locale);
  return Array.from({ length: 1000 }, (_, n) => n).filter((n) => rules.select(n) === form).length === 1;
}

describe('the client app in every language it offers', () => {
  const staffOnly = Object.entries(staffOnlyClientTexts).map(([namespace, part]) => `${namespace}.${part}.`);
  const dutchAll = new Map(leaves(clientMessagesNl));
  const dutch = new Map([...dutchAll].filter(([key]) => !staffOnly.some((prefix) => key.startsWith(prefix))));
  const others = clientLocales.filter((locale) => locale !== 'nl');

  it('offers six languages, Dutch and English in the first download and the others on demand', () => {
    expect(clientLocales).toEqual(['nl', 'en', 'ar', 'tr', 'pl', 'uk']);
    expect(Object.keys(loadClientMessages)).toEqual(['ar', 'tr', 'pl', 'uk']);
    expect(dutch.size).toBeGreaterThan(300);
  });

  it.each(others)('%s has every key of the Dutch, in each plural form the language uses, and nothing else', async (locale) => {
    const translated = new Map(leaves(await messagesIn(locale)));
    const forms = pluralForms(locale);
    expect([...expectedKeys(dutch, forms).keys()].filter((key) => !translated.has(key))).toEqual([]);
    const known = expectedKeys(dutchAll, forms);
    expect([...translated.keys()].filter((key) => !known.has(key))).toEqual([]);
    expect([...translated].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it.each(others)('%s keeps every placeholder of the Dutch and adds none', async (locale) => {
    const translated = new Map(leaves(await messagesIn(locale)));
    const problems: string[] = [];
    for (const [key, { dutch: text, form }] of expectedKeys(dutch, pluralForms(locale))) {
      const translation = translated.get(key);
      if (translation === undefined) continue;
      const wanted = placeholders(text);
      if (form !== undefined && namesOneNumber(locale, form)) wanted.delete('count');
      const found = placeholders(translation);
      for (const name of wanted) if (!found.has(name)) problems.push(`${key} lacks {{${name}}}: ${translation}`);
      for (const name of found) if (!placeholders(text).has(name)) problems.push(`${key} has an unknown {{${name}}}: ${translation}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(others)('%s is translated, not a copy of the Dutch sentences', async (locale) => {
    const translated = new Map(leaves(await messagesIn(locale)));
    const sentence = (text: string) => /\p{L}+\s+\p{L}+/u.test(text.replace(/\{\{[^}]*\}\}/g, ''));
    expect([...dutch].filter(([key, text]) => sentence(text) && translated.get(key) === text).map(([key]) => key)).toEqual([]);
  });
});
