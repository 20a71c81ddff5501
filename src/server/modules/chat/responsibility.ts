import { sql } from 'kysely'
import type { ChatCounterpart } from '../../../common/api/chat.js'
import type { Tx } from '../../db/database.js'

/** Who answers a client's chat, as it stands now. */
export interface ChatResponsibility {
  coach: { id: string; name: string; active: boolean } | null
  team: { id: string; name: string } | null
  standIn: { id: string; name: string; until: Date } | null
}

/** The client's current coach and team, and a colleague standing in for the coach right now: one statement. */
export async function chatResponsibility(tx: Tx, clientId: string): Promise<ChatResponsibility> {
  const { rows } = await sql<{
    coach_id: string | null
    coach_name: string | null
    coach_active: boolean | null
    team_id: string | null
    team_name: string | null
    stand_in_id: string | null
    stand_in_name: string | null
    stand_in_until: Date | null
  }>`
    SELECT a.coach_id, u.display_name AS coach_name, u.active AS coach_active, a.team_id, t.name AS team_name,
           h.to_user_id AS stand_in_id, h.display_name AS stand_in_name, h.ends_at AS stand_in_until
    FROM client_assignments a
    LEFT JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.coach_id
    LEFT JOIN teams t ON t.tenant_id = a.tenant_id AND t.id = a.team_id
    LEFT JOIN LATERAL (
      SELECT h.to_user_id, s.display_name, h.ends_at FROM chat_handovers h
      JOIN users s ON s.tenant_id = h.tenant_id AND s.id = h.to_user_id AND s.active
      WHERE h.tenant_id = a.tenant_id AND h.from_user_id = a.coach_id AND u.active
        AND h.cancelled_at IS NULL AND h.starts_at <= now() AND h.ends_at > now()
      ORDER BY h.starts_at DESC LIMIT 1
    ) h ON true
    WHERE a.client_id = ${clientId} AND a.valid_to IS NULL`.execute(tx)
  const row = rows[0]
  return {
    coach: row?.coach_id ? { id: row.coach_id, name: row.coach_name!, active: row.coach_active === true } : null,
    team: row?.team_id ? { id: row.team_id, name: row.team_name! } : null,
    standIn: row?.stand_in_id ? { id: row.stand_in_id, name: row.stand_in_name!, until: row.stand_in_until! } : null,
  }
}

/**
 * The staff members whose inbox shows the conversation: the coach, a colleague standing in, and
 * — when there is no active coach — everyone in the client's team (a message to a coach who
 * has left goes to the team).
 */
export async function chatRecipients(tx: Tx, responsibility: ChatResponsibility): Promise<string[]> {
  const ids = new Set<string>()
  if (responsibility.coach?.active) ids.add(responsibility.coach.id)
  if (responsibility.standIn) ids.add(responsibility.standIn.id)
  if (!responsibility.coach?.active && responsibility.team) {
    const members = await tx
      .selectFrom('team_members as m')
      .innerJoin('users as u', (join) => join.onRef('u.tenant_id', '=', 'm.tenant_id').onRef('u.id', '=', 'm.user_id'))
      .select('m.user_id')
      .where('m.team_id', '=', responsibility.team.id)
      .where('u.active', '=', true)
      .execute()
    for (const member of members) ids.add(member.user_id)
  }
  return [...ids]
}

/** How the app names whoever answers: "Sanne (je coach)", or the stand-in, or the team. */
export function counterpartOf(responsibility: ChatResponsibility, organisationName: string): ChatCounterpart {
  const { coach, team, standIn } = responsibility
  if (coach?.active && standIn) return { kind: 'stand-in', name: standIn.name, standsInFor: coach.name, until: standIn.until.toISOString() }
  if (coach?.active) return { kind: 'coach', name: coach.name, standsInFor: null, until: null }
  if (team) return { kind: 'team', name: team.name, standsInFor: null, until: null }
  return { kind: 'organisation', name: organisationName, standsInFor: null, until: null }
}
