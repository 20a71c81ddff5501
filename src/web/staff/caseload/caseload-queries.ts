import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getCaseload, listCaseloadViews, listSignalSettings } from '../../endpoints/caseload';
import type { CaseloadQuery } from '../../endpoints/caseload-types';
import { clientsKey } from '../clients/client-queries';
import { staffDataKey } from '../session/session-query';

/** Caseloads hold client data: recording on a client (which invalidates clientsKey) refreshes them. */
export const caseloadKey = [...clientsKey, 'caseload'] as const;
export const signalSettingsKey = [...staffDataKey, 'signal-settings'] as const;
export const caseloadViewsKey = [...staffDataKey, 'caseload-views'] as const;

/**
 * A caseload, or one page of it (limit and offset). With `keepPage`, the page shown stays while
 * the next one loads, so paging through a list does not make it jump.
 */
export function useCaseloadQuery(query: CaseloadQuery, enabled = true, keepPage = false) {
  return useQuery({ queryKey: [...caseloadKey, query], queryFn: () => getCaseload(query), enabled, placeholderData: keepPage ? keepPreviousData : undefined });
}

/** The signals with their words and thresholds (for the names of the counts). */
export function useSignalSettingsQuery() {
  return useQuery({ queryKey: signalSettingsKey, queryFn: listSignalSettings, staleTime: 5 * 60_000 });
}

export function useCaseloadViewsQuery() {
  return useQuery({ queryKey: caseloadViewsKey, queryFn: listCaseloadViews });
}
