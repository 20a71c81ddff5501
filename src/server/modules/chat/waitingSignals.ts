import { sql } from 'kysely'
import type { AppContext } from '../../appContext.js'
import { asApp, inTenant } from '../../db/database.js'
import { recomputeSignals } from '../signals/recompute.js'
import { effectiveSignals } from '../signals/settings.js'

export const chatWaitingSignalsJob = {
  name: 'chat-waiting-signals',
  /** Every minute: a client who waits too long shows up in the caseload within a minute, not an hour. */
  cron: '* * * * *',
}

/** How far back a run looks past the threshold: a missed minute is caught by the next run. */
const windowMinutes = 5

/**
 * Raises "chat unanswered" for the conversations whose wait crossed the tenant's threshold since
 * the last few runs. (The hourly recompute of all signals catches anything older.)
 */
export async function runChatWaitingSignals(ctx: AppContext): Promise<number> {
  const tenants = await asApp(ctx.db, (tx) => tx.selectFrom('tenants').select('id').execute())
  let raised = 0
  for (const tenant of tenants) {
    raised += await inTenant(ctx.db, { tenantId: tenant.id }, async (tx) => {
      const setting = (await effectiveSignals(tx)).find((s) => s.definition.code === 'chat_unanswered')
      if (!setting?.enabled || setting.threshold === null) return 0
      const crossed = await tx
        .selectFrom('chat_conversations')
        .select('client_id')
        .where('waiting_since', '<=', sql<Date>`now() - make_interval(hours => ${setting.threshold})`)
        .where('waiting_since', '>', sql<Date>`now() - make_interval(hours => ${setting.threshold}, mins => ${windowMinutes})`)
        .execute()
      const changes = await recomputeSignals(tx, tenant.id, crossed.map((row) => row.client_id))
      return changes.filter((change) => change.change === 'raised').length
    })
  }
  return raised
}
