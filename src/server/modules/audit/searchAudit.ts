import { sql } from 'kysely'
import type { Tx } from '../../db/database.js'
import { badRequest } from '../../http/problem.js'

export interface AuditQuery {
  actorId?: string
  dataSubjectId?: string
  action?: string
  from?: string
  to?: string
  before?: string
  limit?: number
}

export interface AuditEventView {
  id: string
  occurredAt: string
  actor: { id: string; displayName: string } | null
  actorType: string
  dataSubject: { type: string; id: string } | null
  processingActivity: string
  action: string
  outcome: 'success' | 'failure'
  traceId: string
  attributes: Record<string, unknown>
}

function decodeCursor(cursor: string): { occurredAt: string; id: string } {
  const [time, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|')
  const occurredAt = time ?? ''
  if (id === undefined || !/^[0-9a-f-]{36}$/.test(id) || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(occurredAt)) {
    throw badRequest('invalid-cursor', 'The "before" cursor is not one this API gave out.')
  }
  return { occurredAt, id }
}

const encodeCursor = (occurredAt: string, id: string) => Buffer.from(`${occurredAt}|${id}`, 'utf8').toString('base64url')

/** Newest first, filtered by actor, data subject, action (prefix) and time, in pages. */
export async function searchAudit(tx: Tx, query: AuditQuery): Promise<{ events: AuditEventView[]; nextCursor: string | null }> {
  const limit = query.limit ?? 50
  let select = tx
    .selectFrom('audit_events as e')
    .leftJoin('users as u', (join) => join.onRef('u.tenant_id', '=', 'e.tenant_id').onRef('u.id', '=', 'e.actor_id'))
    .select([
      'e.id',
      'e.occurred_at',
      'e.actor_type',
      'e.actor_id',
      'u.display_name',
      'e.data_subject_type',
      'e.data_subject_id',
      'e.processing_activity',
      'e.action',
      'e.outcome',
      'e.trace_id',
      'e.attributes',
      // Microsecond precision, so that paging never skips or repeats an event.
      sql<string>`to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('cursor_time'),
    ])
  if (query.actorId) select = select.where('e.actor_id', '=', query.actorId)
  if (query.dataSubjectId) select = select.where('e.data_subject_id', '=', query.dataSubjectId)
  if (query.action) select = select.where('e.action', 'like', `${query.action.replace(/[%_\\]/g, '\\$&')}%`)
  if (query.from) select = select.where('e.occurred_at', '>=', new Date(query.from))
  if (query.to) select = select.where('e.occurred_at', '<', new Date(query.to))
  if (query.before) {
    const cursor = decodeCursor(query.before)
    select = select.where((eb) =>
      eb.or([
        eb('e.occurred_at', '<', sql<Date>`${cursor.occurredAt}::timestamptz`),
        eb.and([eb('e.occurred_at', '=', sql<Date>`${cursor.occurredAt}::timestamptz`), eb('e.id', '<', cursor.id)]),
      ]),
    )
  }
  const rows = await select.orderBy('e.occurred_at', 'desc').orderBy('e.id', 'desc').limit(limit + 1).execute()
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    events: page.map((row) => ({
      id: row.id,
      occurredAt: row.occurred_at.toISOString(),
      actor: row.actor_id !== null && row.display_name !== null ? { id: row.actor_id, displayName: row.display_name } : null,
      actorType: row.actor_type,
      dataSubject:
        row.data_subject_type !== null && row.data_subject_id !== null
          ? { type: row.data_subject_type, id: row.data_subject_id }
          : null,
      processingActivity: row.processing_activity,
      action: row.action,
      outcome: row.outcome,
      traceId: row.trace_id,
      attributes: row.attributes,
    })),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(last.cursor_time, last.id) : null,
  }
}
