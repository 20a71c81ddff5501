import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { DateTime, Uuid } from './shared.js'

/** A calendar date, YYYY-MM-DD (shown in Europe/Amsterdam). */
export const CalendarDate = Type.String({ format: 'date' })
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])
const Person = Type.Object({ id: Uuid, displayName: Type.String() })
const Code = Type.String({ pattern: '^[a-z0-9_]{1,40}$' })
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max })

export const Channel = Type.Union([Type.Literal('app'), Type.Literal('sms'), Type.Literal('email'), Type.Literal('letter')])
export const PhaseCode = Type.Union([
  Type.Literal('before-intake'),
  Type.Literal('0-3'),
  Type.Literal('3-6'),
  Type.Literal('6-12'),
  Type.Literal('12+'),
  Type.Literal('outflow'),
])
export const StatusKind = Type.Union([
  Type.Literal('benefit'),
  Type.Literal('exemption'),
  Type.Literal('employment'),
  Type.Literal('secondment'),
  Type.Literal('work_experience'),
  Type.Literal('other'),
])
export const InterventionStatus = Type.Union([
  Type.Literal('planned'),
  Type.Literal('active'),
  Type.Literal('completed'),
  Type.Literal('cancelled'),
])
export const InterventionOutcome = Type.Union([
  Type.Literal('successful'),
  Type.Literal('partly_successful'),
  Type.Literal('not_successful'),
  Type.Literal('stopped'),
])
export const ProfileValueType = Type.Union([
  Type.Literal('text'),
  Type.Literal('number'),
  Type.Literal('boolean'),
  Type.Literal('date'),
  Type.Literal('choice'),
  Type.Literal('multi_choice'),
])
const ProfileValue = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Array(Type.String())])
const Labelled = { code: Code, labelNl: Type.String(), labelEn: Type.String() }

// --- The client page -------------------------------------------------------------------------

export const ClientName = Type.Object({
  initials: Nullable(Type.String()),
  firstNames: Type.String(),
  tussenvoegsel: Nullable(Type.String()),
  surname: Type.String(),
  /** "Anouk van den Berg" */
  fullName: Type.String(),
  /** "Berg, A. van den": how lists sort and show names */
  sortName: Type.String(),
})

export const ClientDetails = Type.Object({
  id: Uuid,
  clientNumber: Type.String(),
  name: ClientName,
  dateOfBirth: Nullable(CalendarDate),
  age: Nullable(Type.Integer()),
  bsnMasked: Nullable(Type.String({ description: 'Only the last three digits, e.g. ******782' })),
  address: Type.Object({
    street: Nullable(Type.String()),
    houseNumber: Nullable(Type.String()),
    postcode: Nullable(Type.String()),
    city: Nullable(Type.String()),
  }),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  preferredLanguage: Type.String(),
  preferredChannel: Channel,
  intakeDate: Nullable(CalendarDate),
  outflowDate: Nullable(CalendarDate),
  outflowReason: Nullable(Type.String()),
})

export const Assignment = Type.Object({
  coach: Nullable(Person),
  team: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  since: DateTime,
  until: Nullable(DateTime),
  reason: Nullable(Type.String()),
})

export const ClientStatus = Type.Object({
  id: Uuid,
  statusCode: Type.String(),
  kind: StatusKind,
  labelNl: Type.String(),
  labelEn: Type.String(),
  validFrom: CalendarDate,
  validTo: Nullable(CalendarDate),
  plannedEnd: Nullable(CalendarDate),
  regime: Nullable(Type.String()),
  organisation: Nullable(Type.String({ description: 'Employer of a secondment or employment; place of work experience' })),
  note: Nullable(Type.String()),
  recordedBy: Nullable(Person),
  recordedAt: DateTime,
})

export const SegmentScore = Type.Object({
  scaleCode: Type.String(),
  labelNl: Type.String(),
  labelEn: Type.String(),
  levels: Type.Array(Type.Object({ value: Type.Integer(), labelNl: Type.String(), labelEn: Type.String() })),
  current: Nullable(Type.Object({ value: Type.Integer(), assessedOn: CalendarDate })),
  history: Type.Array(Type.Object({ value: Type.Integer(), assessedOn: CalendarDate, recordedBy: Nullable(Person) })),
})

