import type { ColumnType, Generated } from 'kysely'

/**
 * Row types of the self-service tables (migrations 0012 and 0016). The new columns of users,
 * attendance_schedules and attendance_records are in schema.ts.
 */
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

export type LeaveRequestStatus = 'requested' | 'approved' | 'declined' | 'withdrawn'

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
  /** When the client withdrew it (status 'withdrawn'); the decision before it, if any, stays. */
  withdrawn_at: NullableTimestamp
}

export interface SelfServiceTables {
  staff_photos: StaffPhotosTable
  sick_reports: SickReportsTable
  leave_requests: LeaveRequestsTable
}
