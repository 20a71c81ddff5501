import type { Tx } from '../../db/database.js'
import { badRequest, notFound } from '../../http/problem.js'
import { addClientEvent } from '../clients/timeline.js'

/** What the client needs to know about a scheduled day; null or blank clears a detail. */
export interface ScheduleDetails {
  address?: string | null
  activity?: string | null
  whatToBring?: string | null
  whatToWear?: string | null
}

export interface NewSchedule extends ScheduleDetails {
  location: string
  weekdays: number[]
  startsAt: string
  endsAt: string
  validFrom: string
  validTo?: string
}

const detailText = (value: string | null | undefined) => (value == null || value.trim() === '' ? null : value.trim())

/** The details as columns and as they go on the timeline (the staff page shows them from there). */
function detailColumns(input: ScheduleDetails) {
  const details = { address: detailText(input.address), activity: detailText(input.activity), whatToBring: detailText(input.whatToBring), whatToWear: detailText(input.whatToWear) }
  return { details, columns: { address: details.address, activity: details.activity, what_to_bring: details.whatToBring, what_to_wear: details.whatToWear } }
}

export async function addSchedule(tx: Tx, tenantId: string, actorId: string, clientId: string, input: NewSchedule): Promise<string> {
  if (input.endsAt <= input.startsAt) throw badRequest('end-before-start', 'The day ends before it starts.', [{ field: 'endsAt', message: 'lies before startsAt' }])
  if (input.validTo !== undefined && input.validTo < input.validFrom) {
    throw badRequest('end-before-start', 'The schedule ends before it starts.', [{ field: 'validTo', message: 'lies before validFrom' }])
  }
  const { details, columns } = detailColumns(input)
  const row = await tx
    .insertInto('attendance_schedules')
    .values({
      ...columns,
      tenant_id: tenantId,
      client_id: clientId,
      location: input.location.trim(),
      weekdays: [...new Set(input.weekdays)].sort(),
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      valid_from: input.validFrom,
      valid_to: input.validTo ?? null,
      recorded_by: actorId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await addClientEvent(tx, tenantId, clientId, actorId, 'attendance.scheduled', { scheduleId: row.id, location: input.location.trim(), weekdays: input.weekdays, ...details })
  return row.id
}

export async function endSchedule(tx: Tx, tenantId: string, actorId: string, clientId: string, scheduleId: string, validTo: string): Promise<void> {
  const schedule = await tx.selectFrom('attendance_schedules').select(['valid_from']).where('id', '=', scheduleId).where('client_id', '=', clientId).executeTakeFirst()
  if (!schedule) throw notFound('No such schedule of this client.')
  if (validTo < schedule.valid_from) throw badRequest('end-before-start', 'The schedule ends before it starts.', [{ field: 'validTo', message: 'lies before the start' }])
  await tx.updateTable('attendance_schedules').set({ valid_to: validTo }).where('id', '=', scheduleId).execute()
  await addClientEvent(tx, tenantId, clientId, actorId, 'attendance.schedule-ended', { scheduleId, validTo })
}

/** Changes what the client needs to know about a schedule; details left out stay as they are. */
export async function changeScheduleDetails(tx: Tx, tenantId: string, actorId: string, clientId: string, scheduleId: string, change: ScheduleDetails): Promise<void> {
  const schedule = await tx.selectFrom('attendance_schedules').select(['address', 'activity', 'what_to_bring', 'what_to_wear']).where('id', '=', scheduleId).where('client_id', '=', clientId).executeTakeFirst()
  if (!schedule) throw notFound('No such schedule of this client.')
  const { details, columns } = detailColumns({
    address: change.address === undefined ? schedule.address : change.address,
    activity: change.activity === undefined ? schedule.activity : change.activity,
    whatToBring: change.whatToBring === undefined ? schedule.what_to_bring : change.whatToBring,
    whatToWear: change.whatToWear === undefined ? schedule.what_to_wear : change.whatToWear,
  })
  await tx.updateTable('attendance_schedules').set(columns).where('id', '=', scheduleId).execute()
  await addClientEvent(tx, tenantId, clientId, actorId, 'attendance.schedule-changed', { scheduleId, ...details })
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date. */
export function isoWeekday(day: string): number {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay()
  return weekday === 0 ? 7 : weekday
}

/** The schedule that expects the client on that day, if any. */
export async function scheduleOn(tx: Tx, clientId: string, day: string) {
  const schedules = await tx
    .selectFrom('attendance_schedules')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('valid_from', '<=', day)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', day)]))
    .execute()
  return schedules.find((s) => s.weekdays.includes(isoWeekday(day))) ?? null
}
