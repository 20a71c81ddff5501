import { useQuery } from '@tanstack/react-query';
import { getImport, listImportMappings, listImports } from '../../endpoints/imports';
import type { ImportRun } from '../../endpoints/import-types';
import { staffDataKey } from '../session/session-query';

export const importsKey = [...staffDataKey, 'imports'] as const;
export const importMappingsKey = [...staffDataKey, 'import-mappings'] as const;

/** How often a run under way is asked for its progress. */
const pollMilliseconds = 1000;

export const isUnderWay = (run: ImportRun): boolean => run.status === 'queued' || run.status === 'running';

export function useImportsQuery() {
  return useQuery({ queryKey: importsKey, queryFn: listImports });
}

export function useImportMappingsQuery() {
  return useQuery({ queryKey: importMappingsKey, queryFn: listImportMappings });
}

/** One run, asked for again every second while it is queued or running. */
export function useImportRunQuery(importId: string) {
  return useQuery({
    queryKey: [...importsKey, importId],
    queryFn: () => getImport(importId),
    refetchInterval: (query) => (query.state.data !== undefined && !isUnderWay(query.state.data) ? false : pollMilliseconds),
    staleTime: 0,
  });
}
