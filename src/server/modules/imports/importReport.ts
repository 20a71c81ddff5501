import type { ImportOutcome, ImportRowReport } from '../../../common/api/imports.js'
import type { Tx } from '../../db/database.js'
import { csvLine } from './csvCell.js'

export async function listRunRows(
  tx: Tx,
  runId: string,
  query: { outcome?: ImportOutcome; afterRowNumber?: number; limit: number },
): Promise<{ rows: ImportRowReport[]; more: boolean }> {
  let select = tx
    .selectFrom('import_run_rows')
    .select(['row_number', 'source_id', 'outcome', 'client_id', 'changed_fields', 'errors'])
    .where('run_id', '=', runId)
    .where('row_number', '>', query.afterRowNumber ?? 1)
  if (query.outcome !== undefined) select = select.where('outcome', '=', query.outcome)
  const rows = await select.orderBy('row_number').limit(query.limit + 1).execute()
  return {
    rows: rows.slice(0, query.limit).map((row) => ({
      rowNumber: row.row_number,
      sourceId: row.source_id,
      outcome: row.outcome,
      clientId: row.client_id,
      changedFields: row.changed_fields,
      errors: row.errors,
    })),
    more: rows.length > query.limit,
  }
}

/**
 * The report of a run as CSV for Excel (UTF-8 with a byte-order mark, semicolons): one line per
 * row with its outcome, the changed fields and the errors. Every cell is escaped against CSV
 * injection: a source id from a file can be anything.
 */
export async function reportCsv(tx: Tx, runId: string): Promise<string> {
  const rows = await tx
    .selectFrom('import_run_rows')
    .select(['row_number', 'source_id', 'outcome', 'changed_fields', 'errors'])
    .where('run_id', '=', runId)
    .orderBy('row_number')
    .execute()
  const lines = [csvLine(['row', 'sourceId', 'outcome', 'changedFields', 'errors'])]
  for (const row of rows) {
    const errors = row.errors.map((e) => `${e.field}${e.column ? ` (${e.column})` : ''}: ${e.message}`).join(' | ')
    lines.push(csvLine([row.row_number, row.source_id, row.outcome, row.changed_fields.join(', '), errors]))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
