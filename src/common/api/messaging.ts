import { Type, type Static } from '@sinclair/typebox'
import { DateTime, Uuid } from './shared.js'

export const MessageCategory = Type.Union([Type.Literal('service'), Type.Literal('news'), Type.Literal('vacancy'), Type.Literal('event')], {
  description: 'service (about the client’s own guidance; cannot be switched off), news, vacancy or event',
})
export type MessageCategory = Static<typeof MessageCategory>
export const OptionalCategory = Type.Union([Type.Literal('news'), Type.Literal('vacancy'), Type.Literal('event')])

export const Channel = Type.Union([Type.Literal('app'), Type.Literal('push'), Type.Literal('sms'), Type.Literal('email')])
export type Channel = Static<typeof Channel>

export const MessageIcon = Type.Union(
  ['message', 'calendar', 'briefcase', 'news', 'info', 'warning', 'location', 'school', 'heart', 'sun', 'clock', 'phone'].map((name) => Type.Literal(name)),
  { description: 'An icon shown with the message in the client app' },
)

const Language = Type.String({ pattern: '^[a-z]{2,3}$', description: 'ISO 639 language code, e.g. nl, en, ar' })

// Templates ----------------------------------------------------------------------------------

export const TemplateText = Type.Object(
  {
    language: Language,
    title: Type.String({ minLength: 1, maxLength: 200 }),
    body: Type.String({ minLength: 1, maxLength: 5000, description: 'The in-app card (Liquid)' }),
    pushText: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
    smsText: Type.Optional(Type.Union([Type.String({ maxLength: 1600 }), Type.Null()])),
    emailSubject: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    emailHtml: Type.Optional(Type.Union([Type.String({ maxLength: 100_000 }), Type.Null()])),
    emailText: Type.Optional(Type.Union([Type.String({ maxLength: 20_000 }), Type.Null()])),
  },
  { additionalProperties: false },
)
export type TemplateText = Static<typeof TemplateText>

export const TemplateInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    category: MessageCategory,
    icon: MessageIcon,
    texts: Type.Array(TemplateText, { minItems: 1, maxItems: 20 }),
  },
  { additionalProperties: false },
)
export type TemplateInput = Static<typeof TemplateInput>

/** A warning on a saved template: unknown variables, reading level above B1, a long SMS. */
export const TemplateWarning = Type.Object({
  field: Type.String({ description: 'e.g. texts[0].body' }),
  code: Type.String({ description: 'unknown-variable, above-b1, long-sentence, long-word, sms-segments' }),
  message: Type.String(),
  sentence: Type.Optional(Type.String()),
})
export type TemplateWarning = Static<typeof TemplateWarning>

export const TemplateSaved = Type.Object({ id: Uuid, warnings: Type.Array(TemplateWarning) })

export const TemplateSummary = Type.Object({
  id: Uuid,
  name: Type.String(),
  category: MessageCategory,
  icon: Type.String(),
  archived: Type.Boolean(),
  languages: Type.Array(Type.String()),
  updatedAt: DateTime,
})
export const TemplateList = Type.Object({ templates: Type.Array(TemplateSummary) })

export const Template = Type.Object({
  id: Uuid,
  name: Type.String(),
  category: MessageCategory,
  icon: Type.String(),
  archived: Type.Boolean(),
  texts: Type.Array(TemplateText),
  /** The variables a template may use, with an example value. */
  variables: Type.Array(Type.Object({ name: Type.String(), example: Type.String() })),
  warnings: Type.Array(TemplateWarning),
  updatedAt: DateTime,
})
export type Template = Static<typeof Template>

export const TemplateParams = Type.Object({ templateId: Uuid })

export const PreviewRequest = Type.Object(
  {
    clientId: Uuid,
    language: Type.Optional(Language),
    variables: Type.Optional(Type.Record(Type.String({ pattern: '^[a-z][a-zA-Z0-9_]{0,39}$' }), Type.String({ maxLength: 500 }))),
  },
  { additionalProperties: false },
)

export const SmsCount = Type.Object({
  characters: Type.Integer(),
  segments: Type.Integer(),
  encoding: Type.Union([Type.Literal('gsm-7'), Type.Literal('ucs-2')]),
})

export const Preview = Type.Object({
  language: Type.String(),
  app: Type.Object({ title: Type.String(), body: Type.String(), icon: Type.String() }),
  push: Type.Object({ title: Type.String(), body: Type.String() }),
  sms: Type.Object({ text: Type.String(), count: SmsCount }),
  email: Type.Object({ subject: Type.String(), html: Type.String(), text: Type.String() }),
})

// Sends --------------------------------------------------------------------------------------

export const SendTarget = Type.Union([
  Type.Object({ kind: Type.Literal('clients'), clientIds: Type.Array(Uuid, { minItems: 1, maxItems: 5000, uniqueItems: true }) }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('audience'), audienceId: Uuid }, { additionalProperties: false }),
])

const SendVariables = Type.Record(Type.String({ pattern: '^[a-z][a-zA-Z0-9_]{0,39}$' }), Type.String({ maxLength: 500 }))

