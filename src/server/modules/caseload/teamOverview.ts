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
  const perTeam = await tx
    .selectFrom('client_assignments as a')
    .innerJoin('clients as c', (j) => j.onRef('c.tenant_id', '=', 'a.tenant_id').onRef('c.id', '=', 'a.client_id'))
    .select(['a.team_id', sql<number>`count(*)`.as('clients'), sql<number>`count(*) FILTER (WHERE a.coach_id IS NULL)`.as('unassigned')])
    .where('a.valid_to', 'is', null)
    .where('c.outflow_date', 'is', null)
    .where('a.team_id', 'in', ids)
    .groupBy('a.team_id')
    .execute()
  const coachIds = [...new Set(members.filter((m) => m.role === 'coach').map((m) => m.user_id))]
  const perCoach =
    coachIds.length === 0
      ? []
      : await tx
          .selectFrom('client_assignments as a')
          .innerJoin('clients as c', (j) => j.onRef('c.tenant_id', '=', 'a.tenant_id').onRef('c.id', '=', 'a.client_id'))
          .leftJoin('client_signals as g', (j) => j.onRef('g.tenant_id', '=', 'a.tenant_id').onRef('g.client_id', '=', 'a.client_id').on('g.ended_at', 'is', null))
          .select(['a.coach_id', 'g.signal_code', sql<number>`count(DISTINCT a.client_id)`.as('n')])
          .where('a.valid_to', 'is', null)
          .where('c.outflow_date', 'is', null)
          .where('a.coach_id', 'in', coachIds)
          .groupBy(['a.coach_id', 'g.signal_code'])
          .execute()
  const clientsPerCoach = coachIds.length === 0 ? [] : await tx
    .selectFrom('client_assignments as a')
    .innerJoin('clients as c', (j) => j.onRef('c.tenant_id', '=', 'a.tenant_id').onRef('c.id', '=', 'a.client_id'))
    .select(['a.coach_id', sql<number>`count(*)`.as('n')])
    .where('a.valid_to', 'is', null)
    .where('c.outflow_date', 'is', null)
    .where('a.coach_id', 'in', coachIds)
    .groupBy('a.coach_id')
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
        for (const row of perCoach.filter((p) => p.coach_id === id && p.signal_code !== null)) signals[row.signal_code!] = Number(row.n)
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
