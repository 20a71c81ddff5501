import type { Tx } from '../../db/database.js'

export interface StaffMember {
  id: string
  displayName: string
}

export interface ResponsibleStaff {
  /** The client's coach, when there is one and their account is still active. */
  coach: StaffMember | null
  team: { id: string; name: string } | null
  /** The active leads of the client's team. */
  leads: StaffMember[]
}

/** Who answers for a client now: the coach of the current assignment, its team and the team's leads. */
export async function responsibleStaff(tx: Tx, clientId: string): Promise<ResponsibleStaff> {
  const assignment = await tx
    .selectFrom('client_assignments as a')
    .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.coach_id').on('u.active', '=', true))
    .leftJoin('teams as t', (j) => j.onRef('t.tenant_id', '=', 'a.tenant_id').onRef('t.id', '=', 'a.team_id'))
    .select(['u.id as coach_id', 'u.display_name as coach_name', 't.id as team_id', 't.name as team_name'])
    .where('a.client_id', '=', clientId)
    .where('a.valid_to', 'is', null)
    .executeTakeFirst()
  const coach = assignment?.coach_id != null ? { id: assignment.coach_id, displayName: assignment.coach_name! } : null
  const team = assignment?.team_id != null ? { id: assignment.team_id, name: assignment.team_name! } : null
  const leads =
    team === null
      ? []
      : await tx
          .selectFrom('team_members as m')
          .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'm.tenant_id').onRef('u.id', '=', 'm.user_id'))
          .select(['u.id', 'u.display_name'])
          .where('m.team_id', '=', team.id)
          .where('m.is_lead', '=', true)
          .where('u.active', '=', true)
          .orderBy('u.display_name')
          .execute()
  return { coach, team, leads: leads.map((l) => ({ id: l.id, displayName: l.display_name })) }
}
