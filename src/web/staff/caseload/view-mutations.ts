import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteCaseloadView, saveCaseloadView } from '../../endpoints/caseload';
import { caseloadViewsKey } from './caseload-queries';

export function useSaveViewMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCaseloadView,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseloadViewsKey }),
  });
}

export function useDeleteViewMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCaseloadView,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseloadViewsKey }),
  });
}
