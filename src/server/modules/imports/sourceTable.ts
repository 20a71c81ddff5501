import type { TextEncoding } from './decodeText.js'

/** One row of a file, as text. `number` is the row number a spreadsheet shows (the header is 1). */
export interface SourceRow {
  number: number
  cells: string[]
  /** Cells that hold no plain value (an Excel formula or error), by column index. */
  problems?: Map<number, string>
}

/** A file read into rows of text, whatever its format. */
export interface SourceTable {
  format: 'csv' | 'xlsx'
  encoding: TextEncoding | null
  /** CSV: the separator, `tab` for a tab. */
  delimiter: string | null
  sheet: string | null
  sheets: string[]
  headers: string[]
  rows: SourceRow[]
}

export const isBlankRow = (cells: string[]) => cells.every((cell) => cell.trim() === '')
