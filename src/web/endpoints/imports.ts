import type { ImportMapping, ImportOptions, ImportOutcome, ImportPreview, ImportRowList, ImportRun, NewImportMapping } from './import-types';
import { apiRequest, queryString } from './request';

export interface PreviewOptions {
  delimiter?: ImportOptions['delimiter'];
  encoding?: ImportOptions['encoding'];
  sheet?: string;
}

/** Reads a file without importing it: encoding, separator, headers and the first rows. */
export function previewImportFile(file: File, options: PreviewOptions = {}): Promise<ImportPreview> {
  const form = new FormData();
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined && value !== '') form.append(key, value);
  }
  form.append('file', file);
  return apiRequest<ImportPreview>('POST', '/api/v1/import-previews', { body: form });
}

export async function listImportMappings(): Promise<ImportMapping[]> {
  const { mappings } = await apiRequest<{ mappings: ImportMapping[] }>('GET', '/api/v1/import-mappings');
  return mappings;
}

export function createImportMapping(mapping: NewImportMapping): Promise<ImportMapping> {
  return apiRequest<ImportMapping>('POST', '/api/v1/import-mappings', { body: mapping });
}

export function replaceImportMapping(mappingId: string, mapping: NewImportMapping): Promise<ImportMapping> {
  return apiRequest<ImportMapping>('PUT', `/api/v1/import-mappings/${encodeURIComponent(mappingId)}`, { body: mapping });
}

/** Queues an import of the file with a saved mapping; a dry run reports and changes nothing. */
export function startImport(file: File, mappingId: string, dryRun: boolean): Promise<ImportRun> {
  const form = new FormData();
  form.append('mappingId', mappingId);
  form.append('dryRun', String(dryRun));
  form.append('file', file);
  return apiRequest<ImportRun>('POST', '/api/v1/imports', { body: form });
}

export async function listImports(): Promise<ImportRun[]> {
  const { imports } = await apiRequest<{ imports: ImportRun[] }>('GET', '/api/v1/imports');
  return imports;
}

export function getImport(importId: string): Promise<ImportRun> {
  return apiRequest<ImportRun>('GET', `/api/v1/imports/${encodeURIComponent(importId)}`);
}

export function listImportRows(importId: string, outcome: ImportOutcome, afterRowNumber?: number): Promise<ImportRowList> {
  const query = queryString({ outcome, afterRowNumber: afterRowNumber === undefined ? undefined : String(afterRowNumber), limit: '100' });
  return apiRequest<ImportRowList>('GET', `/api/v1/imports/${encodeURIComponent(importId)}/rows${query}`);
}

/** The whole report as CSV, to open in a spreadsheet. */
export function importReportUrl(importId: string): string {
  return `/api/v1/imports/${encodeURIComponent(importId)}/report.csv`;
}
