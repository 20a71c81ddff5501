import crypto from 'node:crypto'
import { sql } from 'kysely'
import type { SecretBox } from '../../crypto/secretBox.js'
import type { Tx } from '../../db/database.js'
import { conflict } from '../../http/problem.js'
import type { ClientFields } from './clientInput.js'
import { jsonRecordset } from './jsonRecordset.js'
import { searchName } from './names.js'
import type { ClientEventLog } from './timelineInBulk.js'
import { clientColumnTypes, clientFieldChanges, clientNameFields, updateClientsFromImport, type ClientRecordRow, type ClientUpdate } from './updateClientFromImport.js'

/** A row of an import as this needs it: the source id, the client number if given, the BSN's keyed hash if given. */
export interface ImportedClientKey {
  sourceId: string
  clientNumber: string | null
  bsnHash: string | null
}

interface NewClientRow {
  id: string
  clientNumber: string
  fields: ClientFields
  bsn: { hash: string; sealed: string } | null
  sourceId: string
}

const bsnTaken = (clientNumber: string) => conflict('bsn-taken', `A client with this BSN exists already (${clientNumber}).`)
const clientNumberTaken = (clientNumber: string) => conflict('client-number-taken', `Client number ${clientNumber} is in use already.`)

/**
 * The clients of one import batch from a leading system: who is known by their source id, and who
 * holds the batch's BSNs and client numbers. Clients are registered and changed here under the
 * same rules as `insertClient` and `updateClientFromImport` (a BSN and a client number belong to
 * one client; the same errors and timeline events), one row after the other in memory; `write`
 * stores them with two statements. The BSN is sealed only for what is written.
 */
export class ImportedClients {
  private readonly inserts: NewClientRow[] = []
  private readonly updates: ClientUpdate[] = []
  private readonly journal: (() => void)[] = []

  private constructor(
    private readonly secretBox: SecretBox,
    private readonly source: string,
    private readonly known: Map<string, ClientRecordRow>,
    private readonly bsnHolders: Map<string, { id: string; clientNumber: string }>,
    private readonly numberHolders: Map<string, string>,
    private readonly freeNumbers: string[],
    private readonly events: ClientEventLog,
  ) {}

  static async load(tx: Tx, secretBox: SecretBox, sourceSystem: string, keys: ImportedClientKey[], events: ClientEventLog): Promise<ImportedClients> {
    const sourceIds = keys.map((k) => k.sourceId)
    const known = sourceIds.length === 0 ? [] : await tx.selectFrom('clients').selectAll().where('source_system', '=', sourceSystem).where('source_id', 'in', sourceIds).execute()
    const bySource = new Map(known.map((c) => [c.source_id!, c]))
    // Who holds a BSN or client number matters only where it would be given to a client: a new
    // one, or a known one whose BSN or number differs (the same file again looks up nothing).
    const hashes = keys.flatMap((k) => (k.bsnHash === null || bySource.get(k.sourceId)?.bsn_hash === k.bsnHash ? [] : [k.bsnHash]))
    const numbers = keys.flatMap((k) => (k.clientNumber === null || bySource.get(k.sourceId)?.client_number === k.clientNumber ? [] : [k.clientNumber]))
    const holders =
      hashes.length + numbers.length === 0
        ? []
        : await tx
            .selectFrom('clients')
            .select(['id', 'client_number', 'bsn_hash'])
            .where((eb) => eb.or([eb('bsn_hash', '=', eb.fn.any(eb.val(hashes))), eb('client_number', '=', eb.fn.any(eb.val(numbers)))]))
            .execute()
    // Client numbers for the new clients that come without one, in one round trip: K0000001, …
    const needed = keys.filter((k) => !bySource.has(k.sourceId) && k.clientNumber === null).length
    const reserved = needed === 0 ? [] : (await sql<{ n: string }>`SELECT nextval('client_number_seq')::text AS n FROM generate_series(1, ${needed}::int)`.execute(tx)).rows
    return new ImportedClients(
      secretBox,
      sourceSystem,
      bySource,
      new Map(holders.flatMap((h) => (h.bsn_hash === null ? [] : [[h.bsn_hash, { id: h.id, clientNumber: h.client_number }] as const]))),
      new Map(holders.map((h) => [h.client_number, h.id])),
      reserved.map((r) => `K${r.n.padStart(7, '0')}`).reverse(),
      events,
    )
  }

  bySource(sourceId: string): ClientRecordRow | undefined {
    return this.known.get(sourceId)
  }

  /** The ids of the clients known before this batch. */
  knownIds(): string[] {
    return [...this.known.values()].map((c) => c.id)
  }

  mark(): number {
    return this.journal.length
  }

  undo(mark: number): void {
    while (this.journal.length > mark) this.journal.pop()!()
  }

