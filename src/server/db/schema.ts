import type { ColumnType, Generated } from 'kysely'
import type { AppLanguagesTables } from './appLanguagesSchema.js'
import type { AudienceTables } from './audienceSchema.js'
import type { ChatTables } from './chatSchema.js'
import type { ClientAdditionsTables } from './clientAdditionsSchema.js'
import type { ClientAppTables } from './clientAppSchema.js'
import type { MessagingTables } from './messagingSchema.js'
import type { SelfServiceTables } from './selfServiceSchema.js'

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
  /** The contact card a client sees (migration 0012): a phone number (E.164) and when to reach them. */
  contact_phone: Generated<string | null>
  availability: Generated<string | null>
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

export interface DB extends ClientTables, ImportTables, CaseloadTables, MessagingTables, AudienceTables, ClientAppTables, ChatTables, SelfServiceTables, ClientAdditionsTables, AppLanguagesTables {
  tenants: TenantsTable
  teams: TeamsTable
  users: UsersTable
  user_roles: UserRolesTable
  team_members: TeamMembersTable
  recovery_codes: RecoveryCodesTable
  sessions: SessionsTable
  audit_events: AuditEventsTable
}

// --- Client insight -------------------------------------------------------------------------

/** A calendar date as 'YYYY-MM-DD'. */
type CalendarDate = string
type Json<T> = ColumnType<T, string, string>
type Stamp = ColumnType<Date, Date | string | undefined, Date | string>
type MaybeStamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>

export interface LabelledOption {
  value: string
  labelNl: string
  labelEn: string
}
export interface ScaleLevel {
  value: number
  labelNl: string
  labelEn: string
}

export interface StatusTypesTable {
  tenant_id: string
  code: string
  kind: 'benefit' | 'exemption' | 'employment' | 'secondment' | 'work_experience' | 'other'
  label_nl: string
  label_en: string
  regimes: Generated<string[]>
  active: Generated<boolean>
  sort: Generated<number>
}

export interface ProfileCriteriaTable {
  tenant_id: string
  code: string
  label_nl: string
  label_en: string
  value_type: 'text' | 'number' | 'boolean' | 'date' | 'choice' | 'multi_choice'
  options: Json<LabelledOption[]>
  visible_to: Generated<string[]>
  active: Generated<boolean>
  sort: Generated<number>
}

export interface SegmentScalesTable {
  tenant_id: string
  code: string
  label_nl: string
  label_en: string
  levels: Json<ScaleLevel[]>
  sort: Generated<number>
}

export interface CompetencesTable {
  tenant_id: string
  code: string
  label_nl: string
  label_en: string
  sort: Generated<number>
}

export interface InterventionTypesTable {
  tenant_id: string
  code: string
  label_nl: string
  label_en: string
  category: Generated<string>
  active: Generated<boolean>
}

export interface ClientsTable {
  tenant_id: string
  id: Generated<string>
  client_number: string
  source_system: string | null
  source_id: string | null
  initials: string | null
  first_names: string
  tussenvoegsel: string | null
  surname: string
  date_of_birth: CalendarDate | null
  bsn_sealed: string | null
  bsn_hash: string | null
  street: string | null
  house_number: string | null
  postcode: string | null
  city: string | null
  phone: string | null
  email: string | null
  preferred_language: Generated<string>
  preferred_channel: Generated<'app' | 'sms' | 'email' | 'letter'>
  intake_date: CalendarDate | null
  outflow_date: CalendarDate | null
  outflow_reason: string | null
  search_name: string
  created_at: Stamp
  updated_at: Stamp
}

export interface ClientAssignmentsTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  team_id: string | null
  coach_id: string | null
  valid_from: Stamp
  valid_to: MaybeStamp
  recorded_by: string | null
  reason: string | null
}

export interface ClientStatusesTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  status_code: string
  valid_from: CalendarDate
  valid_to: CalendarDate | null
  planned_end: CalendarDate | null
  regime: string | null
  organisation: string | null
  note: string | null
  source_system: string | null
  source_id: string | null
  recorded_by: string | null
  recorded_at: Stamp
}

export interface ClientSegmentScoresTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  scale_code: string
  value: number
  assessed_on: CalendarDate
  recorded_by: string | null
  recorded_at: Stamp
}

