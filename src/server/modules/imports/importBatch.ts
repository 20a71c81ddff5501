import { sql } from 'kysely'
import type { AppContext } from '../../appContext.js'
import { inTenant, type Tx } from '../../db/database.js'
import { jsonRecordset } from '../clients/jsonRecordset.js'
import { recomputeSignals } from '../signals/recompute.js'
import type { ImportEnv, KindImporter, PreparedRow } from './kindImporter.js'
import { rowErrorsOf } from './rowChecks.js'
import type { RowError, RowResult } from './rowResult.js'

export interface BatchWork {
  runId: string
  dryRun: boolean
  importer: KindImporter<unknown>
  env: ImportEnv
  rows: PreparedRow<unknown>[]
  /** Positions in `rows`: from (inclusive) to (exclusive). */
  from: number
  to: number
  /**
   * Settles when the batch before this one has committed (batches that work side by side still
   * commit in order); a rejection means it failed, and this batch must not commit either.
   */
  turn?: Promise<void>
}

const rejected = (row: PreparedRow<unknown>, errors: RowError[]): RowResult => ({
  rowNumber: row.number,
  sourceId: row.sourceId,
  outcome: 'rejected',
  clientId: null,
  changedFields: [],
  errors,
})

/**
 * Applies checked rows set-based, inside a savepoint. The importer decides every row by the
 * domain's rules before it writes, so the database refusing a write is rare (a trigger, a
 * constraint that a concurrent change broke); then the rows are applied again in two halves, one
 * after the other, down to the one row that is refused: it is rejected with the database's reason,
 * and the rest is written. A failure that is not the rows' fault (connection, bug) fails the batch.
 */
async function applyRows(tx: Tx, work: BatchWork, rows: PreparedRow<unknown>[]): Promise<RowResult[]> {
  if (rows.length === 0) return []
  await sql`SAVEPOINT import_rows`.execute(tx)
  try {
    const verdicts = await work.importer.applyBatch(tx, work.env, rows.map((row) => row.input))
    await sql`RELEASE SAVEPOINT import_rows`.execute(tx)
    return rows.map((row, i) => {
      const verdict = verdicts[i]!
      return verdict.outcome === 'rejected'
        ? rejected(row, verdict.errors)
        : { rowNumber: row.number, sourceId: row.sourceId, outcome: verdict.outcome, clientId: verdict.clientId, changedFields: verdict.changedFields, errors: [] }
    })
  } catch (error) {
    const errors = rowErrorsOf(error, work.importer.alias, work.env.columns)
    if (errors === null) throw error
    await sql`ROLLBACK TO SAVEPOINT import_rows`.execute(tx)
    await sql`RELEASE SAVEPOINT import_rows`.execute(tx)
    if (rows.length === 1) return [rejected(rows[0]!, errors)]
    const half = Math.ceil(rows.length / 2)
    const first = await applyRows(tx, work, rows.slice(0, half))
    return [...first, ...(await applyRows(tx, work, rows.slice(half)))]
  }
}

/** The outcome of every row, and the run's progress and counts, in the batch's transaction. */
async function recordResults(tx: Tx, work: BatchWork, results: RowResult[]): Promise<void> {
  const count = (outcome: RowResult['outcome']) => results.filter((result) => result.outcome === outcome).length
  const rows = results.map((result) => ({
    row_number: result.rowNumber,
    source_id: result.sourceId,
    outcome: result.outcome,
    client_id: work.dryRun && result.outcome === 'created' ? null : result.clientId,
    changed_fields: result.changedFields,
    errors: result.errors,
  }))
  for (let i = 0; i < rows.length; i += 5000) {
    await sql`
      INSERT INTO import_run_rows (tenant_id, run_id, row_number, source_id, outcome, client_id, changed_fields, errors)
      SELECT ${work.env.tenantId}::uuid, ${work.runId}::uuid, r.row_number, r.source_id, r.outcome, r.client_id, r.changed_fields, r.errors
      FROM ${jsonRecordset(rows.slice(i, i + 5000), { row_number: 'integer', source_id: 'text', outcome: 'text', client_id: 'uuid', changed_fields: 'text[]', errors: 'jsonb' })}`.execute(tx)
  }
  await tx
    .updateTable('import_runs')
    .set((eb) => ({
      next_row: work.to,
      created_count: eb('created_count', '+', count('created')),
      changed_count: eb('changed_count', '+', count('changed')),
      unchanged_count: eb('unchanged_count', '+', count('unchanged')),
      rejected_count: eb('rejected_count', '+', count('rejected')),
    }))
    .where('id', '=', work.runId)
    .execute()
}

/** The batch is not (or no longer) this worker's to do: another worker did it, or the run is over. */
class NotMyBatch extends Error {}

/**
 * Works one batch of rows in one transaction, together with the record of their outcome and the
 * run's progress: after a crash a batch is either wholly there or not at all, and the run goes on
 * from `next_row`. The rows are applied set-based (a few statements for the whole batch, see the
 * importers); the signals of the clients it created or changed follow in the same transaction. The
 * run's row is locked before the batch commits; a batch that another worker did meanwhile is rolled
 * back (false). A dry run does all the same work and rolls the data back, keeping the outcomes.
 */
export async function runImportBatch(ctx: AppContext, work: BatchWork): Promise<boolean> {
  try {
    await inTenant(ctx.db, { tenantId: work.env.tenantId, userId: work.env.actorId }, async (tx) => {
      // Side by side, batches must never wait on each other's locks for long: a wait that cannot
      // end (the later batch waits for the earlier to commit) ends as an error, and a retry.
      if (work.turn !== undefined) await sql`SET LOCAL lock_timeout = '30s'`.execute(tx)
      if (work.dryRun) await sql`SAVEPOINT import_dry_run`.execute(tx)
      const slice = work.rows.slice(work.from, work.to)
      const checked = slice.filter((row) => row.input !== null)
      const applied = new Map((await applyRows(tx, work, checked)).map((result) => [result.rowNumber, result]))
      const results = slice.map((row) => applied.get(row.number) ?? rejected(row, row.errors))
      const touched = [...new Set(results.flatMap((r) => (r.clientId !== null && (r.outcome === 'created' || r.outcome === 'changed') ? [r.clientId] : [])))]
      if (!work.dryRun) await recomputeSignals(tx, work.env.tenantId, touched)
      if (work.dryRun) await sql`ROLLBACK TO SAVEPOINT import_dry_run`.execute(tx)
      await work.turn
      const run = await tx.selectFrom('import_runs').select(['status', 'next_row']).where('id', '=', work.runId).forUpdate().executeTakeFirst()
      if (!run || run.status !== 'running' || run.next_row !== work.from) throw new NotMyBatch()
      await recordResults(tx, work, results)
    })
    return true
  } catch (error) {
    if (error instanceof NotMyBatch) return false
    throw error
  }
}
