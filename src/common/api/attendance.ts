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

export const NewSchedule = Type.Object(
  {
    location: Type.String({ minLength: 1, maxLength: 200, description: 'A work-learning centre or an employer' }),
    weekdays: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7, description: '1 = Monday … 7 = Sunday' }),
    startsAt: Time,
    endsAt: Time,
    validFrom: CalendarDate,
    validTo: Type.Optional(CalendarDate),
  },
  { additionalProperties: false },
)
export const ScheduleEnd = Type.Object({ validTo: CalendarDate }, { additionalProperties: false })
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
