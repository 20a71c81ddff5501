import { Type, type Static } from '@sinclair/typebox'
import { MessageCategory } from './messaging.js'
import { DateTime, Uuid } from './shared.js'

/**
 * Audiences: who a message goes to. A dynamic audience is a definition — an AND/OR list of
 * groups, each an AND/OR list of conditions, each optionally negated — over the client's
 * profile, statuses, phase, segmentation, caseload, secondment, interventions, message
 * behaviour and other audiences. A static audience is a list of picked clients.
 */

const Code = Type.String({ pattern: '^[a-z0-9_]{1,40}$' })
const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' })
const Negate = Type.Optional(Type.Boolean({ description: 'NOT: the clients for whom the condition does not hold' }))
const Match = Type.Union([Type.Literal('all'), Type.Literal('any')], { description: 'all (AND) or any (OR)' })

export const Window = Type.Object(
  {
    amount: Type.Integer({ minimum: 1, maximum: 3650 }),
    unit: Type.Union([Type.Literal('days'), Type.Literal('months')]),
  },
  { additionalProperties: false, description: 'The last N days or months, up to now' },
)
export type Window = Static<typeof Window>

export const ProfileOperator = Type.Union(
  [
    Type.Literal('equals'),
    Type.Literal('oneOf'),
    Type.Literal('contains'),
    Type.Literal('containsAny'),
    Type.Literal('lt'),
    Type.Literal('lte'),
    Type.Literal('gt'),
    Type.Literal('gte'),
    Type.Literal('before'),
    Type.Literal('after'),
    Type.Literal('isSet'),
  ],
  {
    description:
      'equals (any type); oneOf (choice, text: `values`); contains (multi_choice: has the option; text: contains the words); containsAny (multi_choice: `values`); lt, lte, gt, gte (number); before, after (date); isSet (has a value)',
  },
)
export type ProfileOperator = Static<typeof ProfileOperator>

export const ProfileCondition = Type.Object(
  {
    kind: Type.Literal('profile'),
    criterion: Code,
    operator: ProfileOperator,
    value: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 1000 }), Type.Number(), Type.Boolean()])),
    values: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 100, uniqueItems: true })),
    negate: Negate,
  },
  { additionalProperties: false, description: 'A current profile value of the client' },
)

export const StatusCondition = Type.Object(
  {
    kind: Type.Literal('status'),
    status: Code,
    regime: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    period: Type.Optional(
      Type.Object({ from: IsoDate, to: IsoDate }, { additionalProperties: false, description: 'Held the status on any day of this period; without it: holds it today' }),
    ),
    negate: Negate,
  },
  { additionalProperties: false },
)

export const PhaseCode = Type.Union([Type.Literal('before-intake'), Type.Literal('0-3'), Type.Literal('3-6'), Type.Literal('6-12'), Type.Literal('12+')], {
  description: 'Months since intake: before intake, 0–3, 3–6, 6–12, more than 12',
})
export type PhaseCode = Static<typeof PhaseCode>

export const PhaseCondition = Type.Object(
  { kind: Type.Literal('phase'), phases: Type.Array(PhaseCode, { minItems: 1, maxItems: 5, uniqueItems: true }), negate: Negate },
  { additionalProperties: false, description: 'The phase of unemployment is one of these' },
)

export const SegmentCondition = Type.Object(
  {
    kind: Type.Literal('segment'),
    scale: Code,
    operator: Type.Union([Type.Literal('eq'), Type.Literal('lte'), Type.Literal('gte')]),
    value: Type.Integer({ minimum: -1000, maximum: 1000 }),
    negate: Negate,
  },
  { additionalProperties: false, description: 'The latest score on a segmentation scale' },
)

export const CoachCondition = Type.Object(
  { kind: Type.Literal('coach'), coachIds: Type.Array(Uuid, { minItems: 1, maxItems: 200, uniqueItems: true }), negate: Negate },
  { additionalProperties: false, description: 'In the caseload of one of these coaches now' },
)

export const TeamCondition = Type.Object(
  { kind: Type.Literal('team'), teamIds: Type.Array(Uuid, { minItems: 1, maxItems: 200, uniqueItems: true }), negate: Negate },
  { additionalProperties: false, description: 'Guided by one of these teams now' },
)

export const LocationCondition = Type.Object(
  {
    kind: Type.Literal('location'),
    locations: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 100, uniqueItems: true }),
    negate: Negate,
  },
  { additionalProperties: false, description: 'Scheduled at one of these locations now' },
)

export const SecondmentCondition = Type.Object(
  {
    kind: Type.Literal('secondment'),
    employers: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 100, uniqueItems: true }),
    negate: Negate,
  },
  { additionalProperties: false, description: 'Seconded to one of these employers now (letter case aside)' },
)

export const InterventionCondition = Type.Object(
  { kind: Type.Literal('intervention'), interventionType: Code, within: Window, negate: Negate },
  { additionalProperties: false, description: 'An intervention of this type (not cancelled) started within the window; with negate: none did' },
)

export const MessageEvent = Type.Union([Type.Literal('received'), Type.Literal('opened'), Type.Literal('clicked')])
export const MessageCondition = Type.Object(
  { kind: Type.Literal('message'), event: MessageEvent, within: Window, category: Type.Optional(MessageCategory), negate: Negate },
  { additionalProperties: false, description: 'Received (was sent), opened or clicked a message (of a category) within the window' },
)

