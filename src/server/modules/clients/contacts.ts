import type { Tx } from '../../db/database.js'
import { badRequest } from '../../http/problem.js'
import { addClientEvent } from './timeline.js'

export type ContactChannel = 'conversation' | 'phone' | 'video' | 'home_visit' | 'email' | 'sms' | 'chat' | 'letter'

/** Records a contact with the client: a conversation, a call, a home visit … */
export async function registerContact(
  tx: Tx,
  tenantId: string,
  actorId: string | null,
  clientId: string,
  input: { contactedAt: string; channel: ContactChannel; summary?: string },
): Promise<string> {
  if (new Date(input.contactedAt).getTime() > Date.now() + 5 * 60_000) {
    throw badRequest('date-in-future', 'A contact cannot lie in the future.', [{ field: 'contactedAt', message: 'lies in the future' }])
  }
  const row = await tx
    .insertInto('client_contacts')
    .values({ tenant_id: tenantId, client_id: clientId, contacted_at: input.contactedAt, channel: input.channel, summary: input.summary?.trim() || null, recorded_by: actorId })
    .returning('id')
    .executeTakeFirstOrThrow()
  await addClientEvent(tx, tenantId, clientId, actorId, 'contact.registered', { contactId: row.id, channel: input.channel, contactedAt: input.contactedAt })
  return row.id
}
