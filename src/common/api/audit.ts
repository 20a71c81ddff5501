import { Type } from '@sinclair/typebox'
import { DateTime, Uuid } from './shared.js'

export const AuditQuery = Type.Object(
  {
    actorId: Type.Optional(Uuid),
    dataSubjectId: Type.Optional(Type.String({ maxLength: 100 })),
    action: Type.Optional(Type.String({ maxLength: 100, description: 'An action or its prefix, e.g. "session."' })),
    from: Type.Optional(DateTime),
    to: Type.Optional(DateTime),
    before: Type.Optional(Type.String({ maxLength: 200, description: 'The nextCursor of the previous page' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
)

export const AuditEvent = Type.Object({
  id: Uuid,
  occurredAt: DateTime,
  actor: Type.Union([Type.Object({ id: Uuid, displayName: Type.String() }), Type.Null()]),
  actorType: Type.String(),
  dataSubject: Type.Union([Type.Object({ type: Type.String(), id: Type.String() }), Type.Null()]),
  processingActivity: Type.String(),
  action: Type.String(),
  outcome: Type.Union([Type.Literal('success'), Type.Literal('failure')]),
  traceId: Type.String(),
  attributes: Type.Record(Type.String(), Type.Unknown()),
})

export const AuditPage = Type.Object({
  events: Type.Array(AuditEvent),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
})
