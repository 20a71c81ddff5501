import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getSession } from '../../endpoints/session';
import type { SessionState } from '../../endpoints/types';

export const sessionQueryKey = ['session'] as const;

/** Queries that hold data of the signed-in staff member start with this key. */
export const staffDataKey = ['staff'] as const;

/** The session: undefined while loading, null when nobody is signed in. */
export function useSessionQuery() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: getSession,
    staleTime: 60_000,
  });
}

/**
 * Makes a SessionState from the server the current one. When a session becomes active, data
 * of whoever was signed in before is dropped first.
 */
export function useAcceptSession(): (session: SessionState | null) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (session: SessionState | null) => {
      if (session === null || session.stage === 'active') queryClient.removeQueries({ queryKey: staffDataKey });
      queryClient.setQueryData(sessionQueryKey, session);
    },
    [queryClient],
  );
}
