import { useQuery } from '@tanstack/react-query';
import { listOrganisations } from '../../endpoints/organisations';

export function useOrganisationsQuery() {
  return useQuery({
    queryKey: ['organisations'],
    queryFn: listOrganisations,
    staleTime: 5 * 60_000,
  });
}
