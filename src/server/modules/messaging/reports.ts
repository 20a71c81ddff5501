import { sql } from 'kysely'
import type { Tx } from '../../db/database.js'
import type { StaffActor } from '../../http/context.js'
import { badRequest, conflict, forbidden, notFound } from '../../http/problem.js'
import { fullName } from '../clients/names.js'
import { sendScope } from './sends.js'

const pageSize = 50

/** A coach sees the sends they made; editors, managers and admins see all. */
function seesAllSends(actor: StaffActor): boolean {
  return sendScope(actor) === null
}

interface SendRow {
  id: string
  template_id: string
  template_name: string
  category: 'service' | 'news' | 'vacancy' | 'event'
  target_kind: 'clients' | 'audience'
  audience_id: string | null
  clients: number | null
  status: 'scheduled' | 'sending' | 'done' | 'cancelled'
  urgent: boolean
  scheduled_at: Date
  created_at: Date
  created_by: string
  creator_name: string
  recipients: number | null
}

function summary(row: SendRow) {
  return {
    id: row.id,
    templateId: row.template_id,
    templateName: row.template_name,
    category: row.category,
    target: { kind: row.target_kind, audienceId: row.audience_id, clients: row.clients },
    status: row.status,
    urgent: row.urgent,
    scheduledAt: row.scheduled_at.toISOString(),
    createdAt: row.created_at.toISOString(),
    createdBy: { id: row.created_by, displayName: row.creator_name },
    recipients: row.recipients,
  }
}

const sendColumns = sql`s.id, s.template_id, t.name AS template_name, s.category, s.target_kind, s.audience_id,
  cardinality(s.client_ids) AS clients, s.status, s.urgent, s.scheduled_at, s.created_at, s.created_by,
  u.display_name AS creator_name, s.recipients`

const encodeCursor = (at: Date, id: string) => Buffer.from(`${at.toISOString()}|${id}`).toString('base64url')
function decodeCursor(cursor: string | undefined): { at: string; id: string } | null {
  if (!cursor) return null
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|')
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/.test(id)) throw badRequest('invalid-cursor', 'The cursor is not one this list gave out.', [{ field: 'cursor', message: 'unknown cursor' }])
  return { at, id }
}

export async function listSends(tx: Tx, actor: StaffActor, cursor?: string) {
  const after = decodeCursor(cursor)
  const { rows } = await sql<SendRow>`
    SELECT ${sendColumns}
    FROM message_sends s JOIN message_templates t ON t.id = s.template_id JOIN users u ON u.id = s.created_by
    WHERE ${seesAllSends(actor) ? sql`true` : sql`s.created_by = ${actor.userId}`}
      AND ${after === null ? sql`true` : sql`(s.created_at, s.id) < (${after.at}::timestamptz, ${after.id}::uuid)`}
    ORDER BY s.created_at DESC, s.id DESC
    LIMIT ${pageSize + 1}`.execute(tx)
  const page = rows.slice(0, pageSize)
  const last = page[page.length - 1]
  return { sends: page.map(summary), nextCursor: rows.length > pageSize && last ? encodeCursor(last.created_at, last.id) : null }
}

async function visibleSend(tx: Tx, actor: StaffActor, sendId: string): Promise<SendRow> {
  const { rows } = await sql<SendRow>`
    SELECT ${sendColumns}
    FROM message_sends s JOIN message_templates t ON t.id = s.template_id JOIN users u ON u.id = s.created_by
    WHERE s.id = ${sendId}`.execute(tx)
  const row = rows[0]
  if (!row) throw notFound('No such send.')
  if (!seesAllSends(actor) && row.created_by !== actor.userId) throw forbidden('A coach sees the reports of their own sends.')
  return row
}

interface CountRow {
  channel: string | null
  is_total: boolean
  recipients: string
  queued: string
  sent: string
  delivered: string
  failed: string
  opened: string
  clicked: string
  opted_out: string
  over_cap: string
  unreachable: string
  dead: string
}

const countsOf = (r: CountRow) => ({
  recipients: Number(r.recipients),
  queued: Number(r.queued),
  sent: Number(r.sent),
  delivered: Number(r.delivered),
  failed: Number(r.failed),
  opened: Number(r.opened),
  clicked: Number(r.clicked),
  optedOut: Number(r.opted_out),
  overCap: Number(r.over_cap),
  unreachable: Number(r.unreachable),
  dead: Number(r.dead),
})

