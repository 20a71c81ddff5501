import { useQuery } from '@tanstack/react-query';
import { getClientPage } from '../../../endpoints/clients';
import { clientPageKey } from '../../clients/client-queries';

/** The name of the client the send screen was opened for (from the client page, usually still cached). */
export function usePassedClientName(clientId: string | null): string | undefined {
  const query = useQuery({
    queryKey: clientPageKey(clientId ?? ''),
    queryFn: () => getClientPage(clientId ?? ''),
    enabled: clientId !== null,
  });
  return query.data?.client.name.fullName;
}
