import { sql } from 'kysely'
import type { AppContext } from '../../appContext.js'
import { inTenant, type Tx } from '../../db/database.js'
import { recomputeSignals } from '../signals/recompute.js'
import type { ImportEnv, KindImporter, PreparedRow } from './kindImporter.js'
import { rowErrorsOf } from './rowChecks.js'
import { RowRejection, type RowResult } from './rowResult.js'

export interface BatchWork {
  runId: string
  dryRun: boolean
  importer: KindImporter<unknown, unknown>
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

const rejected = (row: PreparedRow<unknown>, errors: RowResult['errors']): RowResult => ({
  rowNumber: row.number,
  sourceId: row.sourceId,
  outcome: 'rejected',
  clientId: null,
  changedFields: [],
  errors,
})

/** A row failed in a batch worked without savepoints: the batch is done again, row by row. */
class RowFailed extends Error {}

/**
 * One row. Carefully, inside its own savepoint: a row that fails leaves nothing of itself
 * behind, and the batch goes on. Optimistically, without one (two round trips less per row): a
 * failure stops the batch, which is then worked again carefully. A failure that is not the
 * row's fault (connection, bug) fails the whole batch either way.
 */
async function applyRow(tx: Tx, work: BatchWork, row: PreparedRow<unknown>, state: unknown, careful: boolean): Promise<RowResult> {
  if (row.input === null) return rejected(row, row.errors)
  if (careful) await sql`SAVEPOINT import_row`.execute(tx)
  try {
    const applied = await work.importer.apply(tx, work.env, row.input, state)
    if (careful) await sql`RELEASE SAVEPOINT import_row`.execute(tx)
    return { rowNumber: row.number, sourceId: row.sourceId, errors: [], ...applied }
  } catch (error) {
    const errors = error instanceof RowRejection ? error.errors : rowErrorsOf(error, work.importer.alias, work.env.columns)
    if (errors === null) throw error
    if (!careful) throw new RowFailed()
    await sql`ROLLBACK TO SAVEPOINT import_row`.execute(tx)
    await sql`RELEASE SAVEPOINT import_row`.execute(tx)
    return rejected(row, errors)
  }
}

async function recordResults(tx: Tx, work: BatchWork, results: RowResult[]): Promise<void> {
  const count = (outcome: RowResult['outcome']) => results.filter((result) => result.outcome === outcome).length
  for (let i = 0; i < results.length; i += 1000) {
    await tx
      .insertInto('import_run_rows')
      .values(
        results.slice(i, i + 1000).map((result) => ({
          tenant_id: work.env.tenantId,
          run_id: work.runId,
          row_number: result.rowNumber,
          source_id: result.sourceId,
          outcome: result.outcome,
          client_id: work.dryRun && result.outcome === 'created' ? null : result.clientId,
          changed_fields: result.changedFields,
          errors: JSON.stringify(result.errors),
        })),
      )
      .execute()
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

async function attempt(ctx: AppContext, work: BatchWork, careful: boolean): Promise<void> {
  await inTenant(ctx.db, { tenantId: work.env.tenantId, userId: work.env.actorId }, async (tx) => {
    // Side by side, batches must never wait on each other's locks for long: a wait that cannot
    // end (the later batch waits for the earlier to commit) ends as an error, and a retry.
    if (work.turn !== undefined) await sql`SET LOCAL lock_timeout = '30s'`.execute(tx)
    if (work.dryRun) await sql`SAVEPOINT import_dry_run`.execute(tx)
    const slice = work.rows.slice(work.from, work.to)
    const state = await work.importer.load(tx, work.env, slice.flatMap((row) => (row.input === null ? [] : [row.input])))
    const results: RowResult[] = []
    for (const row of slice) results.push(await applyRow(tx, work, row, state, careful))
    // The signals of the clients this batch created or changed follow in the same transaction.
    const touched = [...new Set(results.flatMap((r) => (r.clientId !== null && (r.outcome === 'created' || r.outcome === 'changed') ? [r.clientId] : [])))]
    if (!work.dryRun) await recomputeSignals(tx, work.env.tenantId, touched)
    if (work.dryRun) await sql`ROLLBACK TO SAVEPOINT import_dry_run`.execute(tx)
    await work.turn
    const run = await tx.selectFrom('import_runs').select(['status', 'next_row']).where('id', '=', work.runId).forUpdate().executeTakeFirst()
    if (!run || run.status !== 'running' || run.next_row !== work.from) throw new NotMyBatch()
    await recordResults(tx, work, results)
  })
}

/**
 * Works one batch of rows in one transaction, together with the record of their outcome and the
 * run's progress: after a crash a batch is either wholly there or not at all, and the run goes on
 * from `next_row`. The run's row is locked before the batch commits; a batch that another worker
 * did meanwhile is rolled back (false). A dry run does all the same work and rolls the data back,
 * keeping the outcomes. Rows are worked optimistically first, and carefully when one fails.
 */
export async function runImportBatch(ctx: AppContext, work: BatchWork): Promise<boolean> {
  try {
    try {
      await attempt(ctx, work, false)
    } catch (error) {
      if (!(error instanceof RowFailed)) throw error
      await attempt(ctx, work, true)
    }
    return true
  } catch (error) {
    if (error instanceof NotMyBatch) return false
    throw error
  }
}
