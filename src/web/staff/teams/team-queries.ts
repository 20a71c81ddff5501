import { useQuery } from '@tanstack/react-query';
import { listTeams } from '../../endpoints/teams';
import { staffDataKey } from '../session/session-query';

export const teamsQueryKey = [...staffDataKey, 'teams'] as const;

export function useTeamsQuery() {
  return useQuery({ queryKey: teamsQueryKey, queryFn: listTeams });
}
