import type { ColumnType, Generated } from 'kysely'

/** Row types of the chat tables (migration 0011). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
export type ChatSide = 'client' | 'staff'

export interface ChatAttachmentsTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  file_name: string
  media_type: string
  size_bytes: number
  content: Buffer
  uploaded_by: ChatSide
  created_at: Timestamp
}

export interface ChatMessagesTable {
  tenant_id: string
  id: Generated<string>
  client_id: string
  author: ChatSide
  author_user_id: string | null
  body: string
  attachment_id: string | null
  client_key: string
  sent_at: Timestamp
  read_at: NullableTimestamp
}

export interface ChatConversationsTable {
  tenant_id: string
  client_id: string
  last_message_at: Timestamp
  last_author: ChatSide
  waiting_since: NullableTimestamp
  unread_by_staff: Generated<number>
  unread_by_client: Generated<number>
}

export interface ChatHandoversTable {
  tenant_id: string
  id: Generated<string>
  from_user_id: string
  to_user_id: string
  starts_at: Timestamp
  ends_at: Timestamp
  note: string | null
  created_by: string
  created_at: Timestamp
  cancelled_at: NullableTimestamp
}

export interface ChatQuickRepliesTable {
  tenant_id: string
  id: Generated<string>
  label: string
  body: string
  position: Generated<number>
  created_at: Timestamp
}

export interface ChatTables {
  chat_attachments: ChatAttachmentsTable
  chat_messages: ChatMessagesTable
  chat_conversations: ChatConversationsTable
  chat_handovers: ChatHandoversTable
  chat_quick_replies: ChatQuickRepliesTable
}