export const AudienceMembershipCondition = Type.Object(
  { kind: Type.Literal('audience'), audienceId: Uuid, negate: Negate },
  { additionalProperties: false, description: 'A member of another saved audience' },
)

export const Condition = Type.Union([
  ProfileCondition,
  StatusCondition,
  PhaseCondition,
  SegmentCondition,
  CoachCondition,
  TeamCondition,
  LocationCondition,
  SecondmentCondition,
  InterventionCondition,
  MessageCondition,
  AudienceMembershipCondition,
])
export type Condition = Static<typeof Condition>
export type ConditionKind = Condition['kind']

export const ConditionGroup = Type.Object(
  { match: Match, conditions: Type.Array(Condition, { minItems: 1, maxItems: 30 }) },
  { additionalProperties: false },
)
export type ConditionGroup = Static<typeof ConditionGroup>

export const AudienceDefinition = Type.Object(
  { match: Match, groups: Type.Array(ConditionGroup, { maxItems: 20, description: 'No groups: every client being guided' }) },
  { additionalProperties: false },
)
export type AudienceDefinition = Static<typeof AudienceDefinition>

const Name = Type.String({ minLength: 1, maxLength: 200 })
const Description = Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()]))
const ClientNumbers = Type.Array(Type.String({ minLength: 1, maxLength: 40 }), {
  maxItems: 50_000,
  description: 'Client numbers, e.g. from an uploaded file; unknown numbers are reported back',
})
const ClientIds = Type.Array(Uuid, { maxItems: 50_000, uniqueItems: true })

export const NewAudience = Type.Union([
  Type.Object({ kind: Type.Literal('dynamic'), name: Name, description: Description, definition: AudienceDefinition }, { additionalProperties: false }),
  Type.Object(
    { kind: Type.Literal('static'), name: Name, description: Description, clientIds: Type.Optional(ClientIds), clientNumbers: Type.Optional(ClientNumbers) },
    { additionalProperties: false },
  ),
])
export type NewAudience = Static<typeof NewAudience>

export const AudienceChange = Type.Object(
  { name: Name, description: Description, definition: Type.Optional(AudienceDefinition) },
  { additionalProperties: false, description: 'A new name and description; for a dynamic audience also its definition' },
)
export type AudienceChange = Static<typeof AudienceChange>

export const StaticMembersAddition = Type.Object(
  { clientIds: Type.Optional(ClientIds), clientNumbers: Type.Optional(ClientNumbers) },
  { additionalProperties: false },
)
export type StaticMembersAddition = Static<typeof StaticMembersAddition>

export const AudienceSaved = Type.Object({
  id: Uuid,
  memberCount: Type.Integer(),
  unknownClientNumbers: Type.Array(Type.String(), { description: 'Numbers that are no client of this organisation' }),
})
export type AudienceSaved = Static<typeof AudienceSaved>

export const CountScope = Type.Union([Type.Literal('organisation'), Type.Literal('own')], {
  description: 'organisation: every member; own: the members in the caseload and teams of the user (a coach)',
})

export const AudienceSummary = Type.Object({
  id: Uuid,
  name: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
  kind: Type.Union([Type.Literal('dynamic'), Type.Literal('static')]),
  memberCount: Type.Integer(),
  countScope: CountScope,
  updatedAt: DateTime,
  updatedBy: Type.Union([Type.Object({ id: Uuid, displayName: Type.String() }), Type.Null()]),
})
export type AudienceSummary = Static<typeof AudienceSummary>
export const AudienceList = Type.Object({ audiences: Type.Array(AudienceSummary) })

export const Audience = Type.Composite([
  AudienceSummary,
  Type.Object({
    definition: Type.Union([AudienceDefinition, Type.Null()]),
    referencedBy: Type.Array(Type.Object({ id: Uuid, name: Type.String() }), { description: 'Audiences with a membership condition on this one' }),
    refreshedAt: Type.Union([DateTime, Type.Null()]),
  }),
])
export type Audience = Static<typeof Audience>

export const AudienceParams = Type.Object({ audienceId: Uuid })
export const StaticMemberParams = Type.Object({ audienceId: Uuid, clientId: Uuid })

export const PreviewRequest = Type.Object(
  {
    definition: AudienceDefinition,
    audienceId: Type.Optional(Uuid),
  },
  { additionalProperties: false, description: 'A definition being built; audienceId: the saved audience it will replace (for the cycle check)' },
)
export type PreviewRequest = Static<typeof PreviewRequest>

export const MemberSample = Type.Object({ id: Uuid, clientNumber: Type.String(), name: Type.String() })
export type MemberSample = Static<typeof MemberSample>

export const AudiencePreview = Type.Object({
  count: Type.Integer(),
  countScope: CountScope,
  sample: Type.Array(MemberSample, { description: 'Up to 10 members, by name' }),
})
export type AudiencePreview = Static<typeof AudiencePreview>

export const MembersQuery = Type.Object({ cursor: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false })
export const MemberPage = Type.Object({
  members: Type.Array(Type.Composite([MemberSample, Type.Object({ since: DateTime })])),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
  countScope: CountScope,
})
export type MemberPage = Static<typeof MemberPage>

export const AudienceOptions = Type.Object({
  locations: Type.Array(Type.String(), { description: 'Locations of current attendance schedules' }),
  employers: Type.Array(Type.String(), { description: 'Employers of current secondments' }),
})
export type AudienceOptions = Static<typeof AudienceOptions>
