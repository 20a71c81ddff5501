import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { CalendarDate, Channel, InterventionOutcome, InterventionStatus, PhaseCode, ProfileValueType, StatusKind } from './clients.js'
import { DateTime, RoleName, Uuid } from './shared.js'

/**
 * "Mijn gegevens": everything Koers keeps about the client, for the client themself. Staff are
 * named by display name only; labels come in Dutch and English, the app picks one.
 */
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])
const Labels = { labelNl: Type.String(), labelEn: Type.String() }
const Option = Type.Object({ value: Type.String(), ...Labels })
/** The staff member who recorded something, by name. */
const By = Nullable(Type.String())

// What the client may add or correct --------------------------------------------------------

export const ProposedContact = Type.Object(
  {
    phone: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    street: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    houseNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
    postcode: Type.Optional(Type.String({ minLength: 1, maxLength: 7 })),
    city: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type ProposedContact = Static<typeof ProposedContact>

export const NewAddition = Type.Object(
  {
    text: Type.Optional(Type.String({ minLength: 1, maxLength: 2000, description: 'Something to add to my record, or why my details are wrong' })),
    contact: Type.Optional(ProposedContact),
  },
  { additionalProperties: false, minProperties: 1, description: 'With contact: a correction the coach accepts or rejects; with only text: an addition' },
)
export type NewAddition = Static<typeof NewAddition>

export const AdditionState = Type.Union([Type.Literal('added'), Type.Literal('proposed'), Type.Literal('accepted'), Type.Literal('rejected')], {
  description: 'added (an addition); proposed, accepted or rejected (a correction)',
})

export const ClientAddition = Type.Object({
  id: Uuid,
  kind: Type.Union([Type.Literal('addition'), Type.Literal('correction')]),
  text: Nullable(Type.String()),
  contact: Nullable(ProposedContact),
  state: AdditionState,
  createdAt: DateTime,
  decidedAt: Nullable(DateTime),
  decidedBy: By,
  decisionNote: Nullable(Type.String()),
})
export type ClientAddition = Static<typeof ClientAddition>

export const ClientAdditions = Type.Object({ additions: Type.Array(ClientAddition) })
export const AdditionParams = Type.Object({ clientId: Uuid, additionId: Uuid })
export const AdditionRejection = Type.Object({ note: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })) }, { additionalProperties: false })

// The record ----------------------------------------------------------------------------------

const MyStatus = Type.Object({
  kind: StatusKind,
  ...Labels,
  validFrom: CalendarDate,
  validTo: Nullable(CalendarDate),
  plannedEnd: Nullable(CalendarDate),
  regime: Nullable(Type.String()),
  organisation: Nullable(Type.String()),
  note: Nullable(Type.String()),
})

const MyCoach = Type.Object({ coach: By, team: Nullable(Type.String()), since: DateTime, until: Nullable(DateTime) })

