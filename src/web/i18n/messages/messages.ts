import type { nl } from './nl';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every language's messages follow: the same keys as Dutch. */
export type Messages = Strings<typeof nl>;
