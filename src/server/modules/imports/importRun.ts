import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import type { Trace } from '../../http/context.js'
import { AppError } from '../../http/problem.js'
import { recordAudit } from '../audit/recordAudit.js'
import { clientActivity } from '../clients/clientService.js'
import { runImportBatch, type BatchWork } from './importBatch.js'
import { importers } from './importers.js'
import type { ImportRunRef, ImportRunRow } from './importRuns.js'
import type { MappingSpec } from './mappings.js'
import { prepareFile } from './prepareFile.js'
import { TableStatistics } from './tableStatistics.js'

export interface ProcessOptions {
  /** Stop after this many batches, leaving the run as a crash would (for tests). */
  maxBatches?: number
  onProgress?: (progress: { processed: number; total: number }) => void
}

const traceOf = (run: Pick<ImportRunRow, 'trace_id' | 'requested_by'>): Trace => ({
  traceId: run.trace_id,
  actorType: run.requested_by === null ? 'system' : 'user',
  actorId: run.requested_by,
})

/** One audit record per run, with its counts: the run names no client, its rows do. */
async function closeRun(ctx: AppContext, ref: ImportRunRef, outcome: { status: 'done' } | { status: 'failed'; failure: string }): Promise<ImportRunRow | null> {
  return inTenant(ctx.db, { tenantId: ref.tenantId }, async (tx) => {
    const query = tx
      .updateTable('import_runs')
      .set({ status: outcome.status, failure: outcome.status === 'failed' ? outcome.failure : null, finished_at: new Date() })
      .where('id', '=', ref.runId)
    const run = await (outcome.status === 'done'
      ? query.where('status', '=', 'running').whereRef('next_row', '=', 'total_rows')
      : query.where('status', 'in', ['queued', 'running'])
    )
      .returningAll()
      .executeTakeFirst()
    if (!run) return null
    // The file holds personal data: it is kept only while the run may need it.
    await tx.deleteFrom('import_files').where('run_id', '=', ref.runId).execute()
    await recordAudit(tx, ref.tenantId, traceOf(run), {
      processingActivity: clientActivity,
      action: 'client.import',
      outcome: run.status === 'done' ? 'success' : 'failure',
      attributes: {
        importId: run.id,
        kind: run.kind,
        mapping: run.mapping_name,
        sourceSystem: run.source_system,
        dryRun: run.dry_run,
        origin: run.origin,
        rows: run.total_rows,
        processed: run.next_row,
        created: run.created_count,
        changed: run.changed_count,
        unchanged: run.unchanged_count,
        rejected: run.rejected_count,
      },
    })
    return run
  })
}

export function failImportRun(ctx: AppContext, ref: ImportRunRef, failure: string): Promise<ImportRunRow | null> {
  return closeRun(ctx, ref, { status: 'failed', failure })
}

/**
 * Batches worked at the same time on PostgreSQL, each on its own connection: while one batch
 * waits for the database, another one's rows are checked and decided in Node. Only for clients:
 * their rows are independent (a source id, BSN or client number appears once in a file), while
 * statuses, interventions, assignments and attendance of one client must be applied in the order
 * of the file. The embedded database works one at a time.
 */
const batchesSideBySide = 4

interface RunWork extends Omit<BatchWork, 'from' | 'to' | 'turn'> {
  from: number
  total: number
  batchSize: number
  parallel: number
  statistics: TableStatistics
}

/** One batch after the other. False when it stopped early (maxBatches, or another worker took over). */
async function workInTurn(ctx: AppContext, work: RunWork, options: ProcessOptions): Promise<boolean> {
  let from = work.from
  let batches = 0
  while (from < work.total) {
    if (options.maxBatches !== undefined && batches >= options.maxBatches) return false
    const to = Math.min(from + work.batchSize, work.total)
    if (!(await runImportBatch(ctx, { ...work, from, to }))) return false
    await work.statistics.afterBatch(to)
    batches += 1
    from = to
    options.onProgress?.({ processed: from, total: work.total })
  }
  return true
}

