import { sql } from 'kysely'
import type { SecretBox } from '../../crypto/secretBox.js'
import type { Tx } from '../../db/database.js'
import { conflict } from '../../http/problem.js'
import type { ClientFields } from './clientInput.js'
import { assignClient } from './assignment.js'
import { searchName } from './names.js'
import { addClientEvent } from './timeline.js'

export interface ClientSource {
  system: string
  id: string
}

/**
 * Inserts a client (the BSN sealed, with a keyed hash for look-up), their first assignment and
 * the timeline event. Fields must have passed normaliseClientInput.
 */
export async function insertClient(
  tx: Tx,
  secretBox: SecretBox,
  tenantId: string,
  actorId: string | null,
  fields: ClientFields,
  options: { teamId?: string | null; coachId?: string | null; source?: ClientSource } = {},
): Promise<{ id: string; clientNumber: string }> {
  const bsnHash = fields.bsn === null ? null : secretBox.lookupHash(fields.bsn)
  if (bsnHash !== null) {
    const taken = await tx.selectFrom('clients').select('client_number').where('bsn_hash', '=', bsnHash).executeTakeFirst()
    if (taken) throw conflict('bsn-taken', `A client with this BSN exists already (${taken.client_number}).`)
  }
  let clientNumber = fields.clientNumber
  if (clientNumber === null) {
    const next = await sql<{ n: string }>`SELECT nextval('client_number_seq')::text AS n`.execute(tx)
    clientNumber = `K${next.rows[0]!.n.padStart(7, '0')}`
  } else {
    const taken = await tx.selectFrom('clients').select('id').where('client_number', '=', clientNumber).executeTakeFirst()
    if (taken) throw conflict('client-number-taken', `Client number ${clientNumber} is in use already.`)
  }
  const nameParts = { initials: fields.initials, first_names: fields.firstNames, tussenvoegsel: fields.tussenvoegsel, surname: fields.surname }
  const row = await tx
    .insertInto('clients')
    .values({
      tenant_id: tenantId,
      client_number: clientNumber,
      source_system: options.source?.system ?? null,
      source_id: options.source?.id ?? null,
      initials: fields.initials,
      first_names: fields.firstNames,
      tussenvoegsel: fields.tussenvoegsel,
      surname: fields.surname,
      date_of_birth: fields.dateOfBirth,
      bsn_sealed: fields.bsn === null ? null : secretBox.seal(fields.bsn),
      bsn_hash: bsnHash,
      street: fields.street,
      house_number: fields.houseNumber,
      postcode: fields.postcode,
      city: fields.city,
      phone: fields.phone,
      email: fields.email,
      preferred_language: fields.preferredLanguage,
      preferred_channel: fields.preferredChannel,
      intake_date: fields.intakeDate,
      search_name: searchName(nameParts),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await addClientEvent(tx, tenantId, row.id, actorId, 'client.created', { clientNumber, source: options.source?.system ?? null })
  if (options.teamId || options.coachId) {
    await assignClient(tx, tenantId, actorId, row.id, { teamId: options.teamId ?? null, coachId: options.coachId ?? null, reason: 'intake' })
  }
  return { id: row.id, clientNumber }
}
