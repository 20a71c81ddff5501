import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import type { StaffActor } from '../../http/context.js'

export interface CoachView {
  id: string
  displayName: string
  teamIds: string[]
  leadOfTeamIds: string[]
}

/** The active coaches and their teams: whom a client can be assigned to. */
export function listCoaches(ctx: AppContext, actor: StaffActor): Promise<CoachView[]> {
  return inTenant(ctx.db, actor, async (tx) => {
    const rows = await tx
      .selectFrom('users as u')
      .innerJoin('user_roles as r', (j) => j.onRef('r.tenant_id', '=', 'u.tenant_id').onRef('r.user_id', '=', 'u.id'))
      .leftJoin('team_members as m', (j) => j.onRef('m.tenant_id', '=', 'u.tenant_id').onRef('m.user_id', '=', 'u.id'))
      .select(['u.id', 'u.display_name', 'm.team_id', 'm.is_lead'])
      .where('r.role', '=', 'coach')
      .where('u.active', '=', true)
      .orderBy('u.display_name')
      .execute()
    const coaches = new Map<string, CoachView>()
    for (const row of rows) {
      const coach = coaches.get(row.id) ?? { id: row.id, displayName: row.display_name, teamIds: [], leadOfTeamIds: [] }
      if (row.team_id !== null) {
        coach.teamIds.push(row.team_id)
        if (row.is_lead) coach.leadOfTeamIds.push(row.team_id)
      }
      coaches.set(row.id, coach)
    }
    return [...coaches.values()]
  })
}