/**
 * Up to `parallel` batches at once; each commits only after the one before it did, so `next_row`
 * still marks a prefix of the file that is done, and a failure stops every batch after it.
 */
async function workSideBySide(ctx: AppContext, work: RunWork, options: ProcessOptions): Promise<boolean> {
  let from = work.from
  let batches = 0
  let previous: Promise<void> = Promise.resolve()
  let failure: unknown = null
  let stopped = false
  const inFlight = new Set<Promise<void>>()
  while (from < work.total && failure === null && !stopped) {
    if (options.maxBatches !== undefined && batches >= options.maxBatches) {
      stopped = true
      break
    }
    if (inFlight.size >= work.parallel) {
      await Promise.race(inFlight)
      continue
    }
    const to = Math.min(from + work.batchSize, work.total)
    const batch = runImportBatch(ctx, { ...work, from, to, turn: previous }).then((done) => {
      if (!done) throw new Error('another worker took over this run')
    })
    previous = batch
    previous.catch(() => undefined)
    const tracked: Promise<void> = batch.then(
      () => {
        options.onProgress?.({ processed: to, total: work.total })
        void work.statistics.afterBatch(to)
      },
      (error: unknown) => {
        if (failure === null) failure = error
      },
    )
    inFlight.add(tracked)
    void tracked.finally(() => inFlight.delete(tracked))
    batches += 1
    from = to
    // The first batch alone: into empty tables, the planner's statistics catch up with it before
    // the others follow (see TableStatistics).
    if (batches === 1) {
      await tracked
      await work.statistics.settled()
    }
  }
  await Promise.all(inFlight)
  await work.statistics.settled()
  if (failure !== null) {
    if (failure instanceof Error && failure.message === 'another worker took over this run') return false
    throw failure
  }
  return !stopped
}

/**
 * Works an import run from where it stands (`next_row`) to the end, batch by batch, then closes
 * it. Safe to call again at any time: after a crash, a retry or a restart, it resumes; a run that
 * is over is left alone. Returns the run as it is afterwards.
 */
export async function processImportRun(ctx: AppContext, ref: ImportRunRef, options: ProcessOptions = {}): Promise<ImportRunRow | null> {
  const run = await inTenant(ctx.db, { tenantId: ref.tenantId }, (tx) =>
    tx
      .updateTable('import_runs')
      .set((eb) => ({ status: 'running', started_at: eb.fn.coalesce('started_at', eb.val(new Date())) }))
      .where('id', '=', ref.runId)
      .where('status', 'in', ['queued', 'running'])
      .returningAll()
      .executeTakeFirst(),
  )
  if (!run) return null
  const file = await inTenant(ctx.db, { tenantId: ref.tenantId }, (tx) => tx.selectFrom('import_files').select('content').where('run_id', '=', ref.runId).executeTakeFirst())
  if (!file) return failImportRun(ctx, ref, 'The uploaded file is no longer there; upload it again.')
  const spec = run.mapping as unknown as MappingSpec
  let prepared
  try {
    prepared = await prepareFile(file.content, run.file_name, spec)
  } catch (error) {
    if (error instanceof AppError) return failImportRun(ctx, ref, error.detail)
    throw error
  }
  if (prepared.rows.length !== run.total_rows) return failImportRun(ctx, ref, 'The file reads differently than when it was uploaded; upload it again.')
  const work = {
    runId: run.id,
    dryRun: run.dry_run,
    importer: importers[run.kind],
    env: { secretBox: ctx.secretBox, tenantId: ref.tenantId, actorId: run.requested_by, sourceSystem: run.source_system, columns: prepared.columns },
    rows: prepared.rows,
  }
  const parallel = run.kind === 'clients' && ctx.db.kind === 'postgresql' ? batchesSideBySide : 1
  const statistics = new TableStatistics(ctx.db, run.kind)
  const finished = await (parallel > 1 ? workSideBySide : workInTurn)(ctx, { ...work, from: run.next_row, total: run.total_rows, batchSize: run.batch_size, parallel, statistics }, options)
  if (!finished) return options.maxBatches === undefined ? null : run
  return closeRun(ctx, ref, { status: 'done' })
}
