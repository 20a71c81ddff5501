import type { AppContext } from '../../appContext.js'
import { asApp, inTenant } from '../../db/database.js'
import { recomputeSignals } from './recompute.js'

export const recomputeSignalsJob = {
  name: 'recompute-signals',
  /** Every hour, and so at least once just after midnight, when the date-driven signals change. */
  cron: '5 * * * *',
}

/** Recomputes every signal of every client, tenant by tenant. */
export async function runRecomputeSignals(ctx: AppContext): Promise<{ raised: number; ended: number }> {
  const tenants = await asApp(ctx.db, (tx) => tx.selectFrom('tenants').select('id').execute())
  let raised = 0
  let ended = 0
  for (const tenant of tenants) {
    const changes = await inTenant(ctx.db, { tenantId: tenant.id }, (tx) => recomputeSignals(tx, tenant.id, null))
    raised += changes.filter((c) => c.change === 'raised').length
    ended += changes.filter((c) => c.change === 'ended').length
  }
  // Many signals may have come or gone: fresh statistics keep the next recompute's plans right.
  if (raised + ended > 10_000) await ctx.db.owner.query('ANALYZE client_signals')
  return { raised, ended }
}
