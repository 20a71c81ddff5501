import { sql } from 'kysely'
import type { Inbox, InboxMessage } from '../../../common/api/clientApp.js'
import type { Tx } from '../../db/database.js'

/** How many messages the inbox shows. */
const inboxSize = 100

/**
 * The client's inbox: the app messages of the outbox that were delivered to them, newest
 * first, with the icon of the template; "read" is the outbox row's opened mark.
 */
export async function loadInbox(tx: Tx, clientId: string): Promise<Inbox> {
  const { rows } = await sql<{ id: string; title: string | null; body: string | null; language: string | null; icon: string; category: InboxMessage['category']; received_at: Date; opened_at: Date | null }>`
    SELECT o.id, o.title, o.body, o.language, t.icon, s.category, coalesce(o.delivered_at, o.created_at) AS received_at, o.opened_at
    FROM outbox_messages o
    JOIN message_sends s ON s.tenant_id = o.tenant_id AND s.id = o.send_id
    JOIN message_templates t ON t.tenant_id = s.tenant_id AND t.id = s.template_id
    WHERE o.client_id = ${clientId} AND o.channel = 'app' AND o.status = 'delivered'
    ORDER BY coalesce(o.delivered_at, o.created_at) DESC, o.id
    LIMIT ${inboxSize}`.execute(tx)
  const unread = await sql<{ n: number }>`
    SELECT count(*) AS n FROM outbox_messages
    WHERE client_id = ${clientId} AND channel = 'app' AND status = 'delivered' AND opened_at IS NULL`.execute(tx)
  return {
    messages: rows.map((r) => ({
      id: r.id,
      title: r.title ?? '',
      body: r.body ?? '',
      language: r.language ?? 'nl',
      icon: r.icon,
      category: r.category,
      receivedAt: r.received_at.toISOString(),
      read: r.opened_at !== null,
    })),
    unread: Number(unread.rows[0]!.n),
  }
}

/** Marks one of the client's own app messages read (the send's report counts it opened). */
export async function markRead(tx: Tx, clientId: string, messageId: string): Promise<boolean> {
  const result = await tx
    .updateTable('outbox_messages')
    .set({ opened_at: sql`coalesce(opened_at, now())` })
    .where('id', '=', messageId)
    .where('client_id', '=', clientId)
    .where('channel', '=', 'app')
    .where('status', '=', 'delivered')
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}
