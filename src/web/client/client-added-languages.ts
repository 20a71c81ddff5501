import type { Static } from '@sinclair/typebox';
import { useQuery } from '@tanstack/react-query';
import type * as Api from '../../common/api/appLanguages';
import { apiRequest } from '../endpoints/request';
import { rememberLanguage, showAddedLanguage } from './client-i18n';

export type AddedLanguage = Static<typeof Api.PublicAppLanguage>;
type AddedLanguageTexts = Static<typeof Api.PublicAppLanguageTexts>;

const organisationPath = (slug: string) => `/api/v1/organisations/${encodeURIComponent(slug)}`;

/** The languages the organisation added to the app (after the six it speaks itself); none without an organisation. */
export function useAddedLanguages(organisation: string | null) {
  return useQuery({
    queryKey: ['client-app', 'added-languages', organisation ?? ''],
    queryFn: async () => (await apiRequest<{ languages: AddedLanguage[] }>('GET', `${organisationPath(organisation ?? '')}/app-languages`)).languages,
    enabled: organisation !== null && organisation !== '',
    staleTime: 5 * 60_000,
  });
}

/**
 * Fetches an added language's texts and shows the app in it. The browser keeps the texts and
 * asks again with their ETag, so an unchanged language costs a phone almost nothing.
 */
export async function switchToAddedLanguage(organisation: string, language: AddedLanguage, remember: boolean): Promise<void> {
  const { texts } = await apiRequest<AddedLanguageTexts>('GET', `${organisationPath(organisation)}/app-languages/${encodeURIComponent(language.code)}/texts`);
  if (remember) rememberLanguage(language.code);
  await showAddedLanguage(language.code, language.direction, texts);
}
