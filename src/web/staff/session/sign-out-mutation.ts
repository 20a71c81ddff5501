import { useMutation } from '@tanstack/react-query';
import { isProblem } from '../../endpoints/problem';
import { signOut } from '../../endpoints/session';
import { useAcceptSession } from './session-query';

/** Ends the session on the server; the app then shows sign-in. */
export function useSignOutMutation() {
  const acceptSession = useAcceptSession();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => { acceptSession(null); },
    onError: (error) => {
      if (isProblem(error, 401)) acceptSession(null);
    },
  });
}
