import { useQuery } from '@tanstack/react-query';
import { listUsers } from '../../endpoints/users';
import { staffDataKey } from '../session/session-query';

export const usersQueryKey = [...staffDataKey, 'users'] as const;

export function useUsersQuery() {
  return useQuery({ queryKey: usersQueryKey, queryFn: listUsers });
}
