import type { ColumnType, Generated } from 'kysely'

/** Row types of what clients add to their own record (migration 0013). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>

/** Contact details a client proposes, normalised; only the fields they changed. */
export interface ProposedContact {
  phone?: string
  email?: string
  street?: string
  houseNumber?: string
  postcode?: string
  city?: string
}

export interface ClientAdditionsTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  kind: 'addition' | 'correction'
  body: string | null
  proposed: ColumnType<ProposedContact | null, string | null, string | null>
  state: 'added' | 'proposed' | 'accepted' | 'rejected'
  created_at: Timestamp
  decided_by: string | null
  decided_at: NullableTimestamp
  decision_note: string | null
}

export interface ClientAdditionsTables {
  client_additions: ClientAdditionsTable
}
