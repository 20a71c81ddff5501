import type { Tx } from '../../db/database.js'

/**
 * Every recording adds one event to the client's timeline, in the same transaction: the
 * timeline is the one place that shows who changed what, and when.
 */
export async function addClientEvent(
  tx: Tx,
  tenantId: string,
  clientId: string,
  actorId: string | null,
  kind: string,
  data: Record<string, unknown> = {},
): Promise<void> {
  await tx
    .insertInto('client_events')
    .values({ tenant_id: tenantId, client_id: clientId, actor_id: actorId, kind, data: JSON.stringify(data) })
    .execute()
}
