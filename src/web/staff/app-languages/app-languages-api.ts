import type { Static } from '@sinclair/typebox';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type * as Api from '../../../common/api/appLanguages';
import { apiRequest } from '../../endpoints/request';
import { staffDataKey } from '../session/session-query';

export type AppLanguage = Static<typeof Api.AppLanguage>;
export type AppLanguageList = Static<typeof Api.AppLanguageList>;
export type PutAppLanguage = Static<typeof Api.PutAppLanguage>;

export const appLanguagesKey = [...staffDataKey, 'app-languages'] as const;
/** Where the Dutch texts to translate download from. */
export const appLanguageTemplateUrl = '/api/v1/app-languages/template';

export function useAppLanguagesQuery() {
  return useQuery({ queryKey: appLanguagesKey, queryFn: () => apiRequest<AppLanguageList>('GET', '/api/v1/app-languages') });
}

export function usePutAppLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, language }: { code: string; language: PutAppLanguage }) => apiRequest<AppLanguage>('PUT', `/api/v1/app-languages/${encodeURIComponent(code)}`, { body: language }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appLanguagesKey }),
  });
}

export function useDeleteAppLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiRequest<undefined>('DELETE', `/api/v1/app-languages/${encodeURIComponent(code)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appLanguagesKey }),
  });
}
