import type { Tx } from '../../db/database.js'
import { conflict, notFound } from '../../http/problem.js'
import { assignClient } from '../clients/assignment.js'
import { recomputeSignals } from '../signals/recompute.js'

export interface Reassignment {
  clientId: string
  /** The coach the requester saw; a different current coach means someone else moved the client first. */
  expectedCoachId: string | null
}

/**
 * Moves clients to another coach (and team), all or none. The current assignments are locked
 * first, so two team leads moving the same client at once cannot both succeed: the second finds
 * the coach changed and gets a conflict naming the clients.
 */
export async function reassignClients(
  tx: Tx,
  tenantId: string,
  actorId: string,
  moves: Reassignment[],
  target: { coachId: string | null; teamId: string | null; reason: string },
): Promise<number> {
  const ids = moves.map((m) => m.clientId)
  await tx.selectFrom('clients').select('id').where('id', 'in', ids).orderBy('id').forUpdate().execute()
  const current = await tx
    .selectFrom('clients as c')
    .leftJoin('client_assignments as a', (j) => j.onRef('a.tenant_id', '=', 'c.tenant_id').onRef('a.client_id', '=', 'c.id').on('a.valid_to', 'is', null))
    .select(['c.id', 'c.client_number', 'a.coach_id', 'a.team_id'])
    .where('c.id', 'in', ids)
    .execute()
  const missing = ids.filter((id) => !current.some((c) => c.id === id))
  if (missing.length > 0) throw notFound(`No such clients: ${missing.join(', ')}.`)
  const moved = moves.filter((m) => current.find((c) => c.id === m.clientId)!.coach_id !== m.expectedCoachId)
  if (moved.length > 0) {
    const numbers = moved.map((m) => current.find((c) => c.id === m.clientId)!.client_number)
    throw conflict('assignment-changed', `Someone else changed the coach of ${numbers.join(', ')} meanwhile. Reload and try again.`)
  }
  for (const move of moves) {
    const teamId = target.teamId ?? current.find((c) => c.id === move.clientId)!.team_id
    await assignClient(tx, tenantId, actorId, move.clientId, { coachId: target.coachId, teamId, reason: target.reason })
  }
  await recomputeSignals(tx, tenantId, ids)
  return moves.length
}
