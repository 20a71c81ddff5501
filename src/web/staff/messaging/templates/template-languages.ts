import { useMessagingSettingsQuery } from '../messaging-queries';
import type { Template } from '../messaging-types';

/** nl, en, the organisation's extra languages, and any other language the template already has. */
export function useTemplateLanguages(template: Template | undefined): string[] {
  const settings = useMessagingSettingsQuery();
  const languages = ['nl', 'en', ...(settings.data?.extraLanguages ?? [])];
  for (const text of template?.texts ?? []) if (!languages.includes(text.language)) languages.push(text.language);
  return languages;
}