export const Diagnosis = Type.Object({
  id: Uuid,
  assessedOn: CalendarDate,
  source: Type.String(),
  skills: Type.Array(Type.String()),
  livingSituation: Type.Record(Type.String(), Type.String()),
  summary: Nullable(Type.String()),
  recordedBy: Nullable(Person),
})

export const DevelopmentCard = Type.Object({
  competences: Type.Array(Type.Object({ code: Type.String(), labelNl: Type.String(), labelEn: Type.String() })),
  /** Oldest first, for charting. */
  assessments: Type.Array(Type.Object({ assessedOn: CalendarDate, scores: Type.Record(Type.String(), Type.Integer()) })),
})

export const ProfileEntry = Type.Object({
  code: Type.String(),
  labelNl: Type.String(),
  labelEn: Type.String(),
  valueType: ProfileValueType,
  options: Type.Array(Type.Object({ value: Type.String(), labelNl: Type.String(), labelEn: Type.String() })),
  value: Nullable(ProfileValue),
  source: Nullable(Type.String({ description: 'coach, client or import' })),
  recordedAt: Nullable(DateTime),
})

export const Intervention = Type.Object({
  id: Uuid,
  typeCode: Type.String(),
  labelNl: Type.String(),
  labelEn: Type.String(),
  status: InterventionStatus,
  startDate: CalendarDate,
  endDate: Nullable(CalendarDate),
  outcome: Nullable(InterventionOutcome),
  outcomeNote: Nullable(Type.String()),
  registeredBy: Nullable(Person),
  registeredAt: DateTime,
})

export const PlanStep = Type.Object({
  id: Uuid,
  goalId: Nullable(Uuid),
  description: Type.String(),
  responsible: Type.Union([Type.Literal('client'), Type.Literal('coach'), Type.Literal('other')]),
  dueDate: Nullable(CalendarDate),
  interventionId: Nullable(Uuid),
  status: Type.Union([Type.Literal('open'), Type.Literal('done'), Type.Literal('dropped')]),
})

export const PlanGoal = Type.Object({
  id: Uuid,
  description: Type.String(),
  targetDate: Nullable(CalendarDate),
  status: Type.Union([Type.Literal('open'), Type.Literal('achieved'), Type.Literal('dropped')]),
  createdBy: Nullable(Person),
  createdAt: DateTime,
})

export const Plan = Type.Object({
  agreedOn: Nullable(CalendarDate),
  reviewOn: Nullable(CalendarDate),
  goals: Type.Array(PlanGoal),
  steps: Type.Array(PlanStep),
})

export const Note = Type.Object({ id: Uuid, body: Type.String(), author: Nullable(Person), createdAt: DateTime })

export const TimelineEntry = Type.Object({
  id: Uuid,
  occurredAt: DateTime,
  kind: Type.String({ description: 'e.g. client.created, note.added, status.started, intervention.registered' }),
  actor: Nullable(Person),
  data: Type.Record(Type.String(), Type.Unknown()),
})

export const SuggestedAction = Type.Object({
  signalCode: Type.String(),
  severity: Type.Union([Type.Literal('info'), Type.Literal('warning'), Type.Literal('urgent')]),
  titleNl: Type.String(),
  titleEn: Type.String(),
  action: Type.String({ description: 'What to do: open-client, plan-intervention, register-contact, send-message, answer-chat' }),
})

export const ClientPage = Type.Object({
  client: ClientDetails,
  assignment: Nullable(Assignment),
  assignmentHistory: Type.Array(Assignment),
  phase: Type.Object({ code: PhaseCode, monthsSinceIntake: Nullable(Type.Integer()) }),
  statuses: Type.Object({ current: Type.Array(ClientStatus), history: Type.Array(ClientStatus) }),
  segments: Type.Array(SegmentScore),
  diagnosis: Nullable(Diagnosis),
  developmentCard: DevelopmentCard,
  profile: Type.Array(ProfileEntry),
  interventions: Type.Array(Intervention),
  plan: Plan,
  notes: Type.Array(Note),
  timeline: Type.Array(TimelineEntry),
  suggestedActions: Type.Array(SuggestedAction),
  access: Type.Object({
    via: Type.Union([Type.Literal('caseload'), Type.Literal('team'), Type.Literal('role'), Type.Literal('grant')]),
    canEdit: Type.Boolean(),
  }),
})
export type ClientPage = Static<typeof ClientPage>

export const ClientIdParams = Type.Object({ clientId: Uuid })