export const MyRecord = Type.Object({
  generatedAt: DateTime,
  aboutMe: Type.Object({
    fullName: Type.String(),
    initials: Nullable(Type.String()),
    firstNames: Type.String(),
    tussenvoegsel: Nullable(Type.String()),
    surname: Type.String(),
    clientNumber: Type.String(),
    dateOfBirth: Nullable(CalendarDate),
    bsnMasked: Nullable(Type.String({ description: 'Only the last three digits, e.g. ******782' })),
    address: Type.Object({ street: Nullable(Type.String()), houseNumber: Nullable(Type.String()), postcode: Nullable(Type.String()), city: Nullable(Type.String()) }),
    phone: Nullable(Type.String()),
    email: Nullable(Type.String()),
    preferredLanguage: Type.String(),
    preferredChannel: Channel,
  }),
  coach: Type.Object({ current: Nullable(MyCoach), history: Type.Array(MyCoach) }),
  situation: Type.Object({
    phase: Type.Object({ code: PhaseCode, monthsSinceIntake: Nullable(Type.Integer()) }),
    intakeDate: Nullable(CalendarDate),
    outflowDate: Nullable(CalendarDate),
    outflowReason: Nullable(Type.String()),
    statuses: Type.Object({ current: Type.Array(MyStatus), earlier: Type.Array(MyStatus, { description: 'Statuses that no longer hold or have not started yet' }) }),
    segments: Type.Array(
      Type.Object({ ...Labels, history: Type.Array(Type.Object({ assessedOn: CalendarDate, value: Type.Integer(), level: Nullable(Type.Object({ ...Labels })) })) }),
    ),
    diagnosis: Nullable(
      Type.Object({ assessedOn: CalendarDate, skills: Type.Array(Type.String()), livingSituation: Type.Record(Type.String(), Type.String()), summary: Nullable(Type.String()), by: By }),
    ),
    developmentCard: Type.Object({
      competences: Type.Array(Type.Object({ code: Type.String(), ...Labels })),
      assessments: Type.Array(Type.Object({ assessedOn: CalendarDate, scores: Type.Record(Type.String(), Type.Integer()) })),
    }),
    profile: Type.Array(
      Type.Object({
        ...Labels,
        valueType: ProfileValueType,
        options: Type.Array(Option),
        value: Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Array(Type.String())]),
        recordedAt: DateTime,
      }),
      { description: 'Every profile value the organisation keeps about me' },
    ),
  }),
  plan: Type.Object({
    agreedOn: Nullable(CalendarDate),
    reviewOn: Nullable(CalendarDate),
    goals: Type.Array(Type.Object({ id: Uuid, description: Type.String(), targetDate: Nullable(CalendarDate), status: Type.Union([Type.Literal('open'), Type.Literal('achieved'), Type.Literal('dropped')]) })),
    steps: Type.Array(
      Type.Object({
        goalId: Nullable(Uuid),
        description: Type.String(),
        responsible: Type.Union([Type.Literal('client'), Type.Literal('coach'), Type.Literal('other')]),
        dueDate: Nullable(CalendarDate),
        status: Type.Union([Type.Literal('open'), Type.Literal('done'), Type.Literal('dropped')]),
      }),
    ),
  }),
  interventions: Type.Array(
    Type.Object({ ...Labels, status: InterventionStatus, startDate: CalendarDate, endDate: Nullable(CalendarDate), outcome: Nullable(InterventionOutcome), outcomeNote: Nullable(Type.String()) }),
  ),
  attendance: Type.Object({
    schedules: Type.Array(
      Type.Object({ location: Type.String(), weekdays: Type.Array(Type.Integer({ minimum: 1, maximum: 7 })), startsAt: Type.String(), endsAt: Type.String(), validFrom: CalendarDate, validTo: Nullable(CalendarDate) }),
    ),
    days: Type.Array(
      Type.Object({
        day: CalendarDate,
        location: Type.String(),
        status: Type.Union([Type.Literal('present'), Type.Literal('sick'), Type.Literal('leave'), Type.Literal('absent_with_notice'), Type.Literal('absent_without_notice')]),
        note: Nullable(Type.String()),
      }),
    ),
    since: Type.Union([CalendarDate, Type.Null()], { description: 'The first day listed; null when every recorded day is listed' }),
  }),
  contacts: Type.Array(Type.Object({ contactedAt: DateTime, channel: Type.String(), summary: Nullable(Type.String()), by: By })),
  notes: Type.Array(Type.Object({ body: Type.String(), by: By, createdAt: DateTime })),
  messages: Type.Array(
    Type.Object({
      channel: Type.Union([Type.Literal('app'), Type.Literal('push'), Type.Literal('sms'), Type.Literal('email')]),
      title: Nullable(Type.String()),
      body: Nullable(Type.String()),
      state: Type.Union([Type.Literal('sent'), Type.Literal('waiting'), Type.Literal('not-sent')]),
      createdAt: DateTime,
    }),
  ),
  /** The chat with the organisation, oldest first: on screen the latest messages, in the download all. */
  chat: Type.Array(
    Type.Object({
      fromMe: Type.Boolean(),
      /** Who wrote it at the organisation; null for the client's own messages. */
      by: Nullable(Type.String()),
      body: Type.String(),
      attachment: Nullable(Type.String({ description: 'The file name of a photo or document sent with it' })),
      sentAt: DateTime,
    }),
  ),
  additions: Type.Array(ClientAddition),
})
export type MyRecord = Static<typeof MyRecord>

// Who looked --------------------------------------------------------------------------------

export const RecordAction = Type.Union([
  Type.Literal('viewed'),
  Type.Literal('changed'),
  Type.Literal('downloaded'),
  Type.Literal('printed'),
  Type.Literal('opened-with-reason'),
])

/** One visit: what one staff member did with my record, events less than half an hour apart taken together. */
export const RecordVisit = Type.Object({
  staff: Type.Object({ displayName: Type.String(), roles: Type.Array(RoleName) }),
  from: DateTime,
  until: DateTime,
  actions: Type.Array(RecordAction),
})
export type RecordVisit = Static<typeof RecordVisit>

export const RecordViewsQuery = Type.Object(
  {
    before: Type.Optional(Type.String({ maxLength: 200, description: 'The nextCursor of the previous page' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
  },
  { additionalProperties: false },
)

export const RecordViews = Type.Object({ visits: Type.Array(RecordVisit), nextCursor: Nullable(Type.String()) })
export type RecordViews = Static<typeof RecordViews>

export const RecordDownloadQuery = Type.Object(
  {
    format: Type.Union([Type.Literal('json'), Type.Literal('html')]),
    lang: Type.Optional(Type.Union([Type.Literal('nl'), Type.Literal('en')], { description: 'The language of the file; by default the client’s own (Dutch when it is neither)' })),
  },
  { additionalProperties: false },
)

/** The downloaded JSON file: the record and who looked at it. */
export const RecordDownload = Type.Composite([MyRecord, Type.Object({ visits: Type.Array(RecordVisit) })])
export type RecordDownload = Static<typeof RecordDownload>
