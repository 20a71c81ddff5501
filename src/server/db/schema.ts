import type { ColumnType, Generated } from 'kysely'

/** Row types of the tables, as Kysely sees them. Keep in step with db/migrations. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>

export interface TenantsTable {
  id: Generated<string>
  slug: string
  name: string
  is_demo: Generated<boolean>
  primary_color: Generated<string>
  accent_color: Generated<string>
  logo: Buffer | null
  logo_media_type: string | null
  created_at: Timestamp
  updated_at: Timestamp
}

export interface TeamsTable {
  tenant_id: string
  id: Generated<string>
  name: string
  created_at: Timestamp
}

export interface UsersTable {
  tenant_id: string
  id: Generated<string>
  username: string
  display_name: string
  email: string | null
  password_hash: string
  active: Generated<boolean>
  totp_secret: string | null
  totp_last_step: ColumnType<string | null, number | null | undefined, number | null>
  failed_attempts: Generated<number>
  locked_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  last_sign_in_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  created_at: Timestamp
  updated_at: Timestamp
}

export type Role = 'coach' | 'editor' | 'account_manager' | 'manager' | 'admin'

export interface UserRolesTable {
  tenant_id: string
  user_id: string
  role: Role
}

export interface TeamMembersTable {
  tenant_id: string
  team_id: string
  user_id: string
  is_lead: Generated<boolean>
}

export interface RecoveryCodesTable {
  tenant_id: string
  user_id: string
  code_hash: string
  used_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
}

export type SessionStage = 'second-factor' | 'enrolment' | 'active'

export interface SessionsTable {
  tenant_id: string
  id: Generated<string>
  token_hash: string
  user_id: string
  stage: SessionStage
  csrf_token: string
  pending_totp_secret: string | null
  created_at: Timestamp
  last_seen_at: Timestamp
  idle_expires_at: ColumnType<Date, Date | string, Date | string>
  absolute_expires_at: ColumnType<Date, Date | string, Date | string>
}

export interface AuditEventsTable {
  tenant_id: string
  id: Generated<string>
  trace_id: string
  span_id: string
  occurred_at: Timestamp
  actor_type: 'user' | 'client' | 'system' | 'anonymous'
  actor_id: string | null
  data_subject_type: string | null
  data_subject_id: string | null
  processing_activity: string
  action: string
  outcome: 'success' | 'failure'
  attributes: ColumnType<Record<string, unknown>, string | undefined, never>
}

export interface DB {
  tenants: TenantsTable
  teams: TeamsTable
  users: UsersTable
  user_roles: UserRolesTable
  team_members: TeamMembersTable
  recovery_codes: RecoveryCodesTable
  sessions: SessionsTable
  audit_events: AuditEventsTable
}
