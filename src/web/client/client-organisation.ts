import { readStoredOrganisation } from '../tenant/organisation-storage';

/**
 * The organisation the app belongs to: from the link the coach sent (?organisation=slug), or
 * from an earlier visit. The app remembers a slug from a link once the organisation is found.
 */
export function clientOrganisation(search: string): string | null {
  const fromLink = new URLSearchParams(search).get('organisation')?.trim();
  return fromLink !== undefined && fromLink !== '' ? fromLink : readStoredOrganisation();
}
