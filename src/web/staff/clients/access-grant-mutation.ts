import { useMutation, useQueryClient } from '@tanstack/react-query';
import { openClientWithReason } from '../../endpoints/clients';
import { clientsKey } from './client-queries';

/** Opens a client outside one's caseload with a reason; the client's data is then fetched anew. */
export function useAccessGrantMutation(clientId: string, onGranted: () => void | Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => openClientWithReason(clientId, reason),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: clientsKey });
      await onGranted();
    },
  });
}
