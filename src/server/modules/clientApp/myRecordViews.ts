import { sql } from 'kysely'
import type { RecordVisit } from '../../../common/api/myRecord.js'
import type { Tx } from '../../db/database.js'
import type { Role } from '../../db/schema.js'
import { badRequest } from '../../http/problem.js'

/** Audit events of one staff member less than this apart are one visit to the record. */
const visitGap = '30 minutes'

/**
 * The audit log's actions on a client record, in the words the client reads: a page and the
 * panels it loads are "viewed", the export "downloaded", the portfolio "printed", opening the
 * record outside one's caseload "opened-with-reason", anything else recorded on it "changed".
 */
function actionKind(action: string): RecordVisit['actions'][number] {
  if (action === 'client.export') return 'downloaded'
  if (action === 'client.portfolio') return 'printed'
  if (action === 'client.access-with-reason') return 'opened-with-reason'
  if (action === 'client.read' || action.endsWith('-read')) return 'viewed'
  return 'changed'
}
const kindOrder: RecordVisit['actions'] = ['opened-with-reason', 'viewed', 'changed', 'downloaded', 'printed']

function decodeCursor(cursor: string): { endedAt: string; actorId: string } {
  const [endedAt, actorId] = Buffer.from(cursor, 'base64url').toString('utf8').split('|')
  if (actorId === undefined || !/^[0-9a-f-]{36}$/.test(actorId) || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(endedAt ?? '')) {
    throw badRequest('invalid-cursor', 'The "before" cursor is not one this API gave out.')
  }
  return { endedAt: endedAt!, actorId }
}
const encodeCursor = (endedAt: string, actorId: string) => Buffer.from(`${endedAt}|${actorId}`, 'utf8').toString('base64url')

/**
 * Who at the organisation looked at or changed the client's record, from the audit log: staff
 * members only (not the client's own actions, nor Koers's imports and jobs), each staff member's
 * events taken together as visits, newest first, in pages. `limit` null gives every visit.
 */
export async function loadRecordVisits(tx: Tx, clientId: string, page: { before?: string; limit: number | null }): Promise<{ visits: RecordVisit[]; nextCursor: string | null }> {
  const cursor = page.before === undefined ? null : decodeCursor(page.before)
  const { rows } = await sql<{ actor_id: string; display_name: string; roles: Role[] | null; started_at: Date; ended_at: Date; actions: string[]; cursor_time: string }>`
    WITH events AS (
      SELECT e.actor_id, e.occurred_at, e.action,
             e.occurred_at - lag(e.occurred_at) OVER (PARTITION BY e.actor_id ORDER BY e.occurred_at, e.id) AS gap
        FROM audit_events e
       WHERE e.data_subject_type = 'client' AND e.data_subject_id = ${clientId}
         AND e.actor_type = 'user' AND e.actor_id IS NOT NULL AND e.outcome = 'success'
    ), numbered AS (
      SELECT actor_id, occurred_at, action,
             count(*) FILTER (WHERE gap IS NULL OR gap > ${visitGap}::interval) OVER (PARTITION BY actor_id ORDER BY occurred_at ROWS UNBOUNDED PRECEDING) AS visit
        FROM events
    ), visits AS (
      SELECT actor_id, min(occurred_at) AS started_at, max(occurred_at) AS ended_at, array_agg(DISTINCT action) AS actions
        FROM numbered GROUP BY actor_id, visit
    )
    SELECT v.actor_id, u.display_name, v.started_at, v.ended_at, v.actions,
           (SELECT array_agg(r.role ORDER BY r.role) FROM user_roles r WHERE r.tenant_id = u.tenant_id AND r.user_id = u.id) AS roles,
           to_char(v.ended_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_time
      FROM visits v JOIN users u ON u.id = v.actor_id
     WHERE ${cursor === null ? sql`true` : sql`(v.ended_at, v.actor_id) < (${cursor.endedAt}::timestamptz, ${cursor.actorId}::uuid)`}
     ORDER BY v.ended_at DESC, v.actor_id DESC
     ${page.limit === null ? sql`` : sql`LIMIT ${page.limit + 1}`}`.execute(tx)
  const shown = page.limit === null ? rows : rows.slice(0, page.limit)
  const last = shown.at(-1)
  return {
    visits: shown.map((row) => {
      const kinds = new Set(row.actions.map(actionKind))
      return {
        staff: { displayName: row.display_name, roles: row.roles ?? [] },
        from: row.started_at.toISOString(),
        until: row.ended_at.toISOString(),
        actions: kindOrder.filter((kind) => kinds.has(kind)),
      }
    }),
    nextCursor: page.limit !== null && rows.length > page.limit && last !== undefined ? encodeCursor(last.cursor_time, last.actor_id) : null,
  }
}
