import type { Role } from '../../db/schema.js'
import type { StaffActor } from '../../http/context.js'
import { sortName, type NameParts } from '../clients/names.js'
import { scopeSql } from './membershipSql.js'

/** Who builds and uses audiences. */
export const audienceRoles: Role[] = ['coach', 'editor', 'manager', 'admin']

/** Roles that see every member; a coach sees the members within their caseload and teams. */
const organisationWideRoles: Role[] = ['editor', 'manager', 'admin']

/** The processing activity under which audiences read client data. */
export const audienceActivity = 'client-communication'

export type CountScope = 'organisation' | 'own'

export function countScopeOf(actor: StaffActor): CountScope {
  return actor.roles.some((role) => organisationWideRoles.includes(role)) ? 'organisation' : 'own'
}

/** The restriction a user's counts and samples get: none, or the coach's scope. */
export function memberScope(actor: StaffActor) {
  return countScopeOf(actor) === 'organisation' ? null : scopeSql(actor.tenantId, actor)
}

export const memberName = (row: NameParts) => sortName(row)
