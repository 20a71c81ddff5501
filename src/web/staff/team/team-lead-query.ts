import { useQuery } from '@tanstack/react-query';
import { listCoaches } from '../../endpoints/coaches';
import { coachesKey } from '../client-page/assignment/coaches-query';

/** Whether the signed-in coach leads a team (from the list of coaches); the server decides in the end. */
export function useLeadsTeam(userId: string, enabled: boolean): boolean {
  const coaches = useQuery({ queryKey: coachesKey, queryFn: listCoaches, staleTime: 5 * 60_000, enabled });
  return (coaches.data?.find((coach) => coach.id === userId)?.leadOfTeamIds.length ?? 0) > 0;
}
