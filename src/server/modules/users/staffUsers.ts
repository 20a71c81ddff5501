import type { Tx } from '../../db/database.js'
import type { Role } from '../../db/schema.js'
import { badRequest, conflict } from '../../http/problem.js'
import { lockState } from '../identity/lockout.js'

export interface StaffUserView {
  id: string
  username: string
  displayName: string
  email: string | null
  roles: Role[]
  teamIds: string[]
  active: boolean
  locked: boolean
  lockedUntil: string | null
  secondFactorEnrolled: boolean
  lastSignInAt: string | null
}

export async function listStaffUsers(tx: Tx, onlyId?: string): Promise<StaffUserView[]> {
  let query = tx
    .selectFrom('users as u')
    .select((eb) => [
      'u.id',
      'u.username',
      'u.display_name',
      'u.email',
      'u.active',
      'u.failed_attempts',
      'u.locked_until',
      'u.totp_secret',
      'u.last_sign_in_at',
      eb
        .selectFrom('user_roles as r')
        .whereRef('r.user_id', '=', 'u.id')
        .select((e) => e.fn.coalesce(e.fn.agg<Role[]>('array_agg', ['r.role']), e.val<Role[]>([])).as('roles'))
        .as('roles'),
      eb
        .selectFrom('team_members as m')
        .whereRef('m.user_id', '=', 'u.id')
        .select((e) => e.fn.coalesce(e.fn.agg<string[]>('array_agg', ['m.team_id']), e.val<string[]>([])).as('team_ids'))
        .as('team_ids'),
    ])
    .orderBy('u.display_name')
  if (onlyId !== undefined) query = query.where('u.id', '=', onlyId)
  const rows = await query.execute()
  return rows.map((row) => {
    const lock = lockState(row)
    return {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      email: row.email,
      roles: (row.roles ?? []).slice().sort(),
      teamIds: row.team_ids ?? [],
      active: row.active,
      locked: lock.kind !== 'open',
      lockedUntil: lock.kind === 'delayed' ? lock.until.toISOString() : null,
      secondFactorEnrolled: row.totp_secret !== null,
      lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
    }
  })
}

export interface NewStaffUser {
  username: string
  displayName: string
  email?: string | null
  passwordHash: string
  roles: Role[]
  teamIds: string[]
  /** Sealed TOTP secret, for demo users who are enrolled from the start. */
  totpSecret?: string | null
}

async function assertTeamsExist(tx: Tx, teamIds: string[]): Promise<void> {
  if (teamIds.length === 0) return
  const found = await tx.selectFrom('teams').select('id').where('id', 'in', teamIds).execute()
  const missing = teamIds.filter((id) => !found.some((team) => team.id === id))
  if (missing.length > 0) {
    throw badRequest('unknown-team', `No such team: ${missing.join(', ')}.`, missing.map(() => ({ field: 'teamIds', message: 'is not a team of this organisation' })))
  }
}

export async function setRolesAndTeams(tx: Tx, tenantId: string, userId: string, change: { roles?: Role[]; teamIds?: string[] }) {
  if (change.roles !== undefined) {
    await tx.deleteFrom('user_roles').where('user_id', '=', userId).execute()
    if (change.roles.length > 0) {
      await tx.insertInto('user_roles').values(change.roles.map((role) => ({ tenant_id: tenantId, user_id: userId, role }))).execute()
    }
  }
  if (change.teamIds !== undefined) {
    await assertTeamsExist(tx, change.teamIds)
    const leads = await tx.selectFrom('team_members').select('team_id').where('user_id', '=', userId).where('is_lead', '=', true).execute()
    await tx.deleteFrom('team_members').where('user_id', '=', userId).execute()
    if (change.teamIds.length > 0) {
      await tx
        .insertInto('team_members')
        .values(
          change.teamIds.map((teamId) => ({
            tenant_id: tenantId,
            team_id: teamId,
            user_id: userId,
            is_lead: leads.some((lead) => lead.team_id === teamId),
          })),
        )
        .execute()
    }
  }
}

export async function insertStaffUser(tx: Tx, tenantId: string, user: NewStaffUser): Promise<string> {
  const username = user.username.toLowerCase()
  const taken = await tx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()
  if (taken) throw conflict('username-taken', `The user name "${username}" is already in use in this organisation.`)
  await assertTeamsExist(tx, user.teamIds)
  const row = await tx
    .insertInto('users')
    .values({
      tenant_id: tenantId,
      username,
      display_name: user.displayName,
      email: user.email ?? null,
      password_hash: user.passwordHash,
      totp_secret: user.totpSecret ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await setRolesAndTeams(tx, tenantId, row.id, { roles: user.roles, teamIds: user.teamIds })
  return row.id
}
