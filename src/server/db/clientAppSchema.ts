import type { ColumnType, Generated } from 'kysely'

/** Row types of the client app's tables (migration 0010). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>

export interface ClientSignInCodesTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  channel: 'sms' | 'email'
  address_hash: string
  code_hash: string
  send_id: string
  attempts: Generated<number>
  created_at: Timestamp
  expires_at: Timestamp
  used_at: NullableTimestamp
  voided_at: NullableTimestamp
}

export interface ClientSignInRequestsTable {
  tenant_id: string
  id: Generated<string>
  address_hash: string
  ip_hash: string
  requested_at: Timestamp
}

export interface ClientAppSessionsTable {
  tenant_id: string
  device_id: string
  token_hash: string
  csrf_token: string
  created_at: Timestamp
}

export interface ClientAppTables {
  client_sign_in_codes: ClientSignInCodesTable
  client_sign_in_requests: ClientSignInRequestsTable
  client_app_sessions: ClientAppSessionsTable
}