export interface ClientCompetenceScoresTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  competence_code: string
  score: number
  assessed_on: CalendarDate
  recorded_by: string | null
  recorded_at: Stamp
}

export interface ClientDiagnosesTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  assessed_on: CalendarDate
  source: Generated<string>
  skills: Generated<string[]>
  living_situation: Json<Record<string, string>>
  summary: string | null
  recorded_by: string | null
  recorded_at: Stamp
}

export type ProfileValue = string | number | boolean | string[]

export interface ClientProfileValuesTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  criterion_code: string
  value: Json<ProfileValue>
  valid_from: Stamp
  valid_to: MaybeStamp
  source: Generated<'coach' | 'client' | 'import'>
  recorded_by: string | null
}

export interface ClientInterventionsTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  type_code: string
  status: 'planned' | 'active' | 'completed' | 'cancelled'
  start_date: CalendarDate
  end_date: CalendarDate | null
  outcome: 'successful' | 'partly_successful' | 'not_successful' | 'stopped' | null
  outcome_note: string | null
  source_system: string | null
  source_id: string | null
  registered_by: string | null
  registered_at: Stamp
}

export interface ClientPlansTable {
  tenant_id: string
  client_id: string
  agreed_on: CalendarDate | null
  review_on: CalendarDate | null
  updated_by: string | null
  updated_at: Stamp
}

export interface PlanGoalsTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  description: string
  target_date: CalendarDate | null
  status: Generated<'open' | 'achieved' | 'dropped'>
  created_by: string | null
  created_at: Stamp
  closed_at: MaybeStamp
}

export interface PlanStepsTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  goal_id: string | null
  description: string
  responsible: Generated<'client' | 'coach' | 'other'>
  due_date: CalendarDate | null
  intervention_id: string | null
  status: Generated<'open' | 'done' | 'dropped'>
  created_by: string | null
  created_at: Stamp
  closed_at: MaybeStamp
}

export interface ClientNotesTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  body: string
  author_id: string | null
  created_at: Stamp
}

export interface ClientEventsTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  occurred_at: Stamp
  kind: string
  actor_id: string | null
  data: Json<Record<string, unknown>>
}

export interface ClientAccessGrantsTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  user_id: string
  reason: string
  granted_at: Stamp
  expires_at: ColumnType<Date, Date | string, Date | string>
}

export interface StaffNotificationsTable {
  tenant_id: string
  id: Generated<string>
  user_id: string
  kind: string
  data: Json<Record<string, unknown>>
  created_at: Stamp
  read_at: MaybeStamp
}

export interface ClientTables {
  status_types: StatusTypesTable
  profile_criteria: ProfileCriteriaTable
  segment_scales: SegmentScalesTable
  competences: CompetencesTable
  intervention_types: InterventionTypesTable
  clients: ClientsTable
  client_assignments: ClientAssignmentsTable
  client_statuses: ClientStatusesTable
  client_segment_scores: ClientSegmentScoresTable
  client_competence_scores: ClientCompetenceScoresTable
  client_diagnoses: ClientDiagnosesTable
  client_profile_values: ClientProfileValuesTable
  client_interventions: ClientInterventionsTable
  client_plans: ClientPlansTable
  plan_goals: PlanGoalsTable
  plan_steps: PlanStepsTable
  client_notes: ClientNotesTable
  client_events: ClientEventsTable
  client_access_grants: ClientAccessGrantsTable
  staff_notifications: StaffNotificationsTable
}

// --- Imports --------------------------------------------------------------------------------

export type ImportKind = 'clients' | 'statuses' | 'interventions' | 'assignments' | 'attendance'
export type ImportOutcome = 'created' | 'changed' | 'unchanged' | 'rejected'
export type ImportRunStatus = 'queued' | 'running' | 'done' | 'failed'

export interface ImportMappingsTable {
  tenant_id: string
  id: Generated<string>
  name: string
  kind: ImportKind
  source_system: string
  columns: Json<{ field: string; column: string }[]>
  options: Json<Record<string, unknown>>
  created_by: string | null
  created_at: Stamp
  updated_at: Stamp
}

