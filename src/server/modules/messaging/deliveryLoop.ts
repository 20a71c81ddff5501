import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import { deliverDueMessages, type DeliveryChannels } from './delivery.js'
import { dueSendsSql, materialiseDueSend } from './sends.js'

interface Log {
  info(msg: string): void
  error(obj: unknown, msg: string): void
}

/** Writes out the planned sends that have come due; returns how many. */
export async function materialiseDueSends(ctx: AppContext): Promise<number> {
  const due = await ctx.db.owner.query<{ tenant_id: string; id: string }>(dueSendsSql.compile(ctx.db.kysely).sql)
  let written = 0
  for (const send of due.rows) {
    if (await inTenant(ctx.db, { tenantId: send.tenant_id }, (tx) => materialiseDueSend(tx, send.tenant_id, send.id))) written += 1
  }
  return written
}

/**
 * The delivery worker: every second (or at once when woken by a new send) it writes out due
 * planned sends and delivers what is due. The outbox is its only state, so a restart continues
 * where it stopped; several processes may run it side by side (rows are claimed with leases).
 */
export function startDeliveryLoop(ctx: AppContext, channels: DeliveryChannels, log: Log, intervalMs = 1000) {
  let stopped = false
  let timer: NodeJS.Timeout | null = null
  let running: Promise<void> | null = null
  let again = false

  const tick = async () => {
    try {
      const written = await materialiseDueSends(ctx)
      if (written > 0) log.info(`wrote out ${written} planned sends`)
      const handled = await deliverDueMessages(ctx, channels)
      if (handled > 0) log.info(`delivered ${handled} outbox messages`)
    } catch (error) {
      log.error({ err: error }, 'message delivery failed; retrying')
    }
  }

  const run = () => {
    if (stopped) return
    if (running) {
      again = true
      return
    }
    if (timer) clearTimeout(timer)
    running = tick().finally(() => {
      running = null
      if (stopped) return
      if (again) {
        again = false
        run()
      } else timer = setTimeout(run, intervalMs)
    })
  }
  run()

  return {
    wake: run,
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      await running
    },
  }
}
