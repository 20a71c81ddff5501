import { parse } from 'csv-parse/sync'

export const delimiterCandidates = [',', ';', '\t', '|'] as const
export type Delimiter = (typeof delimiterCandidates)[number]

function fieldCount(line: string, delimiter: Delimiter): number | null {
  try {
    return parse(line, { delimiter, relax_quotes: true, relax_column_count: true })[0]?.length ?? 0
  } catch {
    return null
  }
}

/**
 * Finds the separator of a CSV file from its first lines, each read on its own (a broken quote
 * further on does not mislead it): the candidate that splits the header into more than one
 * column and gives the most lines that many columns (then: the most columns). A file with one
 * column reads the same with any separator; it gets a comma.
 */
export function sniffDelimiter(text: string): Delimiter {
  const lines = text
    .slice(0, 64 * 1024)
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 50)
  let best: { delimiter: Delimiter; consistency: number; columns: number } = { delimiter: ',', consistency: -1, columns: 1 }
  for (const delimiter of delimiterCandidates) {
    const columns = lines.length === 0 ? null : fieldCount(lines[0]!, delimiter)
    if (columns === null || columns < 2) continue
    const consistency = lines.filter((line) => fieldCount(line, delimiter) === columns).length / lines.length
    if (consistency > best.consistency || (consistency === best.consistency && columns > best.columns)) {
      best = { delimiter, consistency, columns }
    }
  }
  return best.delimiter
}

export const delimiterName = (delimiter: Delimiter) => (delimiter === '\t' ? 'tab' : delimiter)
export const delimiterFromName = (name: string): Delimiter | null =>
  name === 'tab' ? '\t' : (delimiterCandidates as readonly string[]).includes(name) ? (name as Delimiter) : null
