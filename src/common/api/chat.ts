import { Type, type Static } from '@sinclair/typebox'
import { DateTime, Uuid } from './shared.js'

/** Who wrote a chat message: the client, or someone of the organisation. */
export const ChatSide = Type.Union([Type.Literal('client'), Type.Literal('staff')])
export type ChatSide = Static<typeof ChatSide>

export const ChatAttachment = Type.Object({
  id: Uuid,
  fileName: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
})
export type ChatAttachment = Static<typeof ChatAttachment>

export const ChatMessage = Type.Object({
  id: Uuid,
  clientId: Uuid,
  author: ChatSide,
  /** The staff member's display name; null for the client's own messages. */
  authorName: Type.Union([Type.String(), Type.Null()]),
  body: Type.String(),
  attachment: Type.Union([ChatAttachment, Type.Null()]),
  /** The sender's own key: a resend with the same key returns this message. */
  clientKey: Type.String(),
  sentAt: DateTime,
  readAt: Type.Union([DateTime, Type.Null()]),
})
export type ChatMessage = Static<typeof ChatMessage>

/** A page of a conversation, oldest first; `before` pages further back. */
export const ChatMessages = Type.Object({
  messages: Type.Array(ChatMessage),
  hasEarlier: Type.Boolean(),
})
export type ChatMessages = Static<typeof ChatMessages>

export const ChatMessagesQuery = Type.Object(
  {
    before: Type.Optional(DateTime),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
)

const ClientKey = Type.String({
  pattern: '^[A-Za-z0-9_-]{8,64}$',
  description: 'A key the sender makes once per message (e.g. a UUID); sending again with it never makes a second message',
})

export const ChatSend = Type.Object(
  {
    clientKey: ClientKey,
    body: Type.String({ maxLength: 4000 }),
    attachmentId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
)
export type ChatSend = Static<typeof ChatSend>

/** Who answers the client's chat now: their coach, a colleague standing in, or the team. */
export const ChatCounterpart = Type.Object({
  kind: Type.Union([Type.Literal('coach'), Type.Literal('stand-in'), Type.Literal('team'), Type.Literal('organisation')]),
  name: Type.String(),
  /** For a stand-in: whom they stand in for, and until when. */
  standsInFor: Type.Union([Type.String(), Type.Null()]),
  until: Type.Union([DateTime, Type.Null()]),
})
export type ChatCounterpart = Static<typeof ChatCounterpart>

export const MyChat = Type.Object({
  counterpart: ChatCounterpart,
  messages: Type.Array(ChatMessage),
  hasEarlier: Type.Boolean(),
  unread: Type.Integer(),
})
export type MyChat = Static<typeof MyChat>

/** One line of the coach's chat inbox. */
export const ChatConversation = Type.Object({
  clientId: Uuid,
  clientName: Type.String(),
  clientNumber: Type.String(),
  lastMessageAt: DateTime,
  lastAuthor: ChatSide,
  lastPreview: Type.String(),
  /** Since when the client has waited for an answer; null when answered. */
  waitingSince: Type.Union([DateTime, Type.Null()]),
  unread: Type.Integer(),
  /** Why it is in this inbox: the own caseload, standing in for a colleague, or the team's (no coach). */
  reason: Type.Union([Type.Literal('caseload'), Type.Literal('stand-in'), Type.Literal('team')]),
})
export type ChatConversation = Static<typeof ChatConversation>

export const ChatInbox = Type.Object({
  conversations: Type.Array(ChatConversation),
  unread: Type.Integer(),
  waiting: Type.Integer(),
})
export type ChatInbox = Static<typeof ChatInbox>

export const QuickReply = Type.Object({ id: Uuid, label: Type.String(), body: Type.String(), position: Type.Integer() })
export type QuickReply = Static<typeof QuickReply>
export const QuickReplyList = Type.Object({ quickReplies: Type.Array(QuickReply) })
export const QuickReplyInput = Type.Object(
  {
    label: Type.String({ minLength: 1, maxLength: 60 }),
    body: Type.String({ minLength: 1, maxLength: 1000 }),
    position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
  },
  { additionalProperties: false },
)
export type QuickReplyInput = Static<typeof QuickReplyInput>
export const QuickReplyParams = Type.Object({ quickReplyId: Uuid })

export const Handover = Type.Object({
  id: Uuid,
  fromUserId: Uuid,
  fromName: Type.String(),
  toUserId: Uuid,
  toName: Type.String(),
  startsAt: DateTime,
  endsAt: DateTime,
  note: Type.Union([Type.String(), Type.Null()]),
})
export type Handover = Static<typeof Handover>
export const HandoverList = Type.Object({ handovers: Type.Array(Handover) })
export const HandoverInput = Type.Object(
  {
    /** Whose conversations: by default one's own; a team lead, manager or admin may name a coach. */
    fromUserId: Type.Optional(Uuid),
    toUserId: Uuid,
    startsAt: Type.Optional(DateTime),
    endsAt: DateTime,
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
)
export type HandoverInput = Static<typeof HandoverInput>
export const HandoverParams = Type.Object({ handoverId: Uuid })

export const ChatClientParams = Type.Object({ clientId: Uuid })
export const ChatAttachmentParams = Type.Object({ attachmentId: Uuid })
export const ClientChatAttachmentParams = Type.Object({ clientId: Uuid, attachmentId: Uuid })

/** Attachments: photos and documents up to this size. */
export const maxAttachmentBytes = 5 * 1024 * 1024

// The WebSocket protocol ----------------------------------------------------------------------
// Both sides send JSON objects with a `type`. From the app or the staff app:
//   { type: 'send', clientKey, body, attachmentId? [, clientId for staff] }
//   { type: 'read' [, clientId for staff] }       — everything from the other side is read
//   { type: 'watch', clientId } (staff)           — receive this conversation's events
//   { type: 'ping' }
// From the server:
//   { type: 'ready' }                             — subscribed; resend what is queued
//   { type: 'ack', clientKey, message }           — stored (the same answer for a resend)
//   { type: 'message', message }                  — a new message in a conversation you follow
//   { type: 'read', clientId, by, readAt }        — the other side read everything up to readAt
//   { type: 'inbox', clientId }                   — (staff) a conversation of your inbox changed
//   { type: 'error', clientKey?, status, code, detail }
//   { type: 'pong' }

export const ChatAttachmentUpload = Type.Object({
  file: Type.String({ format: 'binary', description: 'A photo (JPEG, PNG, WebP) or a PDF, at most 5 MB' }),
})
