import type { AppDevice, PushSubscription } from '../../../common/api/clientApp.js'
import type { Tx } from '../../db/database.js'
import { notFound } from '../../http/problem.js'
import { endDevice } from './deviceSession.js'

/** The client's app devices for the coach: signed-in first, then the ended ones. */
export async function listDevices(tx: Tx, clientId: string): Promise<AppDevice[]> {
  const rows = await tx
    .selectFrom('client_app_devices')
    .select(['id', 'label', 'created_at', 'last_seen_at', 'revoked_at', 'push_endpoint'])
    .where('client_id', '=', clientId)
    .orderBy((eb) => eb('revoked_at', 'is', null), 'desc')
    .orderBy('last_seen_at', 'desc')
    .limit(50)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    createdAt: r.created_at.toISOString(),
    lastSeenAt: r.last_seen_at.toISOString(),
    revokedAt: r.revoked_at?.toISOString() ?? null,
    push: r.push_endpoint !== null && r.revoked_at === null,
  }))
}

/** The coach ends a device of the client: it is signed out at once. */
export async function revokeDevice(tx: Tx, clientId: string, deviceId: string): Promise<void> {
  const device = await tx.selectFrom('client_app_devices').select('id').where('id', '=', deviceId).where('client_id', '=', clientId).forUpdate().executeTakeFirst()
  if (!device) throw notFound('This client has no such device.')
  await endDevice(tx, deviceId)
}

export async function savePushSubscription(tx: Tx, deviceId: string, subscription: PushSubscription | null): Promise<void> {
  await tx
    .updateTable('client_app_devices')
    .set({ push_endpoint: subscription?.endpoint ?? null, push_p256dh: subscription?.keys.p256dh ?? null, push_auth: subscription?.keys.auth ?? null })
    .where('id', '=', deviceId)
    .execute()
}

/** Whether a push notification can reach the client: a signed-in device with a subscription. */
export async function hasPushDevice(tx: Tx, clientId: string): Promise<boolean> {
  const row = await tx.selectFrom('client_app_devices').select('id').where('client_id', '=', clientId).where('revoked_at', 'is', null).where('push_endpoint', 'is not', null).executeTakeFirst()
  return row !== undefined
}
