import type { TFunction } from 'i18next';
import type { ImportField } from '../../endpoints/import-types';

/** A Koers field of an import, in words. */
export function importFieldName(field: ImportField, t: TFunction): string {
  return t(`imports.fieldNames.${field}`);
}

/** "Geboortedatum" and "geboorte_datum" alike: for matching column headers to fields. */
const normalise = (text: string): string => text.toLowerCase().normalize('NFD').replace(/[^a-z0-9]/g, '');

/** The column that most likely holds a field: its header is the field's code or its name. */
export function guessColumn(field: ImportField, headers: readonly string[], t: TFunction): string {
  const candidates = [normalise(field), normalise(importFieldName(field, t))];
  return headers.find((header) => candidates.includes(normalise(header))) ?? '';
}
