import type { AppContext } from '../appContext.js'
import { asApp, inTenant } from '../db/database.js'
import { purgeOldSignInRequests } from '../modules/clientApp/signInCodes.js'
import { purgeExpiredSessions } from '../modules/identity/sessions.js'

export const purgeExpiredSessionsJob = {
  name: 'purge-expired-sessions',
  /** Every ten minutes. */
  cron: '*/10 * * * *',
}

/** Removes ended sessions and the client app's spent code requests, tenant by tenant, under each tenant's row-level security. */
export async function runPurgeExpiredSessions(ctx: AppContext): Promise<number> {
  const tenants = await asApp(ctx.db, (tx) => tx.selectFrom('tenants').select('id').execute())
  let removed = 0
  for (const tenant of tenants) {
    removed += await inTenant(ctx.db, { tenantId: tenant.id }, async (tx) => (await purgeExpiredSessions(tx)) + (await purgeOldSignInRequests(tx)))
  }
  return removed
}
