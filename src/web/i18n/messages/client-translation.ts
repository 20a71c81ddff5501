import type { ClientNamespace } from '../../client/client-namespaces';
import type { Messages } from './messages';

/**
 * Parts of the client namespaces that only staff read (the client page, the contact card,
 * notifications). The staff app speaks Dutch and English, so the client app's other languages
 * leave these out.
 */
export const staffOnlyClientTexts = { clientApp: 'coach', clientRecord: 'staff', clientSelfService: 'staff' } as const;

type StaffOnly = typeof staffOnlyClientTexts;

/** The plural forms i18next asks for in each language the client app loads on demand (Intl.PluralRules' categories). */
export interface PluralForms {
  ar: 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
  tr: 'one' | 'other';
  pl: 'one' | 'few' | 'many' | 'other';
  uk: 'one' | 'few' | 'many' | 'other';
}

export type OnDemandLocale = keyof PluralForms;

/** The Dutch text tree with every plural (`key_one`, `key_other`) in the given forms instead. */
type InForms<T, Forms extends string> = {
  readonly [K in keyof T as K extends `${infer Base}_other` ? `${Base}_${Forms}` : K extends `${string}_one` ? never : K]: T[K] extends string ? string : InForms<T[K], Forms>;
};

type ClientTexts = { [N in ClientNamespace]: N extends keyof StaffOnly ? Omit<Messages[N], StaffOnly[N]> : Messages[N] };

/**
 * The client app's texts in a language it loads on demand: every key the Dutch has (a missing
 * or misspelt one is a type error), plurals in that language's own forms.
 */
export type ClientTranslation<L extends OnDemandLocale> = InForms<ClientTexts, PluralForms[L]>;

/** The namespaces both apps share (shared-nl.ts), in a language the client app loads on demand. */
export type SharedTranslation<L extends OnDemandLocale> = Pick<ClientTranslation<L>, 'app' | 'ui' | 'language' | 'common' | 'problems' | 'fieldErrors'>;
