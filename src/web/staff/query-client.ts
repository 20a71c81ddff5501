import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isProblem, ProblemError } from '../endpoints/problem';
import { sessionQueryKey } from './session/session-query';

/** 401 answers that are about the sign-in attempt itself, not about a lost session. */
const signInFailureCodes = new Set(['invalid-credentials', 'invalid-second-factor']);

function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof ProblemError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/**
 * The staff app's query client. A 401 from any call (other than a failed sign-in attempt)
 * means the session has ended: the session is cleared, which returns the user to sign-in.
 */
export function createStaffQueryClient(): QueryClient {
  const onError = (error: Error): void => {
    if (isProblem(error, 401) && !signInFailureCodes.has(error.code)) {
      queryClient.setQueryData(sessionQueryKey, null);
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
