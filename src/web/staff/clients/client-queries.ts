import { useQuery } from '@tanstack/react-query';
import { getClientPage, searchClients } from '../../endpoints/clients';
import { staffDataKey } from '../session/session-query';

/** Every query about clients starts with this key; recording invalidates them all. */
export const clientsKey = [...staffDataKey, 'clients'] as const;

export function clientPageKey(clientId: string) {
  return [...clientsKey, 'page', clientId] as const;
}

/** The shortest query the server searches with. */
export const minimumQueryLength = 2;

export function useClientSearchQuery(query: string) {
  return useQuery({
    queryKey: [...clientsKey, 'search', query],
    queryFn: () => searchClients(query),
    enabled: query.length >= minimumQueryLength,
  });
}

export function useClientPageQuery(clientId: string) {
  return useQuery({ queryKey: clientPageKey(clientId), queryFn: () => getClientPage(clientId) });
}
