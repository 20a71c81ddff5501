import { sql } from 'kysely'
import type { ChatConversation, ChatInbox } from '../../../common/api/chat.js'
import type { Tx } from '../../db/database.js'
import type { StaffActor } from '../../http/context.js'
import { fullName } from '../clients/names.js'

const previewLength = 120

/**
 * The staff member's chat inbox: the conversations of their own caseload, of colleagues they
 * stand in for now, and of their teams' clients without an active coach. Unread first, then
 * the longest wait, then the newest.
 */
export async function loadChatInbox(tx: Tx, actor: StaffActor, limit = 200): Promise<ChatInbox> {
  const teamIds = actor.teamIds.length > 0 ? actor.teamIds : ['00000000-0000-0000-0000-000000000000']
  const rows = await sql<{
    client_id: string
    first_names: string
    tussenvoegsel: string | null
    surname: string
    initials: string | null
    client_number: string
    last_message_at: Date
    last_author: 'client' | 'staff'
    waiting_since: Date | null
    unread_by_staff: number
    preview: string | null
    has_attachment: boolean
    reason: 'caseload' | 'stand-in' | 'team'
  }>`
    WITH standing_in AS (
      SELECT from_user_id FROM chat_handovers
      WHERE to_user_id = ${actor.userId} AND cancelled_at IS NULL AND starts_at <= now() AND ends_at > now()
    ),
    mine AS (
      SELECT a.client_id,
             CASE WHEN a.coach_id = ${actor.userId} THEN 'caseload'
                  WHEN a.coach_id IN (SELECT from_user_id FROM standing_in) THEN 'stand-in'
                  ELSE 'team' END AS reason
      FROM client_assignments a
      LEFT JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.coach_id
      WHERE a.valid_to IS NULL
        AND (a.coach_id = ${actor.userId}
             OR (u.active AND a.coach_id IN (SELECT from_user_id FROM standing_in))
             OR ((a.coach_id IS NULL OR NOT u.active) AND a.team_id = ANY(${teamIds}::uuid[])))
    )
    SELECT conv.client_id, c.first_names, c.tussenvoegsel, c.surname, c.initials, c.client_number,
           conv.last_message_at, conv.last_author, conv.waiting_since, conv.unread_by_staff,
           last.body AS preview, last.attachment_id IS NOT NULL AS has_attachment, mine.reason
    FROM mine
    JOIN chat_conversations conv ON conv.client_id = mine.client_id
    JOIN clients c ON c.id = conv.client_id
    CROSS JOIN LATERAL (
      SELECT body, attachment_id FROM chat_messages m
      WHERE m.tenant_id = conv.tenant_id AND m.client_id = conv.client_id
      ORDER BY m.sent_at DESC LIMIT 1
    ) last
    ORDER BY (conv.unread_by_staff > 0) DESC, conv.waiting_since ASC NULLS LAST, conv.last_message_at DESC
    LIMIT ${limit}
  `.execute(tx)
  const conversations: ChatConversation[] = rows.rows.map((row) => ({
    clientId: row.client_id,
    clientName: fullName(row),
    clientNumber: row.client_number,
    lastMessageAt: row.last_message_at.toISOString(),
    lastAuthor: row.last_author,
    lastPreview: (row.preview ?? '').slice(0, previewLength) || (row.has_attachment ? '📎' : ''),
    waitingSince: row.waiting_since?.toISOString() ?? null,
    unread: row.unread_by_staff,
    reason: row.reason,
  }))
  return {
    conversations,
    unread: conversations.reduce((sum, c) => sum + c.unread, 0),
    waiting: conversations.filter((c) => c.waitingSince !== null).length,
  }
}
