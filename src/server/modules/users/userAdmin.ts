import type { CreateUser, UpdateUser } from '../../../common/api/users.js'
import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import { userTrace, type StaffActor } from '../../http/context.js'
import { badRequest, notFound } from '../../http/problem.js'
import { recordAudit } from '../audit/recordAudit.js'
import { hashPassword } from '../identity/passwords.js'
import { deleteUserSessions } from '../identity/sessions.js'
import { insertStaffUser, listStaffUsers, setRolesAndTeams, type StaffUserView } from './staffUsers.js'

const activity = 'user-management'

export function listUsers(ctx: AppContext, actor: StaffActor): Promise<StaffUserView[]> {
  return inTenant(ctx.db, actor, (tx) => listStaffUsers(tx))
}

export async function createUser(ctx: AppContext, traceId: string, actor: StaffActor, input: CreateUser): Promise<StaffUserView> {
  const passwordHash = await hashPassword(input.password)
  return inTenant(ctx.db, actor, async (tx) => {
    const id = await insertStaffUser(tx, actor.tenantId, { ...input, passwordHash })
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: activity,
      action: 'user.create',
      dataSubject: { type: 'staff-user', id },
      attributes: { roles: input.roles, teamIds: input.teamIds },
    })
    const [user] = await listStaffUsers(tx, id)
    return user!
  })
}

export async function updateUser(
  ctx: AppContext,
  traceId: string,
  actor: StaffActor,
  userId: string,
  change: UpdateUser,
): Promise<StaffUserView> {
  if (userId === actor.userId) {
    if (change.active === false) throw badRequest('cannot-deactivate-self', 'You cannot deactivate your own account.')
    if (change.roles !== undefined && !change.roles.includes('admin')) {
      throw badRequest('cannot-drop-own-admin', 'You cannot take the admin role away from yourself; ask another admin.')
    }
  }
  return inTenant(ctx.db, actor, async (tx) => {
    const existing = await tx.selectFrom('users').select(['id', 'active']).where('id', '=', userId).executeTakeFirst()
    if (!existing) throw notFound('No such user.')
    const fields: Record<string, unknown> = { updated_at: new Date() }
    if (change.displayName !== undefined) fields.display_name = change.displayName
    if (change.email !== undefined) fields.email = change.email
    if (change.active !== undefined) fields.active = change.active
    if (change.locked === false) Object.assign(fields, { failed_attempts: 0, locked_until: null })
    await tx.updateTable('users').set(fields).where('id', '=', userId).execute()
    await setRolesAndTeams(tx, actor.tenantId, userId, change)
    if (change.active === false) await deleteUserSessions(tx, userId)
    const trace = userTrace(traceId, actor)
    const dataSubject = { type: 'staff-user', id: userId }
    const changed = Object.keys(change).filter((key) => key !== 'locked')
    if (changed.length > 0) {
      await recordAudit(tx, actor.tenantId, trace, {
        processingActivity: activity,
        action: change.active === false ? 'user.deactivate' : change.active === true && !existing.active ? 'user.reactivate' : 'user.update',
        dataSubject,
        attributes: { fields: changed, ...(change.roles ? { roles: change.roles } : {}) },
      })
    }
    if (change.locked === false) {
      await recordAudit(tx, actor.tenantId, trace, { processingActivity: activity, action: 'user.unlock', dataSubject })
    }
    const [user] = await listStaffUsers(tx, userId)
    return user!
  })
}

export async function resetSecondFactor(ctx: AppContext, traceId: string, actor: StaffActor, userId: string): Promise<void> {
  await inTenant(ctx.db, actor, async (tx) => {
    const result = await tx
      .updateTable('users')
      .set({ totp_secret: null, totp_last_step: null, updated_at: new Date() })
      .where('id', '=', userId)
      .executeTakeFirst()
    if (Number(result.numUpdatedRows) === 0) throw notFound('No such user.')
    await tx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute()
    await deleteUserSessions(tx, userId)
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: activity,
      action: 'user.second-factor-reset',
      dataSubject: { type: 'staff-user', id: userId },
    })
  })
}
