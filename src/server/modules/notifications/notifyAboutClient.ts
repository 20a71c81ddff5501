import type { Tx } from '../../db/database.js'
import { responsibleStaff } from './responsibleStaff.js'

/** Who hears about a client: the coach, else the team (its leads), else the organisation (its managers). */
export interface Told {
  kind: 'coach' | 'team' | 'organisation'
  name: string
}

/** Whom to tell about a client now, and how to name them to the client. */
export async function whoAnswersFor(tx: Tx, tenantId: string, clientId: string): Promise<{ told: Told; recipients: string[] }> {
  const staff = await responsibleStaff(tx, clientId)
  if (staff.coach !== null) return { told: { kind: 'coach', name: staff.coach.displayName }, recipients: [staff.coach.id] }
  if (staff.team !== null && staff.leads.length > 0) return { told: { kind: 'team', name: staff.team.name }, recipients: staff.leads.map((l) => l.id) }
  const managers = await tx
    .selectFrom('user_roles as r')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'r.tenant_id').onRef('u.id', '=', 'r.user_id'))
    .select('u.id')
    .where('r.role', '=', 'manager')
    .where('u.active', '=', true)
    .execute()
  const tenant = await tx.selectFrom('tenants').select('name').where('id', '=', tenantId).executeTakeFirstOrThrow()
  return { told: staff.team !== null ? { kind: 'team', name: staff.team.name } : { kind: 'organisation', name: tenant.name }, recipients: managers.map((m) => m.id) }
}

/**
 * Tells the staff who answer for a client that something happened, through their notifications,
 * in the caller's transaction: the coach; without an active coach, the leads of the client's
 * team; without those, every manager. `details` holds no names, only days and codes.
 */
export async function notifyAboutClient(tx: Tx, tenantId: string, clientId: string, kind: string, details: Record<string, string | number | boolean | null> = {}): Promise<Told> {
  const { told, recipients } = await whoAnswersFor(tx, tenantId, clientId)
  if (recipients.length > 0) {
    const client = await tx.selectFrom('clients').select('client_number').where('id', '=', clientId).executeTakeFirstOrThrow()
    await tx
      .insertInto('staff_notifications')
      .values(recipients.map((userId) => ({ tenant_id: tenantId, user_id: userId, kind, data: JSON.stringify({ clientId, clientNumber: client.client_number, ...details }) })))
      .execute()
  }
  return told
}
