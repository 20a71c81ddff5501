import { sql } from 'kysely'
import type { Tx } from '../../db/database.js'

export interface CoachLoad {
  coach: { id: string; displayName: string }
  clients: number
  signals: Record<string, number>
  attention: number
}

export interface TeamOverview {
  teams: { id: string; name: string; coaches: number; clients: number; unassigned: number; leads: { id: string; displayName: string }[] }[]
  coaches: CoachLoad[]
}

/** Caseload sizes and signals per coach, unassigned clients and span of control, for team leads and managers. */
export async function loadTeamOverview(tx: Tx, teamIds: string[] | null): Promise<TeamOverview> {
  const teams = await tx
    .selectFrom('teams as t')
    .select(['t.id', 't.name'])
    .$if(teamIds !== null, (q) => q.where('t.id', 'in', teamIds!.length > 0 ? teamIds! : ['00000000-0000-0000-0000-000000000000']))
    .orderBy('t.name')
    .execute()
  const ids = teams.map((t) => t.id)
  if (ids.length === 0) return { teams: [], coaches: [] }
  const members = await tx
    .selectFrom('team_members as m')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'm.tenant_id').onRef('u.id', '=', 'm.user_id'))
    .innerJoin('user_roles as r', (j) => j.onRef('r.tenant_id', '=', 'm.tenant_id').onRef('r.user_id', '=', 'm.user_id'))
    .select(['m.team_id', 'm.user_id', 'm.is_lead', 'u.display_name', 'r.role'])
    .where('m.team_id', 'in', ids)
    .where('u.active', '=', true)
    .execute()
  // Sizes and signals from the caseload summary: index range scans by team and by coach.
  const perTeam = await tx
    .selectFrom('client_caseload_summary as s')
    .select(['s.team_id', sql<number>`count(*)`.as('clients'), sql<number>`count(*) FILTER (WHERE s.coach_id IS NULL)`.as('unassigned')])
    .where('s.outflow_date', 'is', null)
    .where('s.team_id', 'in', ids)
    .groupBy('s.team_id')
    .execute()
  const coachIds = [...new Set(members.filter((m) => m.role === 'coach').map((m) => m.user_id))]
  const perCoach =
    coachIds.length === 0
      ? []
      : (
          await sql<{ coach_id: string; code: string; n: number }>`
            SELECT s.coach_id, o.signal_code AS code, count(*)::int AS n FROM client_caseload_summary s
              JOIN client_signals o ON o.tenant_id = s.tenant_id AND o.client_id = s.client_id AND o.ended_at IS NULL
             WHERE s.outflow_date IS NULL AND s.coach_id = ANY(${coachIds}::uuid[]) GROUP BY s.coach_id, o.signal_code`.execute(tx)
        ).rows
  const clientsPerCoach = coachIds.length === 0 ? [] : await tx
    .selectFrom('client_caseload_summary as s')
    .select(['s.coach_id', sql<number>`count(*)`.as('n')])
    .where('s.outflow_date', 'is', null)
    .where('s.coach_id', 'in', coachIds)
    .groupBy('s.coach_id')
    .execute()
  return {
    teams: teams.map((team) => {
      const teamMembers = members.filter((m) => m.team_id === team.id)
      const counts = perTeam.find((p) => p.team_id === team.id)
      return {
        id: team.id,
        name: team.name,
        coaches: new Set(teamMembers.filter((m) => m.role === 'coach').map((m) => m.user_id)).size,
        clients: Number(counts?.clients ?? 0),
        unassigned: Number(counts?.unassigned ?? 0),
        leads: [...new Map(teamMembers.filter((m) => m.is_lead).map((m) => [m.user_id, { id: m.user_id, displayName: m.display_name }])).values()],
      }
    }),
    coaches: coachIds
      .map((id) => {
        const name = members.find((m) => m.user_id === id)!.display_name
        const signals: Record<string, number> = {}
        for (const row of perCoach.filter((p) => p.coach_id === id)) signals[row.code] = row.n
        return {
          coach: { id, displayName: name },
          clients: Number(clientsPerCoach.find((p) => p.coach_id === id)?.n ?? 0),
          signals,
          attention: Object.values(signals).reduce((a, b) => a + b, 0),
        }
      })
      .sort((a, b) => b.clients - a.clients || a.coach.displayName.localeCompare(b.coach.displayName, 'nl')),
  }
}
