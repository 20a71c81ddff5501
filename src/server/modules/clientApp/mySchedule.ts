import type { DayStatus, MySchedule } from '../../../common/api/selfService.js'
import type { Tx } from '../../db/database.js'
import { addDays, scheduledDays } from '../attendance/scheduledDays.js'

/** "Waar moet ik zijn?" looks this many days ahead of today. */
export const scheduleDaysAhead = 14
const appointmentLimit = 10

/**
 * Today and the coming two weeks: each scheduled day with where, when and what it asks of the
 * client, and what holds for the day — what the register says, else an open sick report or
 * leave (approved, or asked for) — and the coming interventions of the plan as appointments.
 */
export async function loadMySchedule(tx: Tx, clientId: string, today: string): Promise<MySchedule> {
  const to = addDays(today, scheduleDaysAhead)
  const days = await scheduledDays(tx, clientId, today, to)
  const sick = await tx.selectFrom('sick_reports').select('first_day').where('client_id', '=', clientId).where('recovered_on', 'is', null).executeTakeFirst()
  const leave = await tx
    .selectFrom('leave_requests')
    .select(['first_day', 'last_day', 'status'])
    .where('client_id', '=', clientId)
    .where('status', 'in', ['requested', 'approved'])
    .where('last_day', '>=', today)
    .where('first_day', '<=', to)
    .execute()
  const statusOn = (day: string, recorded: DayStatus | null): DayStatus | null => {
    if (recorded !== null) return recorded
    if (sick && sick.first_day <= day) return 'sick'
    const covering = leave.filter((l) => l.first_day <= day && l.last_day >= day)
    if (covering.some((l) => l.status === 'approved')) return 'leave'
    if (covering.length > 0) return 'leave-requested'
    return null
  }
  const appointments = await tx
    .selectFrom('client_interventions as i')
    .innerJoin('intervention_types as t', (j) => j.onRef('t.tenant_id', '=', 'i.tenant_id').onRef('t.code', '=', 'i.type_code'))
    .select(['i.id', 'i.start_date', 'i.status', 't.label_nl', 't.label_en'])
    .where('i.client_id', '=', clientId)
    .where('i.status', 'in', ['planned', 'active'])
    .where('i.start_date', '>=', today)
    .orderBy('i.start_date')
    .limit(appointmentLimit)
    .execute()
  return {
    from: today,
    to,
    days: days.map(({ day, schedule, status }) => ({
      day,
      location: schedule.location,
      address: schedule.address,
      startsAt: schedule.starts_at.slice(0, 5),
      endsAt: schedule.ends_at.slice(0, 5),
      activity: schedule.activity,
      whatToBring: schedule.what_to_bring,
      whatToWear: schedule.what_to_wear,
      status: statusOn(day, status),
    })),
    appointments: appointments.map((a) => ({ id: a.id, day: a.start_date, labelNl: a.label_nl, labelEn: a.label_en, status: a.status as 'planned' | 'active' })),
    sick: sick !== undefined,
  }
}
