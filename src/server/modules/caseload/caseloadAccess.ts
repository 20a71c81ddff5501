import type { Tx } from '../../db/database.js'
import type { StaffActor } from '../../http/context.js'
import { forbidden } from '../../http/problem.js'

/** The teams the actor leads. */
export async function ledTeams(tx: Tx, actor: StaffActor): Promise<string[]> {
  const rows = await tx.selectFrom('team_members').select('team_id').where('user_id', '=', actor.userId).where('is_lead', '=', true).execute()
  return rows.map((r) => r.team_id)
}

/**
 * A coach sees their own caseload; a team lead the caseloads of their teams' coaches, the team
 * and its unassigned clients; a manager everything.
 */
export async function assertCaseloadAccess(tx: Tx, actor: StaffActor, scope: { coachId?: string; teamId?: string; unassigned?: boolean }): Promise<void> {
  if (actor.roles.includes('manager')) return
  if (scope.coachId === actor.userId && !scope.teamId && !scope.unassigned) return
  const teams = await ledTeams(tx, actor)
  if (scope.teamId && teams.includes(scope.teamId)) return
  if (scope.coachId && !scope.teamId) {
    const shared = await tx.selectFrom('team_members').select('team_id').where('user_id', '=', scope.coachId).where('team_id', 'in', teams.length > 0 ? teams : ['00000000-0000-0000-0000-000000000000']).executeTakeFirst()
    if (shared) return
  }
  throw forbidden('You may see your own caseload; team leads see their teams, managers everyone.')
}
