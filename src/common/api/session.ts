import { Type, type Static } from '@sinclair/typebox'
import { DateTime, RoleName, Slug, Uuid } from './shared.js'

export const SignInRequest = Type.Object(
  {
    organisation: Slug,
    username: Type.String({ minLength: 1, maxLength: 120 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
)

export const SessionState = Type.Object({
  stage: Type.Union([Type.Literal('second-factor'), Type.Literal('enrolment'), Type.Literal('active')]),
  csrfToken: Type.String(),
  expiresAt: DateTime,
  organisation: Type.Object({ slug: Slug, name: Type.String() }),
  user: Type.Object({
    id: Uuid,
    username: Type.String(),
    displayName: Type.String(),
    roles: Type.Array(RoleName),
    teams: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
  }),
})
export type SessionState = Static<typeof SessionState>

export const SecondFactorRequest = Type.Union([
  Type.Object({ code: Type.String({ pattern: '^\\d{6}$' }) }, { additionalProperties: false }),
  Type.Object({ recoveryCode: Type.String({ minLength: 8, maxLength: 20 }) }, { additionalProperties: false }),
])

export const Enrolment = Type.Object({
  secret: Type.String(),
  otpauthUri: Type.String(),
  qrCodeSvg: Type.String(),
})

export const EnrolmentConfirmation = Type.Object(
  { code: Type.String({ pattern: '^\\d{6}$' }) },
  { additionalProperties: false },
)

export const EnrolmentResult = Type.Object({
  recoveryCodes: Type.Array(Type.String()),
  session: SessionState,
})
