import { sql } from 'kysely'
import type { ChatMessage, ChatSide } from '../../../common/api/chat.js'
import type { Tx } from '../../db/database.js'
import { badRequest } from '../../http/problem.js'

interface MessageRow {
  id: string
  client_id: string
  author: ChatSide
  author_name: string | null
  body: string
  client_key: string
  sent_at: Date
  read_at: Date | null
  attachment_id: string | null
  file_name: string | null
  media_type: string | null
  size_bytes: number | null
}

function toChatMessage(row: MessageRow): ChatMessage {
  return {
    id: row.id,
    clientId: row.client_id,
    author: row.author,
    authorName: row.author_name,
    body: row.body,
    attachment: row.attachment_id === null ? null : { id: row.attachment_id, fileName: row.file_name!, mediaType: row.media_type!, sizeBytes: row.size_bytes! },
    clientKey: row.client_key,
    sentAt: row.sent_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  }
}

function selectMessages(tx: Tx) {
  return tx
    .selectFrom('chat_messages as m')
    .leftJoin('users as u', (join) => join.onRef('u.tenant_id', '=', 'm.tenant_id').onRef('u.id', '=', 'm.author_user_id'))
    .leftJoin('chat_attachments as f', (join) => join.onRef('f.tenant_id', '=', 'm.tenant_id').onRef('f.id', '=', 'm.attachment_id'))
    .select(['m.id', 'm.client_id', 'm.author', 'u.display_name as author_name', 'm.body', 'm.client_key', 'm.sent_at', 'm.read_at', 'm.attachment_id', 'f.file_name', 'f.media_type', 'f.size_bytes'])
}

/** A page of the conversation, oldest first, ending before `before` (or now). */
export async function loadMessages(tx: Tx, clientId: string, options: { before?: string; limit?: number } = {}): Promise<{ messages: ChatMessage[]; hasEarlier: boolean }> {
  const limit = options.limit ?? 50
  let query = selectMessages(tx).where('m.client_id', '=', clientId)
  if (options.before !== undefined) query = query.where('m.sent_at', '<', new Date(options.before))
  const rows = (await query.orderBy('m.sent_at', 'desc').limit(limit + 1).execute()) as MessageRow[]
  return { messages: rows.slice(0, limit).reverse().map(toChatMessage), hasEarlier: rows.length > limit }
}

export interface NewChatMessage {
  tenantId: string
  clientId: string
  author: ChatSide
  authorUserId: string | null
  body: string
  clientKey: string
  attachmentId?: string
}

/**
 * Stores a message once: a resend with the same key (after a dropped connection) returns the
 * stored message with `created: false`. In the same statement the conversation's inbox line
 * follows: a client's message starts (or keeps) the wait and counts as unread for staff; an
 * answer from staff ends the wait (`endedWait`) and counts as unread for the client.
 */
