import { useMutation, useQueryClient } from '@tanstack/react-query';
import { startImport } from '../../endpoints/imports';
import { clientsKey } from '../clients/client-queries';
import { importsKey } from './import-queries';

/** Queues a run of the file with the mapping; the list of runs and client data are fetched anew. */
export function useStartImportMutation(file: File, mappingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dryRun: boolean) => startImport(file, mappingId, dryRun),
    onSuccess: async (_run, dryRun) => {
      await queryClient.invalidateQueries({ queryKey: importsKey });
      if (!dryRun) await queryClient.invalidateQueries({ queryKey: clientsKey });
    },
  });
}
