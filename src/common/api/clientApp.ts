import { Type, type Static } from '@sinclair/typebox'
import { MessageCategory, MessagingPreferences } from './messaging.js'
import { DateTime, Slug, Uuid } from './shared.js'

// Signing in ---------------------------------------------------------------------------------

/** A Dutch or international phone number, or an email address, as the client types it. */
const Address = Type.String({ minLength: 3, maxLength: 254, description: 'The client’s phone number or email address' })

export const CodeRequest = Type.Object({ organisation: Slug, address: Address }, { additionalProperties: false })

/** The same answer for a known and an unknown number or address. */
export const CodeRequested = Type.Object({
  channel: Type.Union([Type.Literal('sms'), Type.Literal('email')], { description: 'Where a code goes if the number or address is known' }),
  expiresInMinutes: Type.Integer(),
})

export const CodeSignIn = Type.Object(
  { organisation: Slug, address: Address, code: Type.String({ pattern: '^[0-9]{6}$' }) },
  { additionalProperties: false },
)

export const ClientSession = Type.Object({
  csrfToken: Type.String(),
  deviceId: Uuid,
  client: Type.Object({ firstName: Type.String(), preferredLanguage: Type.String() }),
  organisation: Type.Object({ slug: Slug, name: Type.String() }),
})
export type ClientSession = Static<typeof ClientSession>

// The inbox ----------------------------------------------------------------------------------

export const InboxMessage = Type.Object({
  id: Uuid,
  title: Type.String(),
  body: Type.String(),
  /** The language the message was written in, for reading it aloud. */
  language: Type.String(),
  icon: Type.String(),
  category: MessageCategory,
  receivedAt: DateTime,
  read: Type.Boolean(),
})
export type InboxMessage = Static<typeof InboxMessage>

export const Inbox = Type.Object({ messages: Type.Array(InboxMessage), unread: Type.Integer() })
export type Inbox = Static<typeof Inbox>

export const InboxMessageParams = Type.Object({ messageId: Uuid })

// Push ---------------------------------------------------------------------------------------

export const PushKey = Type.Object({ publicKey: Type.String() })

export const PushSubscription = Type.Object(
  {
    endpoint: Type.String({ pattern: '^https://', maxLength: 2000 }),
    keys: Type.Object(
      {
        p256dh: Type.String({ pattern: '^[A-Za-z0-9_=-]+$', minLength: 20, maxLength: 200 }),
        auth: Type.String({ pattern: '^[A-Za-z0-9_=-]+$', minLength: 8, maxLength: 100 }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
)
export type PushSubscription = Static<typeof PushSubscription>

// The client's own channel choices -----------------------------------------------------------

export const MyMessagingPreferences = Type.Composite([MessagingPreferences], { additionalProperties: false })

// For the coach ------------------------------------------------------------------------------

export const AppInvitation = Type.Object({
  link: Type.String(),
  qrCodeSvg: Type.String(),
  sentOn: Type.Union([Type.Literal('sms'), Type.Literal('email'), Type.Null()], { description: 'Where the link was sent; null when the client has neither a mobile number nor an email address' }),
})
export type AppInvitation = Static<typeof AppInvitation>

export const AppDevice = Type.Object({
  id: Uuid,
  label: Type.Union([Type.String(), Type.Null()]),
  createdAt: DateTime,
  lastSeenAt: DateTime,
  revokedAt: Type.Union([DateTime, Type.Null()]),
  push: Type.Boolean(),
})
export type AppDevice = Static<typeof AppDevice>

export const AppDeviceList = Type.Object({ devices: Type.Array(AppDevice) })
export const DeviceParams = Type.Object({ clientId: Uuid, deviceId: Uuid })
