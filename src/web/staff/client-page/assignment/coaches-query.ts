import { useQuery } from '@tanstack/react-query';
import { listCoaches } from '../../../endpoints/coaches';
import { staffDataKey } from '../../session/session-query';

export const coachesKey = [...staffDataKey, 'coaches'] as const;

/** The active coaches and their teams, to assign a client to. */
export function useCoachesQuery() {
  return useQuery({ queryKey: coachesKey, queryFn: listCoaches, staleTime: 5 * 60_000 });
}
