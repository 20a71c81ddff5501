import { sql, type Selectable } from 'kysely'
import type { ClientAddition, NewAddition } from '../../../common/api/myRecord.js'
import type { ClientAdditionsTable, ProposedContact } from '../../db/clientAdditionsSchema.js'
import type { Tx } from '../../db/database.js'
import { badRequest, conflict, notFound, type FieldError } from '../../http/problem.js'
import { changeContact } from '../clients/contact.js'
import { normalisePhone, normalisePostcode } from '../clients/dutchFormats.js'
import { addClientEvent } from '../clients/timeline.js'

type Row = Selectable<ClientAdditionsTable> & { decided_by_name: string | null }

function present(row: Row): ClientAddition {
  return {
    id: row.id,
    kind: row.kind,
    text: row.body,
    contact: row.proposed,
    state: row.state,
    createdAt: row.created_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
    decidedBy: row.decided_by_name,
    decisionNote: row.decision_note,
  }
}

/** Phone and postcode as the record keeps them; an email address is checked by the schema already. */
function normaliseContact(contact: ProposedContact): ProposedContact {
  const errors: FieldError[] = []
  const out: ProposedContact = {}
  for (const [field, raw] of Object.entries(contact) as [keyof ProposedContact, string][]) {
    const value = raw.trim()
    if (value === '') errors.push({ field: `contact.${field}`, message: 'is empty' })
    else if (field === 'phone') {
      const phone = normalisePhone(value)
      if (phone === null) errors.push({ field: 'contact.phone', message: 'is not a phone number' })
      else out.phone = phone
    } else if (field === 'postcode') {
      const postcode = normalisePostcode(value)
      if (postcode === null) errors.push({ field: 'contact.postcode', message: 'is not a Dutch postcode (1234 AB)' })
      else out.postcode = postcode
    } else out[field] = field === 'email' ? value.toLowerCase() : value
  }
  if (errors.length > 0) throw badRequest('invalid-input', errors.map((e) => `${e.field} ${e.message}`).join('; '), errors)
  return out
}

/**
 * The client adds to their record: with contact details a correction for the coach to accept
 * or reject (phone and email are also how the client signs in, and the address is where letters
 * go, so nobody holding the phone changes them unseen); with only text an addition, kept as the
 * client wrote it. The timeline notes it, as the client's, without the content.
 */
export async function addToMyRecord(tx: Tx, tenantId: string, clientId: string, input: NewAddition): Promise<ClientAddition> {
  const text = input.text?.trim() || null
  if (input.contact === undefined && text === null) {
    throw badRequest('invalid-input', 'Write what you want to add, or give the details to correct.', [{ field: 'text', message: 'is empty' }])
  }
  const proposed = input.contact === undefined ? null : normaliseContact(input.contact)
  const kind = proposed === null ? 'addition' : 'correction'
  const row = await tx
    .insertInto('client_additions')
    .values({ tenant_id: tenantId, client_id: clientId, kind, body: text, proposed: proposed === null ? null : JSON.stringify(proposed), state: kind === 'addition' ? 'added' : 'proposed' })
    .returningAll()
    .executeTakeFirstOrThrow()
  await addClientEvent(tx, tenantId, clientId, null, 'client-addition.added', { additionId: row.id, kind, fields: Object.keys(proposed ?? {}), byClient: true })
  return present({ ...row, decided_by_name: null })
}

/** What the client added or proposed, newest first, with the coach's decision. */
export async function listAdditions(tx: Tx, clientId: string): Promise<ClientAddition[]> {
  const rows = await tx
    .selectFrom('client_additions as a')
    .leftJoin('users as u', (join) => join.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.decided_by'))
    .selectAll('a')
    .select('u.display_name as decided_by_name')
    .where('a.client_id', '=', clientId)
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .execute()
  return rows.map(present)
}

async function openCorrection(tx: Tx, clientId: string, additionId: string) {
  const row = await tx.selectFrom('client_additions').selectAll().where('id', '=', additionId).where('client_id', '=', clientId).forUpdate().executeTakeFirst()
  if (!row) throw notFound('The client has no such addition.')
  if (row.kind !== 'correction') throw conflict('not-a-correction', 'Only a correction of contact details is accepted or rejected; an addition stays as the client wrote it.')
  if (row.state !== 'proposed') throw conflict('already-decided', `This correction was ${row.state} already.`)
  return row
}

/** The coach accepts a correction: the proposed details go into the record, on the timeline like any change. */
export async function acceptCorrection(tx: Tx, tenantId: string, userId: string, clientId: string, additionId: string): Promise<void> {
  const row = await openCorrection(tx, clientId, additionId)
  await changeContact(tx, tenantId, userId, clientId, row.proposed ?? {})
  await tx.updateTable('client_additions').set({ state: 'accepted', decided_by: userId, decided_at: sql`now()` }).where('id', '=', additionId).execute()
  await addClientEvent(tx, tenantId, clientId, userId, 'client-addition.accepted', { additionId, fields: Object.keys(row.proposed ?? {}) })
}

/** The coach rejects a correction, optionally saying why; the client sees the note. */
export async function rejectCorrection(tx: Tx, tenantId: string, userId: string, clientId: string, additionId: string, note: string | undefined): Promise<void> {
  const row = await openCorrection(tx, clientId, additionId)
  const reason = note?.trim() || null
  await tx.updateTable('client_additions').set({ state: 'rejected', decided_by: userId, decided_at: sql`now()`, decision_note: reason }).where('id', '=', additionId).execute()
  await addClientEvent(tx, tenantId, clientId, userId, 'client-addition.rejected', { additionId, fields: Object.keys(row.proposed ?? {}) })
}
