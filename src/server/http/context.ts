import type { Role } from '../db/schema.js'

/** Who is acting, as established by the session. */
export interface StaffActor {
  tenantId: string
  userId: string
  roles: Role[]
  teamIds: string[]
}

/** What every service call gets from the request: the trace for the audit log, and the actor. */
export interface Trace {
  traceId: string
  actorType: 'user' | 'client' | 'system' | 'anonymous'
  actorId: string | null
}

export function userTrace(traceId: string, actor: StaffActor): Trace {
  return { traceId, actorType: 'user', actorId: actor.userId }
}
