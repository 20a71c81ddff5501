/** The organisation (tenant) this device signs in to, remembered between visits. */
const storageKey = 'koers.organisation';

export function readStoredOrganisation(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function storeOrganisation(slug: string): void {
  try {
    window.localStorage.setItem(storageKey, slug);
  } catch {
    // Without storage the user chooses again next time.
  }
}
