import type { Tx } from '../../db/database.js'
import { addClientEvent } from './timeline.js'

export async function addNote(tx: Tx, tenantId: string, actorId: string | null, clientId: string, body: string): Promise<string> {
  const row = await tx
    .insertInto('client_notes')
    .values({ tenant_id: tenantId, client_id: clientId, body: body.trim(), author_id: actorId })
    .returning('id')
    .executeTakeFirstOrThrow()
  await addClientEvent(tx, tenantId, clientId, actorId, 'note.added', { noteId: row.id })
  return row.id
}
