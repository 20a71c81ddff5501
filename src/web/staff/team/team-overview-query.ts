import { useQuery } from '@tanstack/react-query';
import { getTeamOverview } from '../../endpoints/caseload';
import { clientsKey } from '../clients/client-queries';

/** Caseload sizes change with every assignment, so the overview sits under the clients' key. */
export const teamOverviewKey = [...clientsKey, 'team-overview'] as const;

export function useTeamOverviewQuery() {
  return useQuery({ queryKey: teamOverviewKey, queryFn: getTeamOverview, retry: false });
}