// --- Finding ---------------------------------------------------------------------------------

export const ClientSearchQuery = Type.Object(
  {
    query: Type.String({
      minLength: 2,
      maxLength: 100,
      description: 'A name (typos allowed), client number, BSN, date of birth (dd-mm-jjjj) or postcode',
    }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
  },
  { additionalProperties: false },
)

export const ClientSearchResult = Type.Object({
  id: Uuid,
  clientNumber: Type.String(),
  /** Null when the client is outside your caseload and team: open it with a reason. */
  sortName: Nullable(Type.String()),
  dateOfBirth: Nullable(CalendarDate),
  postcode: Nullable(Type.String()),
  coach: Nullable(Person),
  matchedOn: Type.Union([
    Type.Literal('name'),
    Type.Literal('clientNumber'),
    Type.Literal('bsn'),
    Type.Literal('dateOfBirth'),
    Type.Literal('postcode'),
  ]),
  inScope: Type.Boolean(),
})
export const ClientSearchResults = Type.Object({ results: Type.Array(ClientSearchResult) })

// --- Recording ------------------------------------------------------------------------------

export const NewClient = Type.Object(
  {
    clientNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    initials: Type.Optional(Type.String({ maxLength: 20 })),
    firstNames: Text(100),
    tussenvoegsel: Type.Optional(Type.String({ maxLength: 20 })),
    surname: Text(100),
    dateOfBirth: Type.Optional(CalendarDate),
    bsn: Type.Optional(Type.String({ pattern: '^\\d{8,9}$', description: '9 digits, valid by the elfproef' })),
    street: Type.Optional(Type.String({ maxLength: 100 })),
    houseNumber: Type.Optional(Type.String({ maxLength: 20 })),
    postcode: Type.Optional(Type.String({ maxLength: 7 })),
    city: Type.Optional(Type.String({ maxLength: 100 })),
    phone: Type.Optional(Type.String({ maxLength: 20 })),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    preferredLanguage: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}$', description: 'A language code of 2 or 3 letters (ISO 639), also one the organisation added to the app' })),
    preferredChannel: Type.Optional(Channel),
    intakeDate: Type.Optional(CalendarDate),
    teamId: Type.Optional(Uuid),
    coachId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
)
export type NewClient = Static<typeof NewClient>

export const ContactChange = Type.Object(
  {
    street: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    houseNumber: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
    postcode: Type.Optional(Nullable(Type.String({ maxLength: 7 }))),
    city: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254 }))),
    preferredLanguage: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}$', description: 'A language code of 2 or 3 letters (ISO 639), also one the organisation added to the app' })),
    preferredChannel: Type.Optional(Channel),
    outflowDate: Type.Optional(Nullable(CalendarDate)),
    outflowReason: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type ContactChange = Static<typeof ContactChange>

export const AssignmentChange = Type.Object(
  { teamId: Nullable(Uuid), coachId: Nullable(Uuid), reason: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
)

export const NewNote = Type.Object({ body: Text(10_000) }, { additionalProperties: false })

export const NewStatus = Type.Object(
  {
    statusCode: Code,
    validFrom: CalendarDate,
    plannedEnd: Type.Optional(CalendarDate),
    regime: Type.Optional(Type.String({ maxLength: 60 })),
    organisation: Type.Optional(Type.String({ maxLength: 200 })),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
)
export type NewStatus = Static<typeof NewStatus>

export const StatusEnd = Type.Object({ validTo: CalendarDate }, { additionalProperties: false })
export const StatusParams = Type.Object({ clientId: Uuid, statusId: Uuid })

export const NewIntervention = Type.Object(
  {
    typeCode: Code,
    status: InterventionStatus,
    startDate: CalendarDate,
    endDate: Type.Optional(CalendarDate),
    outcome: Type.Optional(InterventionOutcome),
    outcomeNote: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
)
export type NewIntervention = Static<typeof NewIntervention>
export const InterventionChange = Type.Object(
  {
    status: Type.Optional(InterventionStatus),
    endDate: Type.Optional(Nullable(CalendarDate)),
    outcome: Type.Optional(Nullable(InterventionOutcome)),
    outcomeNote: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false, minProperties: 1 },
)
export const InterventionParams = Type.Object({ clientId: Uuid, interventionId: Uuid })

export const NewSegmentScore = Type.Object(
  { scaleCode: Code, value: Type.Integer(), assessedOn: CalendarDate },
  { additionalProperties: false },
)
export const NewCompetenceAssessment = Type.Object(
  { assessedOn: CalendarDate, scores: Type.Record(Type.String(), Type.Integer({ minimum: 1, maximum: 5 })) },
  { additionalProperties: false },
)
export const NewDiagnosis = Type.Object(
  {
    assessedOn: CalendarDate,
    source: Type.Optional(Type.String({ maxLength: 40 })),
    skills: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50 }),
    livingSituation: Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 500 })),
    summary: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
)

