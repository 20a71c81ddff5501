import { CsvError, parse } from 'csv-parse/sync'
import { decodeText, type EncodingChoice } from './decodeText.js'
import { unreadableFile } from './importFileError.js'
import { delimiterName, sniffDelimiter, type Delimiter } from './sniffDelimiter.js'
import { isBlankRow, type SourceTable } from './sourceTable.js'

/**
 * Reads a CSV file: decodes it, finds the separator (unless given), and takes the first
 * non-blank line as the header. Row numbers count every record, blank ones too, the way a
 * spreadsheet that opens the file numbers its rows; blank rows are left out.
 */
export function parseCsv(bytes: Uint8Array, options: { encoding?: EncodingChoice; delimiter?: Delimiter | null } = {}): SourceTable {
  const { text, encoding } = decodeText(bytes, options.encoding ?? 'auto')
  const delimiter = options.delimiter ?? sniffDelimiter(text)
  let records: string[][]
  try {
    records = parse(text, { delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false })
  } catch (error) {
    const line = error instanceof CsvError ? (error as CsvError & { lines?: number }).lines : undefined
    throw unreadableFile(
      'malformed-csv',
      `The CSV file cannot be read${line ? ` near line ${line}` : ''}: a quote is not closed or a value is cut off. Export the file again.`,
    )
  }
  const headerIndex = records.findIndex((record) => !isBlankRow(record))
  if (headerIndex < 0) throw unreadableFile('empty-file', 'The file is empty: it has no header row.')
  const headers = records[headerIndex]!.map((header) => header.trim())
  const rows = []
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i]!
    if (!isBlankRow(cells)) rows.push({ number: i + 1, cells })
  }
  return { format: 'csv', encoding, delimiter: delimiterName(delimiter), sheet: null, sheets: [], headers, rows }
}
