import { useMutation, useQueryClient } from '@tanstack/react-query';
import { saveSignalSetting } from '../../endpoints/caseload';
import type { SignalSettingChange } from '../../endpoints/caseload-types';
import { signalSettingsKey } from '../caseload/caseload-queries';
import { clientsKey } from '../clients/client-queries';

/** Saves one signal's switch and threshold; every client's signals follow, so caseloads are fetched anew. */
export function useSignalSettingMutation(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: SignalSettingChange) => saveSignalSetting(code, change),
    onSuccess: async (signals) => {
      queryClient.setQueryData(signalSettingsKey, signals);
      await queryClient.invalidateQueries({ queryKey: clientsKey });
    },
  });
}