export async function postChatMessage(tx: Tx, input: NewChatMessage): Promise<{ message: ChatMessage; created: boolean; endedWait: boolean }> {
  const body = input.body.trim()
  if (body === '' && input.attachmentId === undefined) throw badRequest('empty-message', 'Write a message or add a photo or document.')
  let attachment: { id: string; file_name: string; media_type: string; size_bytes: number } | undefined
  if (input.attachmentId !== undefined) {
    attachment = await tx
      .selectFrom('chat_attachments')
      .select(['id', 'file_name', 'media_type', 'size_bytes'])
      .where('id', '=', input.attachmentId)
      .where('client_id', '=', input.clientId)
      .where('uploaded_by', '=', input.author)
      .executeTakeFirst()
    if (!attachment) throw badRequest('unknown-attachment', 'That attachment was not uploaded to this conversation.')
  }
  const fromClient = input.author === 'client'
  const { rows } = await sql<{ id: string; sent_at: Date; author_name: string | null; was_waiting: boolean }>`
    WITH inserted AS (
      INSERT INTO chat_messages (tenant_id, client_id, author, author_user_id, body, attachment_id, client_key)
      VALUES (${input.tenantId}, ${input.clientId}, ${input.author}, ${input.authorUserId}, ${body}, ${input.attachmentId ?? null}, ${input.clientKey})
      ON CONFLICT (tenant_id, client_id, author, client_key) DO NOTHING
      RETURNING id, sent_at
    ),
    before AS (SELECT waiting_since FROM chat_conversations WHERE tenant_id = ${input.tenantId}::uuid AND client_id = ${input.clientId}::uuid),
    conversation AS (
      INSERT INTO chat_conversations (tenant_id, client_id, last_message_at, last_author, waiting_since, unread_by_staff, unread_by_client)
      SELECT ${input.tenantId}::uuid, ${input.clientId}::uuid, inserted.sent_at, ${input.author}::text, ${fromClient ? sql`inserted.sent_at` : sql`NULL::timestamptz`}, ${fromClient ? 1 : 0}::int, ${fromClient ? 0 : 1}::int
      FROM inserted
      ON CONFLICT (tenant_id, client_id) DO UPDATE SET
        last_message_at = excluded.last_message_at,
        last_author = excluded.last_author,
        waiting_since = ${fromClient ? sql`coalesce(chat_conversations.waiting_since, excluded.waiting_since)` : sql`NULL`},
        unread_by_staff = chat_conversations.unread_by_staff + excluded.unread_by_staff,
        unread_by_client = chat_conversations.unread_by_client + excluded.unread_by_client
      RETURNING 1
    )
    SELECT inserted.id, inserted.sent_at,
           (SELECT display_name FROM users WHERE tenant_id = ${input.tenantId}::uuid AND id = ${input.authorUserId}::uuid) AS author_name,
           EXISTS (SELECT 1 FROM before WHERE waiting_since IS NOT NULL) AS was_waiting,
           (SELECT count(*) FROM conversation) AS touched
    FROM inserted`.execute(tx)
  const row = rows[0]
  if (row === undefined) {
    const existing = (await selectMessages(tx)
      .where('m.client_id', '=', input.clientId)
      .where('m.author', '=', input.author)
      .where('m.client_key', '=', input.clientKey)
      .executeTakeFirstOrThrow()) as MessageRow
    return { message: toChatMessage(existing), created: false, endedWait: false }
  }
  const message = toChatMessage({
    id: row.id,
    client_id: input.clientId,
    author: input.author,
    author_name: row.author_name,
    body,
    client_key: input.clientKey,
    sent_at: row.sent_at,
    read_at: null,
    attachment_id: attachment?.id ?? null,
    file_name: attachment?.file_name ?? null,
    media_type: attachment?.media_type ?? null,
    size_bytes: attachment?.size_bytes ?? null,
  })
  return { message, created: true, endedWait: !fromClient && row.was_waiting }
}

/** The reader has read everything the other side wrote. Returns the moment, or null if nothing was unread. */
export async function markConversationRead(tx: Tx, clientId: string, reader: ChatSide): Promise<Date | null> {
  const otherSide: ChatSide = reader === 'client' ? 'staff' : 'client'
  const result = await tx
    .updateTable('chat_messages')
    .set({ read_at: sql<Date>`now()` })
    .where('client_id', '=', clientId)
    .where('author', '=', otherSide)
    .where('read_at', 'is', null)
    .returning('read_at')
    .execute()
  if (result.length === 0) return null
  await tx
    .updateTable('chat_conversations')
    .set(reader === 'client' ? { unread_by_client: 0 } : { unread_by_staff: 0 })
    .where('client_id', '=', clientId)
    .execute()
  return result[0]!.read_at
}

/** How many of the other side's messages the reader has not read. */
export async function unreadCount(tx: Tx, clientId: string, reader: ChatSide): Promise<number> {
  const row = await tx.selectFrom('chat_conversations').select(['unread_by_client', 'unread_by_staff']).where('client_id', '=', clientId).executeTakeFirst()
  if (!row) return 0
  return reader === 'client' ? row.unread_by_client : row.unread_by_staff
}

/** One message of a conversation (for an event that arrived without it). */
export async function loadMessage(tx: Tx, clientId: string, messageId: string): Promise<ChatMessage | null> {
  const row = (await selectMessages(tx).where('m.client_id', '=', clientId).where('m.id', '=', messageId).executeTakeFirst()) as MessageRow | undefined
  return row ? toChatMessage(row) : null
}

/** The whole conversation, oldest first (or its latest `limit` messages): for the client's own copy of their data. */
export async function chatHistory(tx: Tx, clientId: string, limit: number | null): Promise<ChatMessage[]> {
  let query = selectMessages(tx).where('m.client_id', '=', clientId).orderBy('m.sent_at', 'desc')
  if (limit !== null) query = query.limit(limit)
  return ((await query.execute()) as MessageRow[]).reverse().map(toChatMessage)
}
