import type { ImportKind } from '../../../common/api/imports.js'
import { todayInAmsterdam } from '../clients/dutchFormats.js'
import { bindColumns, mapRow, valueMapsOf } from './columnBinding.js'
import { importers } from './importers.js'
import type { PreparedRow } from './kindImporter.js'
import type { MappingSpec } from './mappings.js'
import { parseFile } from './parseFile.js'
import { columnsByField, type ColumnsByField } from './rowChecks.js'
import type { SourceTable } from './sourceTable.js'

export interface PreparedFile {
  table: SourceTable
  columns: ColumnsByField
  rows: PreparedRow<unknown>[]
}

/** Reads a file and finds the mapping's columns in it; a file that fails here is refused whole. */
export async function readImportFile(bytes: Buffer, fileName: string, spec: MappingSpec): Promise<{ table: SourceTable; columns: ColumnsByField; bindings: ReturnType<typeof bindColumns> }> {
  const table = await parseFile(bytes, fileName, spec.options)
  const bindings = bindColumns(table.headers, spec)
  return { table, columns: columnsByField(bindings), bindings }
}

const uniqueLabels: Record<ImportKind, Record<string, string>> = {
  clients: { sourceId: 'source id', bsn: 'BSN', clientNumber: 'client number', statusSourceId: 'status source id' },
  statuses: { sourceId: 'source id' },
  interventions: { sourceId: 'source id' },
  assignments: { clientSourceId: 'client' },
  attendance: { day: 'day of a client' },
}

/**
 * A value that must be unique (a source id, a BSN) but appears on several rows rejects all of
 * those rows: which one is right cannot be known, and taking the first would make the outcome
 * depend on the order of the rows and on batch boundaries. The source system has to be fixed.
 */
function rejectDuplicates(kind: ImportKind, rows: PreparedRow<unknown>[], columns: ColumnsByField): void {
  const groups = new Map<string, PreparedRow<unknown>[]>()
  for (const row of rows) {
    for (const [field, value] of row.uniqueKeys) {
      const key = `${field}\u0000${value}`
      const group = groups.get(key)
      if (group) group.push(row)
      else groups.set(key, [row])
    }
  }
  for (const [key, group] of groups) {
    if (group.length < 2) continue
    const field = key.slice(0, key.indexOf('\u0000'))
    const numbers = group.map((row) => row.number)
    const shown = numbers.length > 6 ? `${numbers.slice(0, 6).join(', ')} and ${numbers.length - 6} more` : numbers.join(', ')
    for (const row of group) {
      row.input = null
      row.errors.push({
        field,
        column: columns.get(field) ?? null,
        message: `appears on rows ${shown} of this file, and a ${uniqueLabels[kind][field] ?? field} may appear once; none of these rows is imported`,
      })
    }
  }
}

/** Reads a file and checks every row on its own and against the others, before anything is written. */
export async function prepareFile(bytes: Buffer, fileName: string, spec: MappingSpec): Promise<PreparedFile> {
  const { table, columns, bindings } = await readImportFile(bytes, fileName, spec)
  const valueMaps = valueMapsOf(spec)
  const importer = importers[spec.kind]
  const context = { columns, today: todayInAmsterdam() }
  const rows = table.rows.map((row) => importer.prepare(mapRow(row, table, bindings, valueMaps), context))
  rejectDuplicates(spec.kind, rows, columns)
  return { table, columns, rows }
}