export const ProfileValueChange = Type.Object({ value: Nullable(ProfileValue) }, { additionalProperties: false })
export const ProfileValueParams = Type.Object({ clientId: Uuid, criterionCode: Code })

export const PlanChange = Type.Object(
  { agreedOn: Type.Optional(Nullable(CalendarDate)), reviewOn: Type.Optional(Nullable(CalendarDate)) },
  { additionalProperties: false, minProperties: 1 },
)
export const NewGoal = Type.Object(
  { description: Text(1000), targetDate: Type.Optional(CalendarDate) },
  { additionalProperties: false },
)
export const GoalChange = Type.Object(
  {
    description: Type.Optional(Text(1000)),
    targetDate: Type.Optional(Nullable(CalendarDate)),
    status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('achieved'), Type.Literal('dropped')])),
  },
  { additionalProperties: false, minProperties: 1 },
)
export const GoalParams = Type.Object({ clientId: Uuid, goalId: Uuid })
export const NewStep = Type.Object(
  {
    goalId: Type.Optional(Uuid),
    description: Text(1000),
    responsible: Type.Union([Type.Literal('client'), Type.Literal('coach'), Type.Literal('other')]),
    dueDate: Type.Optional(CalendarDate),
    interventionId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
)
export const StepChange = Type.Object(
  {
    description: Type.Optional(Text(1000)),
    dueDate: Type.Optional(Nullable(CalendarDate)),
    status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('done'), Type.Literal('dropped')])),
  },
  { additionalProperties: false, minProperties: 1 },
)
export const StepParams = Type.Object({ clientId: Uuid, stepId: Uuid })

export const AccessRequest = Type.Object(
  { reason: Type.String({ minLength: 5, maxLength: 500, description: 'Why you need this client record' }) },
  { additionalProperties: false },
)

// --- Configuration (admin) ------------------------------------------------------------------

export const StatusTypeConfig = Type.Object({
  ...Labelled,
  kind: StatusKind,
  regimes: Type.Array(Type.String({ maxLength: 60 })),
  active: Type.Boolean(),
})
export const ProfileCriterionConfig = Type.Object({
  ...Labelled,
  valueType: ProfileValueType,
  options: Type.Array(Type.Object({ value: Type.String({ minLength: 1, maxLength: 60 }), labelNl: Type.String(), labelEn: Type.String() })),
  visibleTo: Type.Array(Type.String()),
  active: Type.Boolean(),
})
export const SegmentScaleConfig = Type.Object({
  ...Labelled,
  levels: Type.Array(Type.Object({ value: Type.Integer(), labelNl: Type.String(), labelEn: Type.String() }), { minItems: 2, maxItems: 10 }),
})
export const CompetenceConfig = Type.Object(Labelled)
export const InterventionTypeConfig = Type.Object({ ...Labelled, category: Type.String({ maxLength: 40 }), active: Type.Boolean() })

export const ClientSettings = Type.Object({
  statusTypes: Type.Array(StatusTypeConfig),
  profileCriteria: Type.Array(ProfileCriterionConfig),
  segmentScales: Type.Array(SegmentScaleConfig),
  competences: Type.Array(CompetenceConfig),
  interventionTypes: Type.Array(InterventionTypeConfig),
})
export type ClientSettings = Static<typeof ClientSettings>
export const CodeParams = Type.Object({ code: Code })

export const NewContact = Type.Object(
  {
    contactedAt: DateTime,
    channel: Type.Union(['conversation', 'phone', 'video', 'home_visit', 'email', 'sms', 'chat', 'letter'].map((c) => Type.Literal(c))),
    summary: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
)

export const NewSnooze = Type.Object(
  {
    signalCode: Code,
    until: CalendarDate,
    reason: Type.String({ minLength: 3, maxLength: 500 }),
  },
  { additionalProperties: false },
)
