import type { Tx } from '../../db/database.js'
import { badRequest, notFound } from '../../http/problem.js'
import { todayInAmsterdam } from '../clients/dutchFormats.js'
import { addClientEvent } from '../clients/timeline.js'

/** Puts an open signal aside until a date, with the reason; it comes back if it still holds then. */
export async function snoozeSignal(
  tx: Tx,
  tenantId: string,
  actorId: string,
  clientId: string,
  input: { signalCode: string; until: string; reason: string },
): Promise<void> {
  const today = todayInAmsterdam()
  if (input.until <= today) throw badRequest('snooze-in-past', 'Snooze until a date after today.', [{ field: 'until', message: 'must be after today' }])
  const result = await tx
    .updateTable('client_signals')
    .set({ ended_at: new Date(), end_reason: 'snoozed', snoozed_until: input.until, snooze_reason: input.reason.trim(), ended_by: actorId })
    .where('client_id', '=', clientId)
    .where('signal_code', '=', input.signalCode)
    .where('ended_at', 'is', null)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) === 0) throw notFound('This client has no such open signal.')
  await addClientEvent(tx, tenantId, clientId, actorId, 'signal.snoozed', { signalCode: input.signalCode, until: input.until, reason: input.reason.trim() })
}
