import type { ImportOptions } from '../../../common/api/imports.js'
import { unreadableFile } from './importFileError.js'
import { parseCsv } from './parseCsv.js'
import { parseXlsx } from './parseXlsx.js'
import { delimiterFromName } from './sniffDelimiter.js'
import type { SourceTable } from './sourceTable.js'

/** The largest file Koers imports: about 250,000 client rows as CSV. */
export const importFileLimitBytes = 50 * 1024 * 1024
export const importFileLimitText = '50 MB'

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte)

export type FileOptions = Pick<ImportOptions, 'delimiter' | 'encoding' | 'sheet'>

/**
 * Reads an uploaded file into rows of text. XLSX is recognised by its content (a zip archive),
 * anything else is read as CSV; the old binary .xls format is refused with what to do instead.
 */
export async function parseFile(bytes: Buffer, fileName: string, options: FileOptions = {}): Promise<SourceTable> {
  if (bytes.length > importFileLimitBytes) {
    throw unreadableFile('file-too-large', `The file is larger than the limit of ${importFileLimitText}. Split it into smaller files.`)
  }
  if (bytes.length === 0) throw unreadableFile('empty-file', 'The file is empty.')
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return parseXlsx(bytes, { sheet: options.sheet })
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]) || /\.xls$/i.test(fileName)) {
    throw unreadableFile('old-excel-format', 'This is an old Excel (.xls) file. Save it as .xlsx, or export the data as CSV.')
  }
  const delimiter = options.delimiter === undefined || options.delimiter === 'auto' ? null : delimiterFromName(options.delimiter)
  return parseCsv(bytes, { encoding: options.encoding ?? 'auto', delimiter })
}
