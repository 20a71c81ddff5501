import type { Selectable } from 'kysely'
import type { Tx } from '../../db/database.js'
import type { AttendanceSchedulesTable, AttendanceStatus } from '../../db/schema.js'
import { isoWeekday } from './schedules.js'

export type Schedule = Selectable<AttendanceSchedulesTable>

/** A calendar date (YYYY-MM-DD) some days later (or earlier, for a negative count). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** Days from the first to the second date: 0 for the same day. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000)
}

/** The client's schedules that run on some day from `from` to `to`. */
export function schedulesBetween(tx: Tx, clientId: string, from: string, to: string): Promise<Schedule[]> {
  return tx
    .selectFrom('attendance_schedules')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('valid_from', '<=', to)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', from)]))
    .orderBy('valid_from')
    .execute()
}

/** The days from `from` to `to` (both included) on which one of the schedules expects the client. */
export function daysOfSchedules(schedules: readonly Schedule[], from: string, to: string): { day: string; schedule: Schedule }[] {
  const days: { day: string; schedule: Schedule }[] = []
  if (schedules.length === 0) return days
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const weekday = isoWeekday(day)
    const schedule = schedules.find((s) => s.valid_from <= day && (s.valid_to === null || s.valid_to >= day) && s.weekdays.includes(weekday))
    if (schedule) days.push({ day, schedule })
  }
  return days
}

/**
 * The days from `from` to `to` (both included) on which a schedule expects the client, each with
 * that schedule and what the register holds for the day.
 */
export async function scheduledDays(tx: Tx, clientId: string, from: string, to: string): Promise<{ day: string; schedule: Schedule; status: AttendanceStatus | null }[]> {
  const days = daysOfSchedules(await schedulesBetween(tx, clientId, from, to), from, to)
  if (days.length === 0) return []
  const records = await tx
    .selectFrom('attendance_records')
    .select(['day', 'status'])
    .where('client_id', '=', clientId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .where('superseded_at', 'is', null)
    .execute()
  const recorded = new Map(records.map((r) => [r.day, r.status]))
  return days.map((d) => ({ ...d, status: recorded.get(d.day) ?? null }))
}

/**
 * Records approved leave on the scheduled days of a period: days with nothing in the register,
 * and days registered as absent without notice (the leave request was the notice). Days already
 * registered otherwise keep what was registered. Each entry names the leave request, so that
 * withdrawing it takes back these entries only. Returns the days recorded as leave.
 */
export async function recordLeaveDays(tx: Tx, tenantId: string, actorId: string, clientId: string, leaveRequestId: string, firstDay: string, lastDay: string): Promise<string[]> {
  const days = (await scheduledDays(tx, clientId, firstDay, lastDay)).filter((d) => d.status === null || d.status === 'absent_without_notice')
  if (days.length === 0) return []
  const now = new Date()
  await tx
    .updateTable('attendance_records')
    .set({ superseded_at: now })
    .where('client_id', '=', clientId)
    .where('day', 'in', days.map((d) => d.day))
    .where('superseded_at', 'is', null)
    .execute()
  await tx
    .insertInto('attendance_records')
    .values(
      days.map((d) => ({ tenant_id: tenantId, client_id: clientId, schedule_id: d.schedule.id, day: d.day, status: 'leave' as const, source: 'register' as const, recorded_by: actorId, leave_request_id: leaveRequestId })),
    )
    .execute()
  return days.map((d) => d.day)
}

/**
 * Takes back the leave that recordLeaveDays recorded for a request, on the days after `today`:
 * those entries that are still current are superseded (the history keeps them), so the day has
 * nothing registered again. A day corrected since keeps the correction.
 * Returns the days taken back.
 */
export async function withdrawLeaveDays(tx: Tx, clientId: string, leaveRequestId: string, today: string): Promise<string[]> {
  const rows = await tx
    .updateTable('attendance_records')
    .set({ superseded_at: new Date() })
    .where('client_id', '=', clientId)
    .where('leave_request_id', '=', leaveRequestId)
    .where('day', '>', today)
    .where('superseded_at', 'is', null)
    .returning('day')
    .execute()
  return rows.map((r) => r.day).sort()
}
