import PgBoss from 'pg-boss'
import type { AppContext } from '../appContext.js'
import { startAudienceUpkeep } from '../modules/audiences/upkeep.js'
import { importFolderPickupJob, runImportFolderPickup } from '../modules/imports/folderPickup.js'
import type { ImportRunRef } from '../modules/imports/importRuns.js'
import { importRunJob, resumeUnfinishedImports, workImportRunJob } from '../modules/imports/importQueue.js'
import { createChannels } from '../modules/messaging/channels/channels.js'
import { startDeliveryLoop } from '../modules/messaging/deliveryLoop.js'
import { chatWaitingSignalsJob, runChatWaitingSignals } from '../modules/chat/waitingSignals.js'
import { recomputeSignalsJob, runRecomputeSignals } from '../modules/signals/recomputeJob.js'
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

  await boss.createQueue(recomputeSignalsJob.name)
  await boss.schedule(recomputeSignalsJob.name, recomputeSignalsJob.cron, {}, { tz: 'Europe/Amsterdam' })
  await boss.work(recomputeSignalsJob.name, async () => {
    const { raised, ended } = await runRecomputeSignals(ctx)
    log.info(`recomputed signals: ${raised} raised, ${ended} ended`)
  })

  await boss.createQueue(chatWaitingSignalsJob.name)
  await boss.schedule(chatWaitingSignalsJob.name, chatWaitingSignalsJob.cron, {}, { tz: 'Europe/Amsterdam' })
  await boss.work(chatWaitingSignalsJob.name, async () => {
    const raised = await runChatWaitingSignals(ctx)
    if (raised > 0) log.info(`${raised} clients wait too long for a chat answer`)
  })

  // Import runs: one job per run, which works the run batch by batch and resumes after a crash.
  await boss.createQueue(importRunJob.name)
  const sendImportRun = async (ref: ImportRunRef) => (await boss.send(importRunJob.name, ref, importRunJob.options)) !== null
  await boss.work<ImportRunRef>(importRunJob.name, { batchSize: 1, includeMetadata: true }, async ([job]) => {
    if (job) await workImportRunJob(ctx, job, log)
  })
  const resumed = await resumeUnfinishedImports(ctx, sendImportRun)
  if (resumed > 0) log.info(`resumed ${resumed} unfinished import runs`)

  // The scheduled pick-up from KOERS_IMPORT_DIR, when it is set.
  await boss.createQueue(importFolderPickupJob.name)
  if (ctx.config.importDir === null) {
    await boss.unschedule(importFolderPickupJob.name)
  } else {
    await boss.schedule(importFolderPickupJob.name, importFolderPickupJob.cron, {}, { tz: 'Europe/Amsterdam' })
    await boss.work(importFolderPickupJob.name, async () => {
      const picked = await runImportFolderPickup(ctx, sendImportRun)
      if (picked.length > 0) log.info(`picked up ${picked.length} import files, ${picked.filter((p) => p.importId === null).length} refused`)
    })
  }

  const audienceUpkeep = await startAudienceUpkeep(ctx, boss, log)

  // Messages: planned sends written out when due, the outbox delivered over the configured channels.
  const channels = createChannels(ctx.config.messaging)
  const delivery = startDeliveryLoop(ctx, channels, log)
  ctx.wakeDelivery = delivery.wake

  return {
    boss,
    async stop() {
      ctx.wakeDelivery = undefined
      await delivery.stop()
      await channels.close()
      await audienceUpkeep.stop()
      await boss.stop({ graceful: true, timeout: 10_000, wait: true })
    },
  }
}
