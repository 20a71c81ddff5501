import type { ImportField } from '../../../common/api/imports.js'
import { unreadableFile } from './importFileError.js'
import type { MappingSpec } from './mappings.js'
import type { RowError } from './rowResult.js'
import type { SourceRow, SourceTable } from './sourceTable.js'

export interface ColumnBinding {
  field: ImportField
  column: string
  index: number
}

export type MappedValues = Partial<Record<ImportField, string>>

export interface MappedRow {
  number: number
  values: MappedValues
  errors: RowError[]
}

const maxIdLength = 100
const maxCellLength = 4000

const headerKey = (header: string) => header.trim().replace(/\s+/g, ' ').toLowerCase()

/** Finds the mapping's columns in the file's header; a missing or doubled column stops the file. */
export function bindColumns(headers: string[], spec: MappingSpec): ColumnBinding[] {
  const positions = new Map<string, number[]>()
  headers.forEach((header, index) => positions.set(headerKey(header), [...(positions.get(headerKey(header)) ?? []), index]))
  const missing: string[] = []
  const doubled: string[] = []
  const bindings = spec.columns.flatMap(({ field, column }) => {
    const found = positions.get(headerKey(column)) ?? []
    if (found.length === 0) missing.push(column)
    if (found.length > 1) doubled.push(column)
    return found.length === 1 ? [{ field, column, index: found[0]! }] : []
  })
  if (missing.length > 0) {
    throw unreadableFile(
      'columns-missing',
      `The file has no column ${missing.map((c) => `"${c}"`).join(', ')}, which the mapping ${spec.name} expects. ` +
        `Its columns are: ${headers.filter(Boolean).map((h) => `"${h}"`).join(', ')}.`,
    )
  }
  if (doubled.length > 0) throw unreadableFile('columns-doubled', `The file has the column ${doubled.map((c) => `"${c}"`).join(', ')} more than once.`)
  return bindings
}

export type ValueMaps = Map<string, Map<string, string>>

export function valueMapsOf(spec: MappingSpec): ValueMaps {
  const maps: ValueMaps = new Map()
  for (const { field, from, to } of spec.options.valueMaps ?? []) {
    if (!maps.has(field)) maps.set(field, new Map())
    maps.get(field)!.set(from.trim().toLowerCase(), to)
  }
  return maps
}

/**
 * Takes a row's mapped cells as trimmed text: a blank cell is absent, a code of the source system
 * is translated by the mapping's value maps. Cells that hold a formula (in a workbook, or text
 * starting with "=") are refused: an import takes values, and a formula stored in Koers would run
 * in the spreadsheet of whoever exports it later.
 */
export function mapRow(row: SourceRow, table: Pick<SourceTable, 'format' | 'headers'>, bindings: ColumnBinding[], valueMaps: ValueMaps): MappedRow {
  const values: MappedValues = {}
  const errors: RowError[] = []
  const lastCell = row.cells.reduce((last, cell, i) => (cell.trim() === '' ? last : i), -1)
  if (table.format === 'csv' && lastCell >= table.headers.length) {
    errors.push({
      field: 'row',
      column: null,
      message: `has ${row.cells.length} values where the header has ${table.headers.length} columns; is there a separator inside a value?`,
    })
  }
  for (const { field, column, index } of bindings) {
    const problem = row.problems?.get(index)
    if (problem !== undefined) {
      errors.push({ field, column, message: problem })
      continue
    }
    const text = (row.cells[index] ?? '').trim()
    if (text === '') continue
    // Kept in the values (the row is rejected all the same) so that the report shows the source id.
    if (text.startsWith('=')) errors.push({ field, column, message: 'looks like a spreadsheet formula (starts with =); export values, not formulas' })
    const limit = /sourceId$/i.test(field) ? maxIdLength : maxCellLength
    if (text.length > limit) errors.push({ field, column, message: `is longer than ${limit} characters` })
    values[field] = valueMaps.get(field)?.get(text.toLowerCase()) ?? text
  }
  return { number: row.number, values, errors }
}
