import type { PreviewOptions } from '../../endpoints/imports';
import type { ImportField, ImportKind, ImportMapping, ImportOptions, NewImportMapping } from '../../endpoints/import-types';

/** The mapping form: names, kind, and for each field the column it comes from ('' for none). */
export interface MappingValues {
  name: string;
  kind: ImportKind;
  sourceSystem: string;
  columns: Partial<Record<ImportField, string>>;
}

export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function mappingValues(mapping: ImportMapping): MappingValues {
  return {
    name: mapping.name,
    kind: mapping.kind,
    sourceSystem: mapping.sourceSystem,
    columns: Object.fromEntries(mapping.columns.map((column) => [column.field, column.column])),
  };
}

/** The mapping to save; the reading options chosen in the preview, and any value maps, are kept. */
export function toNewMapping(values: MappingValues, fields: readonly ImportField[], readOptions: PreviewOptions, existing: ImportMapping | null): NewImportMapping {
  const options: ImportOptions = { ...(existing?.options ?? {}) };
  if (readOptions.delimiter !== undefined) options.delimiter = readOptions.delimiter;
  if (readOptions.encoding !== undefined) options.encoding = readOptions.encoding;
  if (readOptions.sheet !== undefined && readOptions.sheet !== '') options.sheet = readOptions.sheet;
  return {
    name: values.name.trim(),
    kind: values.kind,
    sourceSystem: values.sourceSystem.trim(),
    columns: fields.flatMap((field) => {
      const column = values.columns[field] ?? '';
      return column === '' ? [] : [{ field, column }];
    }),
    options,
  };
}
