import PgBoss from 'pg-boss'
import type { AppContext } from '../../appContext.js'
import { asApp, inTenant, type Database } from '../../db/database.js'
import { failImportRun, processImportRun } from './importRun.js'
import type { ImportRunRef } from './importRuns.js'

/** The job that works one import run; its payload names the run, never its data. */
export const importRunJob = {
  name: 'import-run',
  /** A run of the largest file takes minutes; a retry resumes where the last attempt stopped. */
  options: { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 4 * 60 * 60 } satisfies PgBoss.SendOptions,
}

export type SendImportRun = (ref: ImportRunRef) => Promise<boolean>

const senders = new WeakMap<Database, PgBoss>()

/**
 * Queues the job of a run from any process that has the database (the API, the command line):
 * pg-boss writes the job, in a transaction of its own on an owner connection (on the embedded
 * database, statements outside a transaction can interleave with other connections'), and the
 * worker started by the jobs picks it up. False when the queue is not there (the jobs never ran
 * on this database): the run stays queued, and the worker takes it up when it starts.
 */
export async function enqueueImportRun(ctx: AppContext, ref: ImportRunRef): Promise<boolean> {
  let boss = senders.get(ctx.db)
  if (boss === undefined) {
    // Never started: used only to write jobs through the connection handed to send().
    boss = new PgBoss({ db: { executeSql: () => Promise.reject(new Error('no connection')) }, schema: 'pgboss' })
    senders.set(ctx.db, boss)
  }
  const client = await ctx.db.owner.connect()
  try {
    await client.query('BEGIN')
    const id = await boss.send(importRunJob.name, ref, { ...importRunJob.options, db: { executeSql: (text: string, values?: unknown[]) => client.query(text, values) } })
    await client.query('COMMIT')
    return id !== null
  } catch {
    await client.query('ROLLBACK').catch(() => undefined)
    return false
  } finally {
    client.release()
  }
}

/** Runs left queued or running (by a crash or a stop) get their job again; the job resumes them. */
export async function resumeUnfinishedImports(ctx: AppContext, send: SendImportRun): Promise<number> {
  const tenants = await asApp(ctx.db, (tx) => tx.selectFrom('tenants').select('id').execute())
  let resumed = 0
  for (const tenant of tenants) {
    const runs = await inTenant(ctx.db, { tenantId: tenant.id }, (tx) => tx.selectFrom('import_runs').select('id').where('status', 'in', ['queued', 'running']).execute())
    for (const run of runs) if (await send({ tenantId: tenant.id, runId: run.id })) resumed += 1
  }
  return resumed
}

interface JobLog {
  info(msg: string): void
  error(obj: unknown, msg: string): void
}

/**
 * Works the job of a run. A failure that is not a row's (the database went away, a bug) fails
 * the job, and pg-boss retries it after a while; the retry resumes the run. When the retries are
 * used up, the run is closed as failed, and says so.
 */
export async function workImportRunJob(ctx: AppContext, job: PgBoss.JobWithMetadata<ImportRunRef>, log: JobLog): Promise<void> {
  try {
    const run = await processImportRun(ctx, job.data)
    if (run) {
      log.info(
        `import ${run.id} ${run.status}: ${run.created_count} created, ${run.changed_count} changed, ${run.unchanged_count} unchanged, ${run.rejected_count} rejected`,
      )
    }
  } catch (error) {
    log.error({ err: error, importId: job.data.runId, attempt: job.retryCount + 1 }, 'import run failed')
    if (job.retryCount >= job.retryLimit) {
      await failImportRun(ctx, job.data, `Processing stopped after ${job.retryCount + 1} attempts with an error on our side (job ${job.id}). Upload the file again, or report the job number.`)
    }
    throw error
  }
}
