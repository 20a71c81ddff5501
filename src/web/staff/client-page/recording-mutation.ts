import { useMutation, useQueryClient } from '@tanstack/react-query';
import { clientsKey } from '../clients/client-queries';
import { useClientRecord } from './client-record-context';

/**
 * A change to the client record shown on the page. After it succeeds, the page (and any search
 * results) are fetched anew, so every section and the timeline show the change.
 */
export function useRecordingMutation<Variables, Result>(
  record: (clientId: string, variables: Variables) => Promise<Result>,
  onRecorded?: (result: Result, variables: Variables) => void,
) {
  const { clientId } = useClientRecord();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Variables) => record(clientId, variables),
    onSuccess: async (result, variables) => {
      await queryClient.invalidateQueries({ queryKey: clientsKey });
      onRecorded?.(result, variables);
    },
  });
}
