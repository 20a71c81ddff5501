import type { ColumnType, Generated } from 'kysely'

/** Row types of the self-service tables (migration 0012). The new columns of users and attendance_schedules are in schema.ts. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
/** A calendar date as 'YYYY-MM-DD'. */
type CalendarDate = string

export interface StaffPhotosTable {
  tenant_id: string
  user_id: string
  media_type: 'image/jpeg' | 'image/png' | 'image/webp'
  data: Buffer
  updated_at: Timestamp
}

export interface SickReportsTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  first_day: CalendarDate
  reported_at: Timestamp
  recovered_on: CalendarDate | null
  recovered_at: NullableTimestamp
}

export type LeaveRequestStatus = 'requested' | 'approved' | 'declined'

export interface LeaveRequestsTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  first_day: CalendarDate
  last_day: CalendarDate
  reason: string | null
  status: Generated<LeaveRequestStatus>
  requested_at: Timestamp
  decided_by: string | null
  decided_at: NullableTimestamp
  decision_note: string | null
}

export interface SelfServiceTables {
  staff_photos: StaffPhotosTable
  sick_reports: SickReportsTable
  leave_requests: LeaveRequestsTable
}
