import type { ClientPage, ClientSearchResult, ClientSearchResults, NewClient } from './client-types';
import { apiRequest, queryString } from './request';

export async function searchClients(query: string): Promise<ClientSearchResult[]> {
  const { results } = await apiRequest<ClientSearchResults>('GET', `/api/v1/clients${queryString({ query, limit: '30' })}`);
  return results;
}

export function createClient(client: NewClient): Promise<{ id: string; clientNumber: string }> {
  return apiRequest<{ id: string; clientNumber: string }>('POST', '/api/v1/clients', { body: client });
}

export function getClientPage(clientId: string): Promise<ClientPage> {
  return apiRequest<ClientPage>('GET', clientPath(clientId));
}

/** Opens a client outside one's caseload and team, with the reason on record. */
export function openClientWithReason(clientId: string, reason: string): Promise<{ expiresAt: string; teamLeadsTold: number }> {
  return apiRequest<{ expiresAt: string; teamLeadsTold: number }>('POST', `${clientPath(clientId)}/access-grants`, {
    body: { reason },
  });
}

/** The whole record as a JSON download (the server names the file). */
export function clientExportUrl(clientId: string): string {
  return `${clientPath(clientId)}/export`;
}

/** The printable portfolio, in the given language. */
export function clientPortfolioUrl(clientId: string, lang: string): string {
  return `${clientPath(clientId)}/portfolio${queryString({ lang })}`;
}

export function clientPath(clientId: string): string {
  return `/api/v1/clients/${encodeURIComponent(clientId)}`;
}
