import type { Selectable, Updateable } from 'kysely'
import type { SecretBox } from '../../crypto/secretBox.js'
import type { Tx } from '../../db/database.js'
import type { ClientsTable } from '../../db/schema.js'
import { conflict } from '../../http/problem.js'
import type { ClientFields } from './clientInput.js'
import { searchName } from './names.js'
import { addClientEvent } from './timeline.js'

export type ClientRecordRow = Selectable<ClientsTable>

const plainColumns = [
  ['clientNumber', 'client_number'],
  ['initials', 'initials'],
  ['firstNames', 'first_names'],
  ['tussenvoegsel', 'tussenvoegsel'],
  ['surname', 'surname'],
  ['dateOfBirth', 'date_of_birth'],
  ['street', 'street'],
  ['houseNumber', 'house_number'],
  ['postcode', 'postcode'],
  ['city', 'city'],
  ['phone', 'phone'],
  ['email', 'email'],
  ['preferredLanguage', 'preferred_language'],
  ['preferredChannel', 'preferred_channel'],
  ['intakeDate', 'intake_date'],
] as const satisfies readonly (readonly [keyof ClientFields, keyof ClientsTable])[]

const nameFields = new Set<keyof ClientFields>(['initials', 'firstNames', 'tussenvoegsel', 'surname'])

/** The given fields whose value differs from the client's record; the BSN is compared by its keyed hash. */
export function clientFieldChanges(secretBox: SecretBox, current: ClientRecordRow, fields: Partial<ClientFields>): (keyof ClientFields)[] {
  const changed: (keyof ClientFields)[] = []
  for (const [field, column] of plainColumns) {
    const value = fields[field]
    if (value !== undefined && value !== current[column]) changed.push(field)
  }
  if (fields.bsn !== undefined && (fields.bsn === null ? current.bsn_hash !== null : secretBox.lookupHash(fields.bsn) !== current.bsn_hash)) {
    changed.push('bsn')
  }
  return changed
}

/**
 * Brings a client's details in line with a leading system (an import): only the given fields
 * that differ change, under the same rules as registration (a BSN and a client number belong to
 * one client). Fields must have passed normaliseClientInput. The timeline names the changed
 * fields, never their values. Returns the changed fields.
 */
export async function updateClientFromImport(
  tx: Tx,
  secretBox: SecretBox,
  tenantId: string,
  actorId: string | null,
  current: ClientRecordRow,
  fields: Partial<ClientFields>,
  source: { system: string },
): Promise<(keyof ClientFields)[]> {
  const changed = clientFieldChanges(secretBox, current, fields)
  if (changed.length === 0) return changed
  const set: Updateable<ClientsTable> = { updated_at: new Date() }
  for (const [field, column] of plainColumns) if (changed.includes(field)) (set as Record<string, unknown>)[column] = fields[field]
  if (changed.includes('bsn')) {
    const bsnHash = fields.bsn ? secretBox.lookupHash(fields.bsn) : null
    if (bsnHash !== null) {
      const taken = await tx.selectFrom('clients').select('client_number').where('bsn_hash', '=', bsnHash).where('id', '!=', current.id).executeTakeFirst()
      if (taken) throw conflict('bsn-taken', `A client with this BSN exists already (${taken.client_number}).`)
    }
    set.bsn_hash = bsnHash
    set.bsn_sealed = fields.bsn ? secretBox.seal(fields.bsn) : null
  }
  if (changed.includes('clientNumber')) {
    const taken = await tx.selectFrom('clients').select('id').where('client_number', '=', fields.clientNumber!).where('id', '!=', current.id).executeTakeFirst()
    if (taken) throw conflict('client-number-taken', `Client number ${fields.clientNumber} is in use already.`)
  }
  if (changed.some((field) => nameFields.has(field))) {
    set.search_name = searchName({
      initials: fields.initials !== undefined ? fields.initials : current.initials,
      first_names: fields.firstNames ?? current.first_names,
      tussenvoegsel: fields.tussenvoegsel !== undefined ? fields.tussenvoegsel : current.tussenvoegsel,
      surname: fields.surname ?? current.surname,
    })
  }
  await tx.updateTable('clients').set(set).where('id', '=', current.id).execute()
  await addClientEvent(tx, tenantId, current.id, actorId, 'client.details-changed', { fields: changed, source: source.system })
  return changed
}