export interface ImportRunsTable {
  tenant_id: string
  id: Generated<string>
  kind: ImportKind
  mapping_id: string | null
  mapping_name: string
  mapping: Json<Record<string, unknown>>
  source_system: string
  dry_run: boolean
  origin: 'api' | 'folder' | 'cli'
  status: Generated<ImportRunStatus>
  file_name: string
  file_size: number
  file_sha256: string
  format: 'csv' | 'xlsx'
  encoding: string | null
  delimiter: string | null
  total_rows: number
  batch_size: number
  next_row: Generated<number>
  created_count: Generated<number>
  changed_count: Generated<number>
  unchanged_count: Generated<number>
  rejected_count: Generated<number>
  failure: string | null
  requested_by: string | null
  trace_id: string
  created_at: Stamp
  started_at: MaybeStamp
  finished_at: MaybeStamp
}

export interface ImportFilesTable {
  tenant_id: string
  run_id: string
  content: Buffer
}

export interface ImportRunRowsTable {
  tenant_id: string
  run_id: string
  row_number: number
  source_id: string | null
  outcome: ImportOutcome
  client_id: string | null
  changed_fields: Generated<string[]>
  errors: Json<{ field: string; column: string | null; message: string }[]>
}

export interface ImportTables {
  import_mappings: ImportMappingsTable
  import_runs: ImportRunsTable
  import_files: ImportFilesTable
  import_run_rows: ImportRunRowsTable
}

// --- Caseload overview ------------------------------------------------------------------------

export interface SignalSettingsTable {
  tenant_id: string
  signal_code: string
  enabled: Generated<boolean>
  threshold: number | null
  updated_by: string | null
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>
}

export interface ClientSignalsTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  signal_code: string
  raised_at: ColumnType<Date, Date | string | undefined, Date | string>
  ended_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  end_reason: 'resolved' | 'snoozed' | 'disabled' | null
  snoozed_until: string | null
  snooze_reason: string | null
  ended_by: string | null
}

export type AttendanceStatus = 'present' | 'sick' | 'leave' | 'absent_with_notice' | 'absent_without_notice'

export interface AttendanceSchedulesTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  location: string
  weekdays: number[]
  starts_at: string
  ends_at: string
  valid_from: string
  valid_to: string | null
  recorded_by: string | null
  recorded_at: ColumnType<Date, Date | string | undefined, Date | string>
  /** What the client needs to know about the day (migration 0012). */
  address: Generated<string | null>
  activity: Generated<string | null>
  what_to_bring: Generated<string | null>
  what_to_wear: Generated<string | null>
}

export interface AttendanceRecordsTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  schedule_id: string
  day: string
  status: AttendanceStatus
  checked_in_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  checked_out_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  note: string | null
  source: Generated<'register' | 'check-in' | 'client' | 'import'>
  recorded_by: string | null
  recorded_at: ColumnType<Date, Date | string | undefined, Date | string>
  superseded_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  /** The approved leave request that wrote this leave day (migration 0016). */
  leave_request_id: ColumnType<string | null, string | null | undefined, string | null>
}

export interface ClientContactsTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  contacted_at: ColumnType<Date, Date | string, Date | string>
  channel: 'conversation' | 'phone' | 'video' | 'home_visit' | 'email' | 'sms' | 'chat' | 'letter'
  summary: string | null
  recorded_by: string | null
  recorded_at: ColumnType<Date, Date | string | undefined, Date | string>
}

export interface CaseloadViewsTable {
  tenant_id: string
  id: Generated<string>
  user_id: string
  name: string
  filters: ColumnType<Record<string, unknown>, string, string>
  created_at: ColumnType<Date, Date | string | undefined, Date | string>
}

/** One row per client: what the caseload shows and filters on besides its signals, kept with the data that changes it. */
export interface ClientCaseloadSummaryTable {
  tenant_id: string
  client_id: string
  coach_id: string | null
  team_id: string | null
  client_number: string
  sort_name: string
  sort_key: string
  intake_date: CalendarDate | null
  outflow_date: CalendarDate | null
  last_contact_at: ColumnType<Date | null, Date | string | null, Date | string | null>
  statuses: ColumnType<{ statusCode: string; regime: string | null }[], string, string>
  next_status_from: CalendarDate | null
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>
}

export interface CaseloadTables {
  client_caseload_summary: ClientCaseloadSummaryTable
  signal_settings: SignalSettingsTable
  client_signals: ClientSignalsTable
  attendance_schedules: AttendanceSchedulesTable
  attendance_records: AttendanceRecordsTable
  client_contacts: ClientContactsTable
  caseload_views: CaseloadViewsTable
}
