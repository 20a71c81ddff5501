import PgBoss from 'pg-boss'
import type { AppContext } from '../appContext.js'
import { purgeExpiredSessionsJob, runPurgeExpiredSessions } from './purgeExpiredSessions.js'

export interface Jobs {
  boss: PgBoss
  stop(): Promise<void>
}

/**
 * The job queue (pg-boss) lives in the same PostgreSQL, in its own schema, owned by the database
 * owner. Handlers reach tenant data only through tenant-scoped transactions.
 */
export async function startJobs(ctx: AppContext, log: { info(msg: string): void; error(obj: unknown, msg: string): void }): Promise<Jobs> {
  const boss = new PgBoss({ ...ctx.db.ownerConnection, schema: 'pgboss', max: 2, application_name: 'koers-jobs' } as PgBoss.ConstructorOptions)
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'))
  await boss.start()

  await boss.createQueue(purgeExpiredSessionsJob.name)
  await boss.schedule(purgeExpiredSessionsJob.name, purgeExpiredSessionsJob.cron, {}, { tz: 'Europe/Amsterdam' })
  await boss.work(purgeExpiredSessionsJob.name, async () => {
    const removed = await runPurgeExpiredSessions(ctx)
    log.info(`purged ${removed} expired sessions`)
  })

  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000, wait: true })
    },
  }
}