  /** As `insertClient` does for an import: returns the new client's id. */
  register(fields: ClientFields, bsnHash: string | null, sourceId: string): { id: string; clientNumber: string } {
    if (bsnHash !== null) {
      const holder = this.bsnHolders.get(bsnHash)
      if (holder) throw bsnTaken(holder.clientNumber)
    }
    if (fields.clientNumber !== null && this.numberHolders.has(fields.clientNumber)) throw clientNumberTaken(fields.clientNumber)
    const clientNumber = fields.clientNumber ?? this.freeNumbers.pop()
    if (clientNumber === undefined) throw new Error('imported clients: no client number was reserved for this row')
    const row: NewClientRow = {
      id: crypto.randomUUID(),
      clientNumber,
      fields,
      bsn: fields.bsn === null || bsnHash === null ? null : { hash: bsnHash, sealed: this.secretBox.seal(fields.bsn) },
      sourceId,
    }
    this.inserts.push(row)
    this.journal.push(() => {
      this.inserts.pop()
      if (fields.clientNumber === null) this.freeNumbers.push(clientNumber)
    })
    this.events.add(row.id, 'client.created', { clientNumber, source: this.source })
    return { id: row.id, clientNumber }
  }

  /** As `updateClientFromImport`: only the given fields that differ change. Returns the changed fields. */
  update(current: ClientRecordRow, fields: Partial<ClientFields>, bsnHash: string | null): (keyof ClientFields)[] {
    const changed = clientFieldChanges(current, fields, bsnHash)
    if (changed.length === 0) return changed
    if (changed.includes('bsn') && fields.bsn && bsnHash !== null) {
      const holder = this.bsnHolders.get(bsnHash)
      if (holder && holder.id !== current.id) throw bsnTaken(holder.clientNumber)
    }
    if (changed.includes('clientNumber')) {
      const holder = this.numberHolders.get(fields.clientNumber!)
      if (holder !== undefined && holder !== current.id) throw clientNumberTaken(fields.clientNumber!)
    }
    const renamed = changed.some((field) => clientNameFields.has(field))
    this.updates.push({
      id: current.id,
      changed,
      fields,
      bsn: changed.includes('bsn') && fields.bsn && bsnHash !== null ? { hash: bsnHash, sealed: this.secretBox.seal(fields.bsn) } : null,
      searchName: renamed
        ? searchName({
            initials: fields.initials !== undefined ? fields.initials : current.initials,
            first_names: fields.firstNames ?? current.first_names,
            tussenvoegsel: fields.tussenvoegsel !== undefined ? fields.tussenvoegsel : current.tussenvoegsel,
            surname: fields.surname ?? current.surname,
          })
        : null,
    })
    this.journal.push(() => this.updates.pop())
    this.events.add(current.id, 'client.details-changed', { fields: changed, source: this.source })
    return changed
  }

  /** Stores the registered clients, then the changed ones. The timeline events are in the event log. */
  async write(tx: Tx, tenantId: string): Promise<void> {
    if (this.inserts.length > 0) {
      const rows = this.inserts.map((c) => ({
        id: c.id,
        client_number: c.clientNumber,
        source_id: c.sourceId,
        initials: c.fields.initials,
        first_names: c.fields.firstNames,
        tussenvoegsel: c.fields.tussenvoegsel,
        surname: c.fields.surname,
        date_of_birth: c.fields.dateOfBirth,
        bsn_sealed: c.bsn?.sealed ?? null,
        bsn_hash: c.bsn?.hash ?? null,
        street: c.fields.street,
        house_number: c.fields.houseNumber,
        postcode: c.fields.postcode,
        city: c.fields.city,
        phone: c.fields.phone,
        email: c.fields.email,
        preferred_language: c.fields.preferredLanguage,
        preferred_channel: c.fields.preferredChannel,
        intake_date: c.fields.intakeDate,
        search_name: searchName({ initials: c.fields.initials, first_names: c.fields.firstNames, tussenvoegsel: c.fields.tussenvoegsel, surname: c.fields.surname }),
      }))
      await sql`
        INSERT INTO clients (tenant_id, id, client_number, source_system, source_id, initials, first_names, tussenvoegsel, surname, date_of_birth,
          bsn_sealed, bsn_hash, street, house_number, postcode, city, phone, email, preferred_language, preferred_channel, intake_date, search_name)
        SELECT ${tenantId}::uuid, r.id, r.client_number, ${this.source}, r.source_id, r.initials, r.first_names, r.tussenvoegsel, r.surname, r.date_of_birth,
          r.bsn_sealed, r.bsn_hash, r.street, r.house_number, r.postcode, r.city, r.phone, r.email, r.preferred_language, r.preferred_channel, r.intake_date, r.search_name
        FROM ${jsonRecordset(rows, { ...clientColumnTypes, id: 'uuid', source_id: 'text', bsn_sealed: 'text', bsn_hash: 'text', search_name: 'text' })}`.execute(tx)
    }
    await updateClientsFromImport(tx, tenantId, this.updates)
    this.inserts.length = 0
    this.updates.length = 0
    this.journal.length = 0
  }
}
