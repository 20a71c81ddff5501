import type {
  ClientSettings,
  CompetenceConfig,
  InterventionTypeConfig,
  ProfileCriterionConfig,
  SegmentScaleConfig,
  StatusTypeConfig,
} from './client-types';
import { apiRequest } from './request';

/** The kinds of client settings, as the API names them in its paths. */
export interface ClientSettingItems {
  'status-types': StatusTypeConfig;
  'profile-criteria': ProfileCriterionConfig;
  'segment-scales': SegmentScaleConfig;
  competences: CompetenceConfig;
  'intervention-types': InterventionTypeConfig;
}
export type ClientSettingKind = keyof ClientSettingItems;

export function getClientSettings(): Promise<ClientSettings> {
  return apiRequest<ClientSettings>('GET', '/api/v1/client-settings');
}

const settingPath = (kind: ClientSettingKind, code: string): string =>
  `/api/v1/client-settings/${kind}/${encodeURIComponent(code)}`;

/** Creates or changes one item; the answer is all settings as they are now. */
export function saveClientSetting<K extends ClientSettingKind>(kind: K, item: ClientSettingItems[K]): Promise<ClientSettings> {
  const { code, ...body } = item;
  return apiRequest<ClientSettings>('PUT', settingPath(kind, code), { body });
}

/** Deletes an item no client record uses (409 setting-in-use otherwise). */
export function deleteClientSetting(kind: ClientSettingKind, code: string): Promise<void> {
  return apiRequest<undefined>('DELETE', settingPath(kind, code));
}
