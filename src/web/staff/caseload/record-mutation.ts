import { useMutation, useQueryClient } from '@tanstack/react-query';
import { clientsKey } from '../clients/client-queries';

/**
 * Recording on a client from a list: afterwards the caseloads (and any client page) are fetched
 * anew, so signals that no longer hold are gone.
 */
export function useClientRecordMutation<Variables>(record: (clientId: string, variables: Variables) => Promise<unknown>, clientId: string, onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Variables) => record(clientId, variables),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: clientsKey });
      onDone();
    },
  });
}