/** Reach, delivered, opened, clicked, failed and not reached, in people (and per channel in messages). */
export async function sendReport(tx: Tx, actor: StaffActor, sendId: string) {
  const send = await visibleSend(tx, actor, sendId)
  const { rows } = await sql<CountRow>`
    SELECT channel, GROUPING(channel) = 1 AS is_total,
      count(DISTINCT client_id) FILTER (WHERE status <> 'suppressed') AS recipients,
      count(DISTINCT client_id) FILTER (WHERE status IN ('queued', 'sending')) AS queued,
      count(DISTINCT client_id) FILTER (WHERE sent_at IS NOT NULL) AS sent,
      count(DISTINCT client_id) FILTER (WHERE status = 'delivered') AS delivered,
      count(DISTINCT client_id) FILTER (WHERE status = 'failed') AS failed,
      count(DISTINCT client_id) FILTER (WHERE opened_at IS NOT NULL) AS opened,
      count(DISTINCT client_id) FILTER (WHERE clicked_at IS NOT NULL) AS clicked,
      count(DISTINCT client_id) FILTER (WHERE reason = 'opted-out') AS opted_out,
      count(DISTINCT client_id) FILTER (WHERE reason = 'over-cap') AS over_cap,
      count(DISTINCT client_id) FILTER (WHERE reason = 'unreachable') AS unreachable,
      count(DISTINCT client_id) FILTER (WHERE status = 'dead') AS dead
    FROM outbox_messages WHERE send_id = ${sendId}
    GROUP BY GROUPING SETS ((), (channel))`.execute(tx)
  const grand = rows.find((r) => r.is_total)!
  const byChannel = rows.filter((r) => !r.is_total && r.channel !== null).map((r) => ({ channel: r.channel as 'app' | 'push' | 'sms' | 'email', counts: countsOf(r) }))
  return { send: summary(send), counts: countsOf(grand), byChannel }
}

interface OutboxRow {
  id: string
  send_id: string
  client_id: string
  first_names: string
  tussenvoegsel: string | null
  surname: string
  channel: 'app' | 'push' | 'sms' | 'email' | null
  status: 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'suppressed' | 'dead'
  reason: string | null
  attempts: number
  provider: string | null
  title: string | null
  body: string | null
  created_at: Date
  sent_at: Date | null
  delivered_at: Date | null
  failed_at: Date | null
  opened_at: Date | null
  clicked_at: Date | null
}

const iso = (d: Date | null) => (d === null ? null : d.toISOString())

function outboxMessage(r: OutboxRow) {
  return {
    id: r.id,
    sendId: r.send_id,
    client: { id: r.client_id, name: fullName({ ...r, initials: null }) },
    channel: r.channel,
    status: r.status,
    reason: r.reason,
    attempts: r.attempts,
    provider: r.provider,
    title: r.title,
    body: r.body,
    createdAt: r.created_at.toISOString(),
    sentAt: iso(r.sent_at),
    deliveredAt: iso(r.delivered_at),
    failedAt: iso(r.failed_at),
    openedAt: iso(r.opened_at),
    clickedAt: iso(r.clicked_at),
  }
}

const outboxColumns = sql`o.id, o.send_id, o.client_id, c.first_names, c.tussenvoegsel, c.surname, o.channel, o.status, o.reason,
  o.attempts, o.provider, o.title, o.body, o.created_at, o.sent_at, o.delivered_at, o.failed_at, o.opened_at, o.clicked_at`

interface OutboxFilter {
  status?: string
  channel?: string
  cursor?: string
}

async function outboxPage(tx: Tx, where: ReturnType<typeof sql>, filter: OutboxFilter) {
  const after = decodeCursor(filter.cursor)
  const { rows } = await sql<OutboxRow>`
    SELECT ${outboxColumns}
    FROM outbox_messages o JOIN clients c ON c.id = o.client_id
    WHERE ${where}
      AND ${filter.status ? sql`o.status = ${filter.status}` : sql`true`}
      AND ${filter.channel ? sql`o.channel = ${filter.channel}` : sql`true`}
      AND ${after === null ? sql`true` : sql`(o.created_at, o.id) < (${after.at}::timestamptz, ${after.id}::uuid)`}
    ORDER BY o.created_at DESC, o.id DESC
    LIMIT ${pageSize + 1}`.execute(tx)
  const page = rows.slice(0, pageSize)
  const last = page[page.length - 1]
  return { messages: page.map(outboxMessage), nextCursor: rows.length > pageSize && last ? encodeCursor(last.created_at, last.id) : null }
}

/** The outbox viewer of one send: per recipient and channel. */
export async function sendMessages(tx: Tx, actor: StaffActor, sendId: string, filter: OutboxFilter) {
  await visibleSend(tx, actor, sendId)
  return outboxPage(tx, sql`o.send_id = ${sendId}`, filter)
}

/** Every message to one client (the client page and, later, the client's own inbox). */
export async function clientMessages(tx: Tx, clientId: string, filter: OutboxFilter) {
  return outboxPage(tx, sql`o.client_id = ${clientId}`, filter)
}

/** Outbox rows across sends, for admins (e.g. the dead letters). */
export async function outboxMessages(tx: Tx, filter: OutboxFilter) {
  return outboxPage(tx, sql`true`, filter)
}

/** A dead letter (or a failed message) is queued again, once more with a fresh set of attempts. */
export async function retryMessage(tx: Tx, messageId: string): Promise<{ sendId: string; clientId: string }> {
  const row = await tx.selectFrom('outbox_messages').select(['status', 'send_id', 'client_id', 'channel']).where('id', '=', messageId).forUpdate().executeTakeFirst()
  if (!row) throw notFound('No such message.')
  if (row.status !== 'dead' && row.status !== 'failed') throw conflict('not-retryable', 'Only a failed message or a dead letter can be sent again.')
  await tx
    .updateTable('outbox_messages')
    .set({ status: 'queued', attempts: 0, next_attempt_at: new Date(), reason: null, lease_until: null, failed_at: null })
    .where('id', '=', messageId)
    .execute()
  await tx.updateTable('message_sends').set({ status: 'sending' }).where('id', '=', row.send_id).where('status', '=', 'done').execute()
  return { sendId: row.send_id, clientId: row.client_id }
}
