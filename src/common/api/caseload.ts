import { Type } from '@sinclair/typebox'
import { CalendarDate, PhaseCode } from './clients.js'
import { DateTime, Uuid } from './shared.js'

const Person = Type.Object({ id: Uuid, displayName: Type.String() })

export const CaseloadQuery = Type.Object(
  {
    coachId: Type.Optional(Uuid),
    teamId: Type.Optional(Uuid),
    unassigned: Type.Optional(Type.Boolean()),
    signal: Type.Optional(Type.String({ maxLength: 60 })),
    phase: Type.Optional(PhaseCode),
    statusCode: Type.Optional(Type.String({ maxLength: 40 })),
    regime: Type.Optional(Type.String({ maxLength: 60 })),
    segment: Type.Optional(Type.String({ maxLength: 60, description: 'scale:value, e.g. motivation:4' })),
    lastContactBefore: Type.Optional(CalendarDate),
    query: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    sort: Type.Optional(Type.Union([Type.Literal('attention'), Type.Literal('name'), Type.Literal('intake'), Type.Literal('lastContact')])),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 2000, default: 2000, description: 'Clients per page' })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0, description: 'Clients to skip: the page starts after them' })),
  },
  { additionalProperties: false },
)

/** What a signal says and suggests, with the tenant's threshold filled in. */
export const SignalWords = Type.Object({
  severity: Type.Union([Type.Literal('info'), Type.Literal('warning'), Type.Literal('urgent')]),
  weight: Type.Integer({ description: 'What the signal adds to its client\'s need of attention' }),
  titleNl: Type.String(),
  titleEn: Type.String(),
  action: Type.String({ description: 'The next step it suggests' }),
})

/** An open signal of a client on the caseload; its words are in the caseload's `signals`. */
export const CaseloadSignal = Type.Object({ signalCode: Type.String(), raisedAt: DateTime })

export const CaseloadClient = Type.Object({
  id: Uuid,
  clientNumber: Type.String(),
  sortName: Type.String(),
  phase: Type.Object({ code: PhaseCode, monthsSinceIntake: Type.Union([Type.Integer(), Type.Null()]) }),
  coach: Type.Union([Person, Type.Null()]),
  statuses: Type.Array(Type.Object({ statusCode: Type.String(), regime: Type.Union([Type.String(), Type.Null()]) })),
  lastContactAt: Type.Union([DateTime, Type.Null()]),
  attention: Type.Integer({ description: 'The sum of the weights of the open signals' }),
  signals: Type.Array(CaseloadSignal, { description: 'The open signals, most pressing first' }),
})

export const Caseload = Type.Object({
  total: Type.Integer({ description: 'The clients that match the filters, on every page together' }),
  counts: Type.Record(Type.String(), Type.Integer(), { description: 'Open signals per signal code, over the caseload before the signal filter' }),
  clients: Type.Array(CaseloadClient, { description: 'One page of the clients, in the order asked for' }),
  signals: Type.Record(Type.String(), SignalWords, { description: 'The words of each signal on this page, once, by signal code' }),
})

export const SignalDefinitionView = Type.Object({
  code: Type.String(),
  severity: Type.String(),
  textNl: Type.String(),
  textEn: Type.String(),
  action: Type.String(),
  enabled: Type.Boolean(),
  threshold: Type.Union([Type.Integer(), Type.Null()]),
  thresholdRange: Type.Union([
    Type.Object({ min: Type.Integer(), max: Type.Integer(), unit: Type.String(), defaultValue: Type.Integer() }),
    Type.Null(),
  ]),
})
export const SignalDefinitionList = Type.Object({ signals: Type.Array(SignalDefinitionView) })
export const SignalSettingChange = Type.Object(
  { enabled: Type.Boolean(), threshold: Type.Optional(Type.Union([Type.Integer(), Type.Null()])) },
  { additionalProperties: false },
)
export const SignalCodeParams = Type.Object({ signalCode: Type.String({ pattern: '^[a-z0-9_]{1,60}$' }) })

export const TeamOverview = Type.Object({
  teams: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      coaches: Type.Integer(),
      clients: Type.Integer(),
      unassigned: Type.Integer(),
      leads: Type.Array(Person),
    }),
  ),
  coaches: Type.Array(
    Type.Object({ coach: Person, clients: Type.Integer(), signals: Type.Record(Type.String(), Type.Integer()), attention: Type.Integer() }),
  ),
})

export const ReassignmentRequest = Type.Object(
  {
    moves: Type.Array(Type.Object({ clientId: Uuid, expectedCoachId: Type.Union([Uuid, Type.Null()]) }, { additionalProperties: false }), {
      minItems: 1,
      maxItems: 1000,
    }),
    coachId: Type.Union([Uuid, Type.Null()]),
    teamId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    reason: Type.String({ minLength: 3, maxLength: 500 }),
  },
  { additionalProperties: false },
)

export const CaseloadView = Type.Object({ id: Uuid, name: Type.String(), filters: Type.Record(Type.String(), Type.Unknown()) })
export const CaseloadViewList = Type.Object({ views: Type.Array(CaseloadView) })
export const NewCaseloadView = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 80 }), filters: Type.Omit(CaseloadQuery, ['coachId', 'limit', 'offset']) },
  { additionalProperties: false },
)
export const ViewParams = Type.Object({ viewId: Uuid })
