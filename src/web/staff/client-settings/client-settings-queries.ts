import { useQuery } from '@tanstack/react-query';
import { getClientSettings } from '../../endpoints/client-settings';
import { staffDataKey } from '../session/session-query';

export const clientSettingsKey = [...staffDataKey, 'client-settings'] as const;

/** The organisation's status types, profile criteria, scales, competences and interventions. */
export function useClientSettingsQuery() {
  return useQuery({ queryKey: clientSettingsKey, queryFn: getClientSettings, staleTime: 5 * 60_000 });
}
