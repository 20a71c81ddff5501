import { sql } from 'kysely'
import type { MyRecord } from '../../../common/api/myRecord.js'
import type { Tx } from '../../db/database.js'

/**
 * What the client's days looked like: their work schedules and the register's current entry
 * for each scheduled day (corrections replace what they superseded), newest first, from
 * `since` (or every day when null); and the contacts the coach registered.
 */
export async function loadMyActivity(tx: Tx, clientId: string, since: string | null): Promise<Pick<MyRecord, 'attendance' | 'contacts'>> {
  const schedules = await tx
    .selectFrom('attendance_schedules')
    .select(['location', 'weekdays', 'starts_at', 'ends_at', 'valid_from', 'valid_to'])
    .where('client_id', '=', clientId)
    .orderBy('valid_from', 'desc')
    .execute()
  const { rows: days } = await sql<{ day: string; location: string; status: MyRecord['attendance']['days'][number]['status']; note: string | null }>`
    SELECT r.day, s.location, r.status, r.note
      FROM attendance_records r
      JOIN attendance_schedules s ON s.tenant_id = r.tenant_id AND s.id = r.schedule_id
     WHERE r.client_id = ${clientId} AND r.superseded_at IS NULL
       AND ${since === null ? sql`true` : sql`r.day >= ${since}::date`}
     ORDER BY r.day DESC`.execute(tx)
  const { rows: contacts } = await sql<{ contacted_at: Date; channel: string; summary: string | null; by: string | null }>`
    SELECT c.contacted_at, c.channel, c.summary, u.display_name AS by
      FROM client_contacts c
      LEFT JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.recorded_by
     WHERE c.client_id = ${clientId}
     ORDER BY c.contacted_at DESC`.execute(tx)
  return {
    attendance: {
      schedules: schedules.map((s) => ({
        location: s.location,
        weekdays: s.weekdays,
        startsAt: s.starts_at.slice(0, 5),
        endsAt: s.ends_at.slice(0, 5),
        validFrom: s.valid_from,
        validTo: s.valid_to,
      })),
      days,
      since,
    },
    contacts: contacts.map((c) => ({ contactedAt: c.contacted_at.toISOString(), channel: c.channel, summary: c.summary, by: c.by })),
  }
}
