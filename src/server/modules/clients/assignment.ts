import type { Tx } from '../../db/database.js'
import { badRequest } from '../../http/problem.js'
import { addClientEvent } from './timeline.js'

export interface AssignmentTarget {
  teamId: string | null
  coachId: string | null
  reason?: string | null
}

/**
 * Makes a team and coach responsible for a client from now on. The current assignment is
 * closed, not changed: the history of who guided the client stays complete.
 */
export async function assignClient(tx: Tx, tenantId: string, actorId: string | null, clientId: string, target: AssignmentTarget): Promise<void> {
  if (target.coachId !== null) {
    const coach = await tx.selectFrom('users').select(['active']).where('id', '=', target.coachId).executeTakeFirst()
    if (!coach) throw badRequest('unknown-coach', 'There is no such coach.', [{ field: 'coachId', message: 'is not a user of this organisation' }])
    if (!coach.active) throw badRequest('inactive-coach', 'This coach is no longer active.', [{ field: 'coachId', message: 'is not active' }])
  }
  if (target.teamId !== null) {
    const team = await tx.selectFrom('teams').select('id').where('id', '=', target.teamId).executeTakeFirst()
    if (!team) throw badRequest('unknown-team', 'There is no such team.', [{ field: 'teamId', message: 'is not a team of this organisation' }])
  }
  const now = new Date()
  const current = await tx
    .selectFrom('client_assignments')
    .select(['id', 'team_id', 'coach_id'])
    .where('client_id', '=', clientId)
    .where('valid_to', 'is', null)
    .forUpdate()
    .executeTakeFirst()
  if (current && current.team_id === target.teamId && current.coach_id === target.coachId) return
  if (current) await tx.updateTable('client_assignments').set({ valid_to: now }).where('id', '=', current.id).execute()
  if (target.teamId !== null || target.coachId !== null) {
    await tx
      .insertInto('client_assignments')
      .values({
        tenant_id: tenantId,
        client_id: clientId,
        team_id: target.teamId,
        coach_id: target.coachId,
        valid_from: now,
        recorded_by: actorId,
        reason: target.reason ?? null,
      })
      .execute()
  }
  await addClientEvent(tx, tenantId, clientId, actorId, 'assignment.changed', {
    teamId: target.teamId,
    coachId: target.coachId,
    previousCoachId: current?.coach_id ?? null,
    reason: target.reason ?? null,
  })
}
