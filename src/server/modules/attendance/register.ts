import { sql } from 'kysely'
import type { Tx } from '../../db/database.js'
import type { AttendanceStatus } from '../../db/schema.js'
import type { StaffActor } from '../../http/context.js'
import { badRequest } from '../../http/problem.js'
import { addClientEvent } from '../clients/timeline.js'
import { sortName } from '../clients/names.js'
import { isoWeekday, scheduleOn } from './schedules.js'

export interface RegisterEntry {
  status: AttendanceStatus
  checkedInAt?: string | null
  checkedOutAt?: string | null
  note?: string | null
}

/**
 * Records how a client attended on a scheduled day. A correction supersedes the earlier entry,
 * which stays in the history. A day outside the client's schedule is refused.
 */
export async function recordAttendance(
  tx: Tx,
  tenantId: string,
  actorId: string | null,
  clientId: string,
  day: string,
  entry: RegisterEntry,
  source: 'register' | 'check-in' | 'client' | 'import' = 'register',
): Promise<void> {
  const schedule = await scheduleOn(tx, clientId, day)
  if (!schedule) throw badRequest('not-scheduled', `The client is not scheduled on ${day}.`, [{ field: 'day', message: 'is not a scheduled day of this client' }])
  if (entry.checkedInAt && entry.checkedOutAt && entry.checkedOutAt < entry.checkedInAt) {
    throw badRequest('end-before-start', 'Checked out before checking in.', [{ field: 'checkedOutAt', message: 'lies before checkedInAt' }])
  }
  const now = new Date()
  await tx
    .updateTable('attendance_records')
    .set({ superseded_at: now })
    .where('client_id', '=', clientId)
    .where('day', '=', day)
    .where('superseded_at', 'is', null)
    .execute()
  await tx
    .insertInto('attendance_records')
    .values({
      tenant_id: tenantId,
      client_id: clientId,
      schedule_id: schedule.id,
      day,
      status: entry.status,
      checked_in_at: entry.checkedInAt ?? null,
      checked_out_at: entry.checkedOutAt ?? null,
      note: entry.note ?? null,
      source,
      recorded_by: actorId,
    })
    .execute()
  await addClientEvent(tx, tenantId, clientId, actorId, 'attendance.recorded', { day, status: entry.status, source })
}

export interface RegisterRow {
  clientId: string
  clientNumber: string
  sortName: string
  location: string
  startsAt: string
  endsAt: string
  status: AttendanceStatus | null
  checkedInAt: string | null
  checkedOutAt: string | null
  note: string | null
}

/** Who is expected on a day (optionally at one location), within the actor's scope, with what was recorded. */
export async function registerForDay(tx: Tx, actor: StaffActor, day: string, location?: string): Promise<RegisterRow[]> {
  const wide = actor.roles.includes('manager')
  const teamIds = actor.teamIds.length > 0 ? actor.teamIds : ['00000000-0000-0000-0000-000000000000']
  const rows = await tx
    .selectFrom('attendance_schedules as s')
    .innerJoin('clients as c', (j) => j.onRef('c.tenant_id', '=', 's.tenant_id').onRef('c.id', '=', 's.client_id'))
    .leftJoin('client_assignments as a', (j) => j.onRef('a.tenant_id', '=', 'c.tenant_id').onRef('a.client_id', '=', 'c.id').on('a.valid_to', 'is', null))
    .leftJoin('attendance_records as r', (j) =>
      j.onRef('r.tenant_id', '=', 's.tenant_id').onRef('r.client_id', '=', 's.client_id').on('r.day', '=', day).on('r.superseded_at', 'is', null),
    )
    .select(['c.id', 'c.client_number', 'c.initials', 'c.first_names', 'c.tussenvoegsel', 'c.surname', 's.location', 's.starts_at', 's.ends_at', 'r.status', 'r.checked_in_at', 'r.checked_out_at', 'r.note'])
    .where('s.valid_from', '<=', day)
    .where((eb) => eb.or([eb('s.valid_to', 'is', null), eb('s.valid_to', '>=', day)]))
    .where(sql<boolean>`${isoWeekday(day)}::smallint = ANY(s.weekdays)`)
    .$if(location !== undefined, (q) => q.where('s.location', '=', location!))
    .$if(!wide, (q) => q.where((eb) => eb.or([eb('a.coach_id', '=', actor.userId), eb('a.team_id', 'in', teamIds)])))
    .execute()
  return rows
    .map((r) => ({
      clientId: r.id,
      clientNumber: r.client_number,
      sortName: sortName({ initials: r.initials, first_names: r.first_names, tussenvoegsel: r.tussenvoegsel, surname: r.surname }),
      location: r.location,
      startsAt: r.starts_at.slice(0, 5),
      endsAt: r.ends_at.slice(0, 5),
      status: r.status,
      checkedInAt: r.checked_in_at?.toISOString() ?? null,
      checkedOutAt: r.checked_out_at?.toISOString() ?? null,
      note: r.note,
    }))
    .sort((a, b) => a.location.localeCompare(b.location, 'nl') || a.sortName.localeCompare(b.sortName, 'nl'))
}
