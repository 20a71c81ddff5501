import crypto from 'node:crypto'
import { sql } from 'kysely'
import type { Tx } from '../../db/database.js'
import type { AttendanceStatus } from '../../db/schema.js'
import { badRequest } from '../../http/problem.js'
import { isoWeekday } from '../attendance/schedules.js'
import { jsonRecordset } from '../clients/jsonRecordset.js'
import type { ClientEventLog } from '../clients/timelineInBulk.js'

interface Schedule {
  id: string
  location: string
  weekdays: number[]
  validFrom: string
  validTo: string | null
}

/** The entry that counts for a client and day. */
export interface CurrentEntry {
  id: string
  status: AttendanceStatus
  note: string | null
  location: string
}

interface NewEntry extends CurrentEntry {
  clientId: string
  scheduleId: string
  day: string
  supersededAt: Date | null
}

const dayKey = (clientId: string, day: string) => `${clientId}\u0000${day}`
const sameLocation = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/**
 * The attendance register of an import batch's clients and days, in memory: entries are recorded
 * here under the same rules as `recordAttendance` (only on a day in the client's schedule; a
 * correction supersedes the earlier entry, which stays in the history; the same errors and
 * timeline event), one after the other; `write` stores them with two statements. The entries that
 * count are loaded locked, as a correction changes them.
 */
export class AttendanceBook {
  private readonly superseded: string[] = []
  private readonly added: NewEntry[] = []
  private readonly journal: (() => void)[] = []
  private readonly now = new Date()

  private constructor(
    private readonly schedules: Map<string, Schedule[]>,
    private readonly current: Map<string, CurrentEntry & { fresh?: NewEntry }>,
    private readonly events: ClientEventLog,
  ) {}

  static async load(tx: Tx, events: ClientEventLog, scope: { clientIds: string[]; days: string[] }): Promise<AttendanceBook> {
    const clientIds = [...new Set(scope.clientIds)]
    const days = [...new Set(scope.days)]
    if (clientIds.length === 0) return new AttendanceBook(new Map(), new Map(), events)
    const schedules = await tx
      .selectFrom('attendance_schedules')
      .select(['id', 'client_id', 'location', 'weekdays', 'valid_from', 'valid_to'])
      .where('client_id', '=', sql<string>`ANY(${clientIds}::uuid[])`)
      .execute()
    const entries = await sql<{ id: string; client_id: string; day: string; status: AttendanceStatus; note: string | null; location: string }>`
      SELECT r.id, r.client_id, r.day, r.status, r.note, s.location
      FROM attendance_records r JOIN attendance_schedules s ON s.tenant_id = r.tenant_id AND s.id = r.schedule_id
      WHERE r.client_id = ANY(${clientIds}::uuid[]) AND r.day = ANY(${days}::date[]) AND r.superseded_at IS NULL
      FOR UPDATE OF r`.execute(tx)
    const byClient = new Map<string, Schedule[]>()
    for (const s of schedules) {
      const schedule = { id: s.id, location: s.location, weekdays: s.weekdays, validFrom: s.valid_from, validTo: s.valid_to }
      byClient.set(s.client_id, [...(byClient.get(s.client_id) ?? []), schedule])
    }
    return new AttendanceBook(
      byClient,
      new Map(entries.rows.map((e) => [dayKey(e.client_id, e.day), { id: e.id, status: e.status, note: e.note, location: e.location }])),
      events,
    )
  }

  currentOf(clientId: string, day: string): CurrentEntry | null {
    const entry = this.current.get(dayKey(clientId, day))
    return entry ? { id: entry.id, status: entry.status, note: entry.note, location: entry.location } : null
  }

  mark(): number {
    return this.journal.length
  }

  undo(mark: number): void {
    while (this.journal.length > mark) this.journal.pop()!()
  }

  /** The schedule that expects the client on that day (at that location, when one is given), as `scheduleOn` finds it. */
  private scheduleOn(clientId: string, day: string, location: string | null): Schedule | null {
    const weekday = isoWeekday(day)
    const scheduled = (this.schedules.get(clientId) ?? []).filter((s) => s.validFrom <= day && (s.validTo === null || s.validTo >= day) && s.weekdays.includes(weekday))
    if (location === null) return scheduled[0] ?? null
    const here = scheduled.find((s) => sameLocation(s.location, location))
    if (here) return here
    if (scheduled.length > 0) {
      throw badRequest('not-scheduled-here', `The client is not scheduled at this location on ${day}.`, [{ field: 'location', message: 'is not where the client is scheduled that day' }])
    }
    return null
  }

  /** As `recordAttendance` with source import: a day outside the client's schedule is refused. */
  record(clientId: string, day: string, entry: { status: AttendanceStatus; note: string | null }, location: string | null): void {
    const schedule = this.scheduleOn(clientId, day, location)
    if (!schedule) throw badRequest('not-scheduled', `The client is not scheduled on ${day}.`, [{ field: 'day', message: 'is not a scheduled day of this client' }])
    const key = dayKey(clientId, day)
    const before = this.current.get(key)
    const added: NewEntry = { id: crypto.randomUUID(), clientId, scheduleId: schedule.id, day, status: entry.status, note: entry.note, location: schedule.location, supersededAt: null }
    if (before?.fresh) before.fresh.supersededAt = this.now
    else if (before) this.superseded.push(before.id)
    this.added.push(added)
    this.current.set(key, { ...added, fresh: added })
    this.journal.push(() => {
      this.added.pop()
      if (before?.fresh) before.fresh.supersededAt = null
      else if (before) this.superseded.pop()
      if (before) this.current.set(key, before)
      else this.current.delete(key)
    })
    this.events.add(clientId, 'attendance.recorded', { day, status: entry.status, source: 'import' })
  }

  /** Supersedes the corrected entries, then stores the new ones. The timeline events are in the event log. */
  async write(tx: Tx, tenantId: string, actorId: string | null): Promise<void> {
    if (this.superseded.length > 0) {
      await sql`UPDATE attendance_records SET superseded_at = ${this.now} WHERE tenant_id = ${tenantId}::uuid AND id = ANY(${this.superseded}::uuid[])`.execute(tx)
    }
    if (this.added.length > 0) {
      const rows = this.added.map((e) => ({ id: e.id, client_id: e.clientId, schedule_id: e.scheduleId, day: e.day, status: e.status, note: e.note, superseded_at: e.supersededAt?.toISOString() ?? null }))
      await sql`
        INSERT INTO attendance_records (tenant_id, id, client_id, schedule_id, day, status, note, source, recorded_by, superseded_at)
        SELECT ${tenantId}::uuid, r.id, r.client_id, r.schedule_id, r.day, r.status, r.note, 'import', ${actorId}::uuid, r.superseded_at
        FROM ${jsonRecordset(rows, { id: 'uuid', client_id: 'uuid', schedule_id: 'uuid', day: 'date', status: 'text', note: 'text', superseded_at: 'timestamptz' })}`.execute(tx)
    }
    this.superseded.length = 0
    this.added.length = 0
    this.journal.length = 0
  }
}
