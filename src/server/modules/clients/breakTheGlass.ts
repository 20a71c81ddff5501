import type { Tx } from '../../db/database.js'
import type { StaffActor } from '../../http/context.js'
import { forbidden, notFound } from '../../http/problem.js'
import { breakTheGlassRoles, clientAccess, grantHours } from './access.js'
import { addClientEvent } from './timeline.js'

/**
 * Opens a client outside one's scope for a working day, with the reason on record. The leads of
 * the client's team (or, without a team, every manager) are told through their notifications.
 */
export async function grantAccessWithReason(tx: Tx, actor: StaffActor, clientId: string, reason: string): Promise<{ expiresAt: Date; notified: number }> {
  const client = await tx.selectFrom('clients').select(['id', 'client_number']).where('id', '=', clientId).executeTakeFirst()
  if (!client) throw notFound('No such client.')
  if (!actor.roles.some((role) => (breakTheGlassRoles as readonly string[]).includes(role))) {
    throw forbidden('Your role may not open client records.')
  }
  const existing = await clientAccess(tx, actor, clientId)
  const expiresAt = new Date(Date.now() + grantHours * 3_600_000)
  await tx
    .insertInto('client_access_grants')
    .values({ tenant_id: actor.tenantId, client_id: clientId, user_id: actor.userId, reason: reason.trim(), expires_at: expiresAt })
    .execute()
  const assignment = await tx
    .selectFrom('client_assignments')
    .select(['team_id'])
    .where('client_id', '=', clientId)
    .where('valid_to', 'is', null)
    .executeTakeFirst()
  const leads =
    assignment?.team_id != null
      ? await tx.selectFrom('team_members').select('user_id').where('team_id', '=', assignment.team_id).where('is_lead', '=', true).execute()
      : await tx.selectFrom('user_roles').select('user_id').where('role', '=', 'manager').execute()
  const recipients = [...new Set(leads.map((l) => l.user_id))].filter((id) => id !== actor.userId)
  if (recipients.length > 0) {
    await tx
      .insertInto('staff_notifications')
      .values(
        recipients.map((userId) => ({
          tenant_id: actor.tenantId,
          user_id: userId,
          kind: 'client.access-with-reason',
          data: JSON.stringify({ clientId, clientNumber: client.client_number, byUserId: actor.userId, reason: reason.trim() }),
        })),
      )
      .execute()
  }
  await addClientEvent(tx, actor.tenantId, clientId, actor.userId, 'access.granted-with-reason', { reason: reason.trim(), hadAccess: existing?.via ?? null })
  return { expiresAt, notified: recipients.length }
}
