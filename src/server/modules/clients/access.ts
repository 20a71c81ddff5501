import type { StaffActor } from '../../http/context.js'
import type { Tx } from '../../db/database.js'
import { AppError, notFound } from '../../http/problem.js'

export type AccessVia = 'caseload' | 'team' | 'role' | 'grant'

export interface ClientAccess {
  via: AccessVia
  canEdit: boolean
}

/** Roles that may read every client of the organisation (team leads and managers). */
const tenantWideRoles = ['manager'] as const
/** Roles that may open a client outside their scope with a recorded reason. */
export const breakTheGlassRoles = ['coach', 'manager', 'account_manager'] as const
export const grantHours = 8

/**
 * A coach sees the clients of their caseload and of their teams; a manager sees all clients;
 * anyone else (or a coach outside their teams) needs a recorded reason, which grants access for
 * a working day. Returns null when there is no access. Row-level security already keeps other
 * tenants out.
 */
export async function clientAccess(tx: Tx, actor: StaffActor, clientId: string): Promise<ClientAccess | null> {
  const row = await tx
    .selectFrom('clients as c')
    .leftJoin('client_assignments as a', (join) =>
      join.onRef('a.tenant_id', '=', 'c.tenant_id').onRef('a.client_id', '=', 'c.id').on('a.valid_to', 'is', null),
    )
    .select((eb) => [
      'a.coach_id',
      'a.team_id',
      eb
        .exists(
          eb
            .selectFrom('client_access_grants as g')
            .whereRef('g.client_id', '=', 'c.id')
            .where('g.user_id', '=', actor.userId)
            .where('g.expires_at', '>', new Date()),
        )
        .as('granted'),
    ])
    .where('c.id', '=', clientId)
    .executeTakeFirst()
  if (!row) return null
  if (row.coach_id === actor.userId) return { via: 'caseload', canEdit: true }
  if (row.team_id !== null && actor.teamIds.includes(row.team_id)) return { via: 'team', canEdit: true }
  if (row.granted) return { via: 'grant', canEdit: true }
  if (actor.roles.some((role) => (tenantWideRoles as readonly string[]).includes(role))) return { via: 'role', canEdit: false }
  return null
}

export const outsideScope = () =>
  new AppError(
    403,
    'outside-scope',
    'Outside your caseload',
    'This client is not in your caseload or team. Give a reason to open the record; your team lead is told.',
  )

/** Throws 404 for a client that does not exist (in this tenant) and 403 outside one's scope. */
export async function requireClientAccess(tx: Tx, actor: StaffActor, clientId: string, edit = false): Promise<ClientAccess> {
  const exists = await tx.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst()
  if (!exists) throw notFound('No such client.')
  const access = await clientAccess(tx, actor, clientId)
  if (access === null) throw outsideScope()
  if (edit && !access.canEdit) {
    throw new AppError(403, 'read-only-access', 'Read only', 'Your role lets you read this client record, not change it.')
  }
  return access
}
