import ExcelJS from 'exceljs'
import { unreadableFile } from './importFileError.js'
import { isBlankRow, type SourceRow, type SourceTable } from './sourceTable.js'

const pad = (n: number) => String(n).padStart(2, '0')

/** A date cell as YYYY-MM-DD (and the time, when it has one). Excel dates carry no zone: read as UTC. */
function dateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
  const time = date.getUTCHours() + date.getUTCMinutes() + date.getUTCSeconds() === 0 ? '' : ` ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  return day + time
}

type CellReading = { text: string; problem?: string }

function readCell(value: ExcelJS.CellValue): CellReading {
  if (value === null || value === undefined) return { text: '' }
  if (typeof value === 'string') return { text: value }
  if (typeof value === 'number') return { text: Number.isInteger(value) ? value.toFixed(0) : String(value) }
  if (typeof value === 'boolean') return { text: value ? 'true' : 'false' }
  if (value instanceof Date) return { text: dateText(value) }
  if ('formula' in value || 'sharedFormula' in value) return { text: '', problem: 'holds a formula; export values, not formulas' }
  if ('error' in value) return { text: '', problem: `holds a spreadsheet error (${String(value.error)})` }
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join('') }
  if ('text' in value) return { text: typeof value.text === 'string' ? value.text : readCell(value.text).text }
  return { text: '' }
}

/**
 * Reads one worksheet of an XLSX workbook (the first, or the one named). The first non-blank row
 * is the header; row numbers are the worksheet's own. Formula and error cells are marked, not
 * evaluated: an import takes values as the source system exported them.
 */
export async function parseXlsx(bytes: Buffer, options: { sheet?: string } = {}): Promise<SourceTable> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0])
  } catch {
    throw unreadableFile('malformed-xlsx', 'The Excel file cannot be read. Save it again as an .xlsx workbook, or export the data as CSV.')
  }
  const sheets = workbook.worksheets.map((sheet) => sheet.name)
  const worksheet = options.sheet === undefined ? workbook.worksheets[0] : workbook.worksheets.find((sheet) => sheet.name.trim().toLowerCase() === options.sheet!.trim().toLowerCase())
  if (!worksheet) {
    throw unreadableFile(
      'sheet-not-found',
      options.sheet === undefined ? 'The workbook has no worksheets.' : `The workbook has no worksheet "${options.sheet}"; it has ${sheets.map((s) => `"${s}"`).join(', ')}.`,
    )
  }
  let headers: string[] | null = null
  const rows: SourceRow[] = []
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const width = Math.max(row.cellCount, headers?.length ?? 0)
    const cells: string[] = []
    let problems: Map<number, string> | undefined
    for (let column = 1; column <= width; column++) {
      const reading = readCell(row.getCell(column).value)
      cells.push(reading.text)
      if (reading.problem !== undefined) (problems ??= new Map()).set(column - 1, reading.problem)
    }
    if (headers === null) {
      if (!isBlankRow(cells)) headers = cells.map((cell) => cell.trim())
      return
    }
    if (!isBlankRow(cells) || problems !== undefined) rows.push({ number: rowNumber, cells, ...(problems ? { problems } : {}) })
  })
  if (headers === null) throw unreadableFile('empty-file', `The worksheet "${worksheet.name}" is empty: it has no header row.`)
  return { format: 'xlsx', encoding: null, delimiter: null, sheet: worksheet.name, sheets, headers, rows }
}
