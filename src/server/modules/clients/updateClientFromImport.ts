import { sql, type Selectable } from 'kysely'
import type { Tx } from '../../db/database.js'
import type { ClientsTable } from '../../db/schema.js'
import type { ClientFields } from './clientInput.js'
import { jsonRecordset } from './jsonRecordset.js'

export type ClientRecordRow = Selectable<ClientsTable>

export const plainClientColumns = [
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

export const clientNameFields = new Set<keyof ClientFields>(['initials', 'firstNames', 'tussenvoegsel', 'surname'])

/**
 * The given fields whose value differs from the client's record. The BSN is compared by its keyed
 * hash (`bsnHash`: the hash of the given BSN, computed once by the caller).
 */
export function clientFieldChanges(current: ClientRecordRow, fields: Partial<ClientFields>, bsnHash: string | null): (keyof ClientFields)[] {
  const changed: (keyof ClientFields)[] = []
  for (const [field, column] of plainClientColumns) {
    const value = fields[field]
    if (value !== undefined && value !== current[column]) changed.push(field)
  }
  if (fields.bsn !== undefined && (fields.bsn === null ? null : bsnHash) !== current.bsn_hash) changed.push('bsn')
  return changed
}

/** One client brought in line with a leading system: the changed fields and their new values. */
export interface ClientUpdate {
  id: string
  changed: (keyof ClientFields)[]
  fields: Partial<ClientFields>
  bsn: { hash: string; sealed: string } | null
  /** The new search name when a name field changed. */
  searchName: string | null
}

/** The SQL types of the client columns an import writes, for reading rows from JSON. */
export const clientColumnTypes = {
  client_number: 'text',
  initials: 'text',
  first_names: 'text',
  tussenvoegsel: 'text',
  surname: 'text',
  date_of_birth: 'date',
  street: 'text',
  house_number: 'text',
  postcode: 'text',
  city: 'text',
  phone: 'text',
  email: 'text',
  preferred_language: 'text',
  preferred_channel: 'text',
  intake_date: 'date',
} as const satisfies Record<(typeof plainClientColumns)[number][1], 'text' | 'date'>

/**
 * Brings the details of many clients in line with an import in one statement: for each client
 * only its changed columns are written, so a change made meanwhile to another field stays. The
 * rules (a BSN and a client number belong to one client) are checked before, by the caller.
 */
export async function updateClientsFromImport(tx: Tx, tenantId: string, updates: ClientUpdate[]): Promise<void> {
  if (updates.length === 0) return
  const rows = updates.map((u) => {
    const row: Record<string, unknown> = { id: u.id, changed: u.changed, bsn_hash: u.bsn?.hash ?? null, bsn_sealed: u.bsn?.sealed ?? null, search_name: u.searchName }
    for (const [field, column] of plainClientColumns) if (u.changed.includes(field)) row[column] = u.fields[field] ?? null
    return row
  })
  const set = plainClientColumns.map(([field, column]) => sql`${sql.ref(column)} = CASE WHEN ${field} = ANY(r.changed) THEN ${sql.ref(`r.${column}`)} ELSE ${sql.ref(`c.${column}`)} END`)
  await sql`
    UPDATE clients c SET ${sql.join(set)},
      bsn_hash = CASE WHEN 'bsn' = ANY(r.changed) THEN r.bsn_hash ELSE c.bsn_hash END,
      bsn_sealed = CASE WHEN 'bsn' = ANY(r.changed) THEN r.bsn_sealed ELSE c.bsn_sealed END,
      search_name = coalesce(r.search_name, c.search_name),
      updated_at = now()
    FROM ${jsonRecordset(rows, { id: 'uuid', changed: 'text[]', bsn_hash: 'text', bsn_sealed: 'text', search_name: 'text', ...clientColumnTypes })}
    WHERE c.tenant_id = ${tenantId}::uuid AND c.id = r.id`.execute(tx)
}
