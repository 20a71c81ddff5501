import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteClientSetting, saveClientSetting, type ClientSettingItems, type ClientSettingKind } from '../../endpoints/client-settings';
import { clientsKey } from '../clients/client-queries';
import { clientSettingsKey } from './client-settings-queries';

/** Saves one item; the answer holds all settings, which replace the cached ones. */
export function useSaveSettingMutation<K extends ClientSettingKind>(kind: K) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: ClientSettingItems[K]) => saveClientSetting(kind, item),
    onSuccess: async (settings) => {
      queryClient.setQueryData(clientSettingsKey, settings);
      await queryClient.invalidateQueries({ queryKey: clientsKey });
    },
  });
}

export function useDeleteSettingMutation(kind: ClientSettingKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => deleteClientSetting(kind, code),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientSettingsKey }),
  });
}
