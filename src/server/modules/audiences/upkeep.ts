import { sql } from 'kysely'
import type PgBoss from 'pg-boss'
import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import { refreshAllAudiences, refreshAudience, refreshClients } from './refresh.js'

interface Log {
  info(msg: string): void
  error(obj: unknown, msg: string): void
}

/** The lock class of the queue drain: one drainer per organisation at a time, across processes. */
const drainLockClass = 7242027
/** From this many queued rows on, an organisation's audiences are refreshed whole. */
const wholeRefreshFrom = 50_000

/**
 * Works one batch of an organisation's queue: takes up to `batchSize` queued rows and
 * re-evaluates their clients against every audience, in one transaction, so a crash or a stop
 * leaves the rows queued for the next run. Returns how many queue rows it took (0: nothing to
 * do, or another process is at it).
 */
export async function drainTenantBatch(ctx: AppContext, tenantId: string, batchSize: number): Promise<number> {
  return inTenant(ctx.db, { tenantId }, async (tx) => {
    const locked = await sql<{ locked: boolean }>`SELECT pg_try_advisory_xact_lock(${drainLockClass}::int, hashtext(${tenantId})) AS locked`.execute(tx)
    if (!locked.rows[0]!.locked) return 0
    // After a change to most of the organisation (a large import), starting afresh is cheaper
    // than re-evaluating client by client.
    const backlog = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (SELECT 1 FROM audience_queue WHERE tenant_id = ${tenantId} LIMIT ${wholeRefreshFrom}) q`.execute(tx)
    if (backlog.rows[0]!.n >= wholeRefreshFrom) {
      const upTo = await sql<{ last: number }>`SELECT max(id) AS last FROM audience_queue WHERE tenant_id = ${tenantId}`.execute(tx)
      await refreshAllAudiences(tx, tenantId)
      const removed = await sql`DELETE FROM audience_queue WHERE tenant_id = ${tenantId} AND id <= ${upTo.rows[0]!.last}`.execute(tx)
      return Number(removed.numAffectedRows ?? 0)
    }
    const taken = await sql<{ client_id: string }>`
      DELETE FROM audience_queue q
       WHERE q.tenant_id = ${tenantId}
         AND q.id IN (SELECT x.id FROM audience_queue x WHERE x.tenant_id = ${tenantId} ORDER BY x.id LIMIT ${batchSize})
      RETURNING q.client_id`.execute(tx)
    if (taken.rows.length === 0) return 0
    await refreshClients(tx, tenantId, [...new Set(taken.rows.map((r) => r.client_id))])
    return taken.rows.length
  })
}

/** Drains every organisation's queue until it is empty (or `shouldStop`); returns the rows taken. */
export async function drainAudienceQueue(ctx: AppContext, options: { batchSize?: number; shouldStop?: () => boolean } = {}): Promise<number> {
  const batchSize = options.batchSize ?? 2000
  let total = 0
  for (;;) {
    // As the owner: the queue of every organisation (the work itself runs per organisation).
    const tenants = await ctx.db.owner.query<{ id: string }>('SELECT t.id FROM tenants t WHERE EXISTS (SELECT 1 FROM audience_queue q WHERE q.tenant_id = t.id)')
    let taken = 0
    for (const { id } of tenants.rows) {
      if (options.shouldStop?.()) return total
      taken += await drainTenantBatch(ctx, id, batchSize)
    }
    total += taken
    if (taken === 0 || options.shouldStop?.()) return total
  }
}

export interface MembershipWorker {
  /** Stops after the batch in hand; the queue keeps what is left. */
  stop(): Promise<void>
}

/**
 * Keeps audience membership current as data changes: every `intervalMs` it drains the queue the
 * triggers fill. The queue is a table, so changes made while no worker ran are picked up after
 * a restart.
 */
export function startMembershipWorker(ctx: AppContext, log: Log, options: { intervalMs?: number; batchSize?: number } = {}): MembershipWorker {
  const intervalMs = options.intervalMs ?? 1000
  let stopping = false
  let timer: NodeJS.Timeout | null = null
  let running: Promise<void> | null = null

  const tick = async () => {
    try {
      await drainAudienceQueue(ctx, { batchSize: options.batchSize, shouldStop: () => stopping })
    } catch (error) {
      log.error({ err: error }, 'audience membership update failed; retrying')
    }
  }
  const schedule = () => {
    if (stopping) return
    timer = setTimeout(() => {
      running = tick().finally(() => {
        running = null
        schedule()
      })
    }, intervalMs)
  }
  schedule()
  return {
    async stop() {
      stopping = true
      if (timer !== null) clearTimeout(timer)
      await running
    },
  }
}

export const refreshAudiencesJob = {
  name: 'refresh-audiences',
  /** Every hour, so at least once just after midnight: phase, "now" and windows move with time. */
  cron: '15 * * * *',
}

/** Every saved audience of every organisation from scratch, one transaction per audience. */
export async function runRefreshAudiences(ctx: AppContext): Promise<{ audiences: number }> {
  const audiences = await ctx.db.owner.query<{ tenant_id: string; id: string }>('SELECT tenant_id, id FROM audiences ORDER BY tenant_id, created_at')
  for (const { tenant_id: tenantId, id } of audiences.rows) {
    await inTenant(ctx.db, { tenantId }, async (tx) => {
      if (await tx.selectFrom('audiences').select('id').where('id', '=', id).executeTakeFirst()) await refreshAudience(tx, tenantId, id)
    })
  }
  return { audiences: audiences.rows.length }
}

/**
 * The audience upkeep of a running server: the membership worker and the hourly refresh.
 * jobs.ts starts it and stops it on shutdown.
 */
export async function startAudienceUpkeep(ctx: AppContext, boss: PgBoss, log: Log): Promise<MembershipWorker> {
  await boss.createQueue(refreshAudiencesJob.name)
  await boss.schedule(refreshAudiencesJob.name, refreshAudiencesJob.cron, {}, { tz: 'Europe/Amsterdam' })
  await boss.work(refreshAudiencesJob.name, async () => {
    const { audiences } = await runRefreshAudiences(ctx)
    log.info(`refreshed ${audiences} audiences`)
  })
  return startMembershipWorker(ctx, log)
}
