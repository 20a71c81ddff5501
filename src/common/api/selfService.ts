import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { CalendarDate } from './clients.js'
import { DateTime, Uuid } from './shared.js'

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

// Mijn coach ---------------------------------------------------------------------------------

/** How to reach one person of the organisation, as the client sees it. */
export const ContactPerson = Type.Object({
  name: Type.String(),
  photoUrl: Nullable(Type.String({ description: 'Where the app fetches the photo; null without one' })),
  phone: Nullable(Type.String({ description: 'E.164' })),
  email: Nullable(Type.String()),
  availability: Nullable(Type.String({ description: 'When they can be reached, in their own words' })),
})
export type ContactPerson = Static<typeof ContactPerson>

export const MyCoach = Type.Object({
  coach: Nullable(ContactPerson),
  team: Nullable(
    Type.Object({
      name: Type.String(),
      contacts: Type.Array(ContactPerson, { description: 'The team leads: whom to reach when the coach is away or there is no coach' }),
    }),
  ),
  organisation: Type.String(),
})
export type MyCoach = Static<typeof MyCoach>

// Waar moet ik zijn? -------------------------------------------------------------------------

export const DayStatus = Type.Union([
  Type.Literal('present'),
  Type.Literal('sick'),
  Type.Literal('leave'),
  Type.Literal('leave-requested'),
  Type.Literal('absent_with_notice'),
  Type.Literal('absent_without_notice'),
])
export type DayStatus = Static<typeof DayStatus>

export const ScheduledDay = Type.Object({
  day: CalendarDate,
  location: Type.String(),
  address: Nullable(Type.String()),
  startsAt: Type.String({ description: 'HH:MM' }),
  endsAt: Type.String({ description: 'HH:MM' }),
  activity: Nullable(Type.String()),
  whatToBring: Nullable(Type.String()),
  whatToWear: Nullable(Type.String()),
  status: Nullable(DayStatus),
})
export type ScheduledDay = Static<typeof ScheduledDay>

export const Appointment = Type.Object({
  id: Uuid,
  day: CalendarDate,
  labelNl: Type.String(),
  labelEn: Type.String(),
  status: Type.Union([Type.Literal('planned'), Type.Literal('active')]),
})

export const MySchedule = Type.Object({
  from: CalendarDate,
  to: CalendarDate,
  days: Type.Array(ScheduledDay),
  appointments: Type.Array(Appointment, { description: 'Coming interventions of my plan (from today), soonest first' }),
  sick: Type.Boolean({ description: 'Whether I reported sick and did not report better yet' }),
})
export type MySchedule = Static<typeof MySchedule>

// Ziek melden ---------------------------------------------------------------------------------

/** Who was told: the coach, or (without one) the team. */
export const Told = Type.Object({ kind: Type.Union([Type.Literal('coach'), Type.Literal('team'), Type.Literal('organisation')]), name: Type.String() })

export const SickReport = Type.Object({
  id: Uuid,
  firstDay: CalendarDate,
  reportedAt: DateTime,
  alreadyReported: Type.Boolean({ description: 'True when this report was already made: nothing changed' }),
  scheduledToday: Type.Boolean({ description: 'Whether today was a scheduled day, now recorded as sick' }),
  told: Told,
})
export type SickReport = Static<typeof SickReport>

export const Recovery = Type.Object({
  recoveredOn: CalendarDate,
  wasSick: Type.Boolean({ description: 'False when there was no open sick report: nothing changed' }),
  told: Told,
})
export type Recovery = Static<typeof Recovery>

// Verlof aanvragen ---------------------------------------------------------------------------

export const LeaveRequestStatus = Type.Union([Type.Literal('requested'), Type.Literal('approved'), Type.Literal('declined'), Type.Literal('withdrawn', { description: 'Withdrawn by the client' })])

export const NewLeaveRequest = Type.Object(
  {
    firstDay: CalendarDate,
    lastDay: Type.Optional(CalendarDate),
    reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  },
  { additionalProperties: false, description: 'A day (lastDay left out) or a period of at most 365 days, from today' },
)
export type NewLeaveRequest = Static<typeof NewLeaveRequest>

export const LeaveRequest = Type.Object({
  id: Uuid,
  firstDay: CalendarDate,
  lastDay: CalendarDate,
  reason: Nullable(Type.String()),
  status: LeaveRequestStatus,
  requestedAt: DateTime,
  decidedAt: Nullable(DateTime),
  decisionNote: Nullable(Type.String()),
  withdrawnAt: Nullable(DateTime),
  /** For the coach: who decided; the client sees only the decision. */
  decidedBy: Type.Optional(Nullable(Type.Object({ id: Uuid, displayName: Type.String() }))),
  scheduledDays: Type.Integer({ description: 'How many scheduled days lie in the period' }),
  mayWithdraw: Type.Boolean({ description: 'Whether the client may still withdraw it: while it waits for a decision, or approved with its first day after today' }),
})
export type LeaveRequest = Static<typeof LeaveRequest>

export const LeaveRequestList = Type.Object({ leaveRequests: Type.Array(LeaveRequest) })

/** The answer to asking for leave: the request, and who heard about it. */
export const LeaveRequestReceived = Type.Object({ leaveRequest: LeaveRequest, told: Told })

/** The answer to withdrawing leave: the withdrawn request, and who hears (or heard) about it. */
export const LeaveRequestWithdrawn = Type.Object({ leaveRequest: LeaveRequest, told: Told })

export const LeaveRequestParams = Type.Object({ clientId: Uuid, leaveRequestId: Uuid })

export const MyLeaveRequestParams = Type.Object({ leaveRequestId: Uuid })

export const LeaveDecision = Type.Object(
  {
    decision: Type.Union([Type.Literal('approved'), Type.Literal('declined')]),
    note: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  },
  { additionalProperties: false },
)
export type LeaveDecision = Static<typeof LeaveDecision>
