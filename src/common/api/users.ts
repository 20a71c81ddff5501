import { Type, type Static } from '@sinclair/typebox'
import { DateTime, RoleName, Uuid } from './shared.js'

const Username = Type.String({
  pattern: '^[a-zA-Z0-9][a-zA-Z0-9._-]{1,62}$',
  description: '2–63 letters, digits, dots, dashes or underscores',
})
const DisplayName = Type.String({ minLength: 1, maxLength: 120 })
const Email = Type.String({ format: 'email', maxLength: 254 })

export const User = Type.Object({
  id: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  roles: Type.Array(RoleName),
  teamIds: Type.Array(Uuid),
  active: Type.Boolean(),
  locked: Type.Boolean({ description: 'Locked or waiting after failed sign-in attempts' }),
  lockedUntil: Type.Union([DateTime, Type.Null()], { description: 'Set while the account waits; null when locked until an admin unlocks it' }),
  secondFactorEnrolled: Type.Boolean(),
  lastSignInAt: Type.Union([DateTime, Type.Null()]),
})
export type User = Static<typeof User>

export const UserList = Type.Object({ users: Type.Array(User) })

export const CreateUser = Type.Object(
  {
    username: Username,
    displayName: DisplayName,
    email: Type.Optional(Type.Union([Email, Type.Null()])),
    password: Type.String({ minLength: 12, maxLength: 1024, description: 'At least 12 characters' }),
    roles: Type.Array(RoleName, { uniqueItems: true }),
    teamIds: Type.Array(Uuid, { uniqueItems: true }),
  },
  { additionalProperties: false },
)
export type CreateUser = Static<typeof CreateUser>

export const UpdateUser = Type.Object(
  {
    displayName: Type.Optional(DisplayName),
    email: Type.Optional(Type.Union([Email, Type.Null()])),
    roles: Type.Optional(Type.Array(RoleName, { uniqueItems: true })),
    teamIds: Type.Optional(Type.Array(Uuid, { uniqueItems: true })),
    active: Type.Optional(Type.Boolean()),
    locked: Type.Optional(Type.Literal(false, { description: 'false unlocks the account' })),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type UpdateUser = Static<typeof UpdateUser>

export const UserIdParams = Type.Object({ userId: Uuid })

export const Team = Type.Object({ id: Uuid, name: Type.String(), memberCount: Type.Integer() })
export const TeamList = Type.Object({ teams: Type.Array(Team) })
export const CreateTeam = Type.Object({ name: Type.String({ minLength: 1, maxLength: 120 }) }, { additionalProperties: false })

export const Coach = Type.Object({
  id: Uuid,
  displayName: Type.String(),
  teamIds: Type.Array(Uuid),
  leadOfTeamIds: Type.Array(Uuid),
})
export const CoachList = Type.Object({ coaches: Type.Array(Coach) })
