import { Type } from '@sinclair/typebox'
import { CalendarDate } from './clients.js'
import { DateTime, Uuid } from './shared.js'

const Time = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:MM' })
export const AttendanceStatus = Type.Union([
  Type.Literal('present'),
  Type.Literal('sick'),
  Type.Literal('leave'),
  Type.Literal('absent_with_notice'),
  Type.Literal('absent_without_notice'),
])

/** What the client sees in the app about a scheduled day ("Waar moet ik zijn?"). */
const scheduleDetails = {
  address: Type.Optional(Type.String({ minLength: 1, maxLength: 300, description: 'Where exactly: street, number, place' })),
  activity: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'What the client will do' })),
  whatToBring: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  whatToWear: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
}

export const NewSchedule = Type.Object(
  {
    location: Type.String({ minLength: 1, maxLength: 200, description: 'A work-learning centre or an employer' }),
    weekdays: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7, description: '1 = Monday … 7 = Sunday' }),
    startsAt: Time,
    endsAt: Time,
    validFrom: CalendarDate,
    validTo: Type.Optional(CalendarDate),
    ...scheduleDetails,
  },
  { additionalProperties: false },
)
/** End a schedule on its last day, or change what the client needs to know about it (null clears a detail). */
export const ScheduleChange = Type.Object(
  {
    validTo: Type.Optional(CalendarDate),
    address: Type.Optional(Type.Union([scheduleDetails.address, Type.Null()])),
    activity: Type.Optional(Type.Union([scheduleDetails.activity, Type.Null()])),
    whatToBring: Type.Optional(Type.Union([scheduleDetails.whatToBring, Type.Null()])),
    whatToWear: Type.Optional(Type.Union([scheduleDetails.whatToWear, Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
)
export const ScheduleParams = Type.Object({ clientId: Uuid, scheduleId: Uuid })

export const RegisterQuery = Type.Object(
  { day: CalendarDate, location: Type.Optional(Type.String({ maxLength: 200 })) },
  { additionalProperties: false },
)
export const RegisterRow = Type.Object({
  clientId: Uuid,
  clientNumber: Type.String(),
  sortName: Type.String(),
  location: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  status: Type.Union([AttendanceStatus, Type.Null()]),
  checkedInAt: Type.Union([DateTime, Type.Null()]),
  checkedOutAt: Type.Union([DateTime, Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
})
export const Register = Type.Object({ day: CalendarDate, rows: Type.Array(RegisterRow) })
export const RegisterEntryParams = Type.Object({ day: CalendarDate, clientId: Uuid })
export const RegisterEntry = Type.Object(
  {
    status: AttendanceStatus,
    checkedInAt: Type.Optional(Type.Union([DateTime, Type.Null()])),
    checkedOutAt: Type.Optional(Type.Union([DateTime, Type.Null()])),
    note: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
  },
  { additionalProperties: false },
)