export const EstimateRequest = Type.Object(
  { templateId: Uuid, target: SendTarget, urgent: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
)

/** What the confirmation says before "send": how many people, on which channels, who not and why. */
export const SendEstimate = Type.Object({
  recipients: Type.Integer({ description: 'people who will get the message on at least one channel' }),
  byChannel: Type.Object({ app: Type.Integer(), push: Type.Integer(), sms: Type.Integer(), email: Type.Integer() }),
  notReached: Type.Object({ optedOut: Type.Integer(), overCap: Type.Integer(), unreachable: Type.Integer() }),
})

export const NewSend = Type.Object(
  {
    templateId: Uuid,
    target: SendTarget,
    variables: Type.Optional(SendVariables),
    urgent: Type.Optional(Type.Boolean({ description: 'Urgent service messages ignore quiet hours' })),
    scheduledAt: Type.Optional(Type.Union([DateTime, Type.Null()])),
    idempotencyKey: Type.String({ minLength: 8, maxLength: 100, description: 'The same key twice (a double click) gives the first send back' }),
  },
  { additionalProperties: false },
)
export type NewSend = Static<typeof NewSend>

export const SendStatus = Type.Union([Type.Literal('scheduled'), Type.Literal('sending'), Type.Literal('done'), Type.Literal('cancelled')])

export const SendCounts = Type.Object({
  recipients: Type.Integer(),
  queued: Type.Integer(),
  sent: Type.Integer(),
  delivered: Type.Integer(),
  failed: Type.Integer(),
  opened: Type.Integer(),
  clicked: Type.Integer(),
  optedOut: Type.Integer(),
  overCap: Type.Integer(),
  unreachable: Type.Integer(),
  dead: Type.Integer(),
})

export const SendSummary = Type.Object({
  id: Uuid,
  templateId: Uuid,
  templateName: Type.String(),
  category: MessageCategory,
  target: Type.Object({ kind: Type.Union([Type.Literal('clients'), Type.Literal('audience')]), audienceId: Type.Union([Uuid, Type.Null()]), clients: Type.Union([Type.Integer(), Type.Null()]) }),
  status: SendStatus,
  urgent: Type.Boolean(),
  scheduledAt: DateTime,
  createdAt: DateTime,
  createdBy: Type.Object({ id: Uuid, displayName: Type.String() }),
  recipients: Type.Union([Type.Integer(), Type.Null()]),
})
export const SendCreated = Type.Object({ id: Uuid, status: SendStatus, recipients: Type.Union([Type.Integer(), Type.Null()]), repeated: Type.Boolean() })
export const SendList = Type.Object({ sends: Type.Array(SendSummary), nextCursor: Type.Union([Type.String(), Type.Null()]) })
export const SendListQuery = Type.Object({ cursor: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false })

export const SendReport = Type.Object({
  send: SendSummary,
  counts: SendCounts,
  byChannel: Type.Array(Type.Object({ channel: Channel, counts: SendCounts })),
})
export const SendParams = Type.Object({ sendId: Uuid })

export const OutboxStatus = Type.Union([
  Type.Literal('queued'),
  Type.Literal('sending'),
  Type.Literal('sent'),
  Type.Literal('delivered'),
  Type.Literal('failed'),
  Type.Literal('suppressed'),
  Type.Literal('dead'),
])

/** One recipient on one channel: the outbox viewer's row. */
export const OutboxMessage = Type.Object({
  id: Uuid,
  sendId: Uuid,
  client: Type.Object({ id: Uuid, name: Type.String() }),
  channel: Type.Union([Channel, Type.Null()], { description: 'null for a person the send did not reach (see reason)' }),
  status: OutboxStatus,
  reason: Type.Union([Type.String(), Type.Null()]),
  attempts: Type.Integer(),
  provider: Type.Union([Type.String(), Type.Null()]),
  title: Type.Union([Type.String(), Type.Null()]),
  body: Type.Union([Type.String(), Type.Null()]),
  createdAt: DateTime,
  sentAt: Type.Union([DateTime, Type.Null()]),
  deliveredAt: Type.Union([DateTime, Type.Null()]),
  failedAt: Type.Union([DateTime, Type.Null()]),
  openedAt: Type.Union([DateTime, Type.Null()]),
  clickedAt: Type.Union([DateTime, Type.Null()]),
})
export const OutboxQuery = Type.Object(
  {
    status: Type.Optional(OutboxStatus),
    channel: Type.Optional(Channel),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
)
export const OutboxPage = Type.Object({ messages: Type.Array(OutboxMessage), nextCursor: Type.Union([Type.String(), Type.Null()]) })
export const OutboxMessageParams = Type.Object({ messageId: Uuid })

// A client's channels ------------------------------------------------------------------------

export const MessagingPreferences = Type.Object({
  smsConsent: Type.Boolean(),
  emailConsent: Type.Boolean(),
  pushConsent: Type.Boolean(),
  optedOutCategories: Type.Array(OptionalCategory, { uniqueItems: true }),
  clickTracking: Type.Boolean(),
})
export const MessagingPreferencesView = Type.Composite([
  MessagingPreferences,
  Type.Object({
    /** What Koers can reach the client on now, in order of use. */
    reachableOn: Type.Array(Channel),
    updatedAt: Type.Union([DateTime, Type.Null()]),
    updatedByClient: Type.Boolean(),
  }),
])
export const MessagingPreferencesChange = Type.Composite(
  [MessagingPreferences, Type.Object({ note: Type.String({ minLength: 5, maxLength: 1000, description: 'Why the coach changes this on the client’s behalf' }) })],
  { additionalProperties: false },
)

// The tenant's settings ----------------------------------------------------------------------

const TimeOfDay = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' })
export const MessagingSettings = Type.Object(
  {
    quietFrom: TimeOfDay,
    quietUntil: TimeOfDay,
    weeklyCap: Type.Integer({ minimum: 1, maximum: 50 }),
    smsSender: Type.String({ pattern: '^([A-Za-z0-9 ]{1,11}|\\+?[0-9]{3,16})$', description: 'Up to 11 letters and digits, or a number' }),
    extraLanguages: Type.Array(Type.String({ pattern: '^[a-z]{2,3}$' }), { maxItems: 20, uniqueItems: true }),
  },
  { additionalProperties: false },
)
export type MessagingSettings = Static<typeof MessagingSettings>
