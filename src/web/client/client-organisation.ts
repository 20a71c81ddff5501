import { readStoredOrganisation, storeOrganisation } from '../tenant/organisation-storage';

/**
 * The organisation the app belongs to: from the link the coach sent (?organisation=slug),
 * which is then remembered, or from an earlier visit.
 */
export function resolveClientOrganisation(search: string): string | null {
  const fromLink = new URLSearchParams(search).get('organisation')?.trim();
  if (fromLink !== undefined && fromLink !== '') {
    storeOrganisation(fromLink);
    return fromLink;
  }
  return readStoredOrganisation();
}
