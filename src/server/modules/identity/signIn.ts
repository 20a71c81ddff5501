import { sql } from 'kysely'
import type { AppContext } from '../../appContext.js'
import { asApp, inTenant, type Tx } from '../../db/database.js'
import type { Trace } from '../../http/context.js'
import { AppError, unauthorized } from '../../http/problem.js'
import { recordAudit } from '../audit/recordAudit.js'
import { lockState, lockUntilAfter } from './lockout.js'
import { verifyAgainstNothing, verifyPassword } from './passwords.js'
import { advanceSession, createSession, deleteSession, type LoadedSession, type SessionPolicy } from './sessions.js'
import { enrolmentMaterial, newTotpSecret, verifyTotp } from './totp.js'
import { newRecoveryCode, normaliseRecoveryCode, sha256 } from './tokens.js'

const activity = 'access-control'

const invalidCredentials = () =>
  unauthorized('invalid-credentials', 'The user name or password is not right.')
const invalidSecondFactor = () =>
  unauthorized('invalid-second-factor', 'The code is not right, was already used, or has expired. Try the next code.')
const accountLocked = (until: Date | null) =>
  new AppError(
    423,
    'account-locked',
    'Account locked',
    until === null
      ? 'This account is locked after too many failed attempts. Ask your administrator to unlock it.'
      : `Too many failed attempts. Try again after ${until.toISOString()}.`,
  )

export const sessionPolicy = (ctx: AppContext): SessionPolicy => ({
  idleMinutes: ctx.config.sessionIdleMinutes,
  maxHours: ctx.config.sessionMaxHours,
})

export async function findTenantBySlug(ctx: AppContext, slug: string) {
  return asApp(ctx.db, (tx) => tx.selectFrom('tenants').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst())
}

/** Counts a failed attempt; past the thresholds the account waits or locks. */
async function registerFailure(tx: Tx, userId: string): Promise<void> {
  const row = await tx
    .updateTable('users')
    .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
    .where('id', '=', userId)
    .returning('failed_attempts')
    .executeTakeFirstOrThrow()
  const until = lockUntilAfter(row.failed_attempts, new Date())
  if (until !== null) await tx.updateTable('users').set({ locked_until: until }).where('id', '=', userId).execute()
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppError }

/** Runs a sign-in step so that failures (counter, audit record) are committed before the error is thrown. */
async function committed<T>(ctx: AppContext, tenantId: string, userId: string | null, step: (tx: Tx) => Promise<Outcome<T>>): Promise<T> {
  const outcome = await inTenant(ctx.db, { tenantId, userId }, step)
  if (!outcome.ok) throw outcome.error
  return outcome.value
}

export interface SignInResult {
  token: string
  tenantId: string
}

export async function signInWithPassword(
  ctx: AppContext,
  traceId: string,
  input: { organisation: string; username: string; password: string },
): Promise<SignInResult> {
  const tenant = await findTenantBySlug(ctx, input.organisation)
  if (!tenant) {
    await verifyAgainstNothing(input.password)
    throw invalidCredentials()
  }
  const username = input.username.trim().toLowerCase()
  return committed(ctx, tenant.id, null, async (tx) => {
    const user = await tx
      .selectFrom('users')
      .select(['id', 'password_hash', 'active', 'failed_attempts', 'locked_until', 'totp_secret'])
      .where('username', '=', username)
      .executeTakeFirst()
    const trace: Trace = { traceId, actorType: user ? 'user' : 'anonymous', actorId: user?.id ?? null }
    const fail = async (reason: string, error: AppError): Promise<Outcome<SignInResult>> => {
      await recordAudit(tx, tenant.id, trace, {
        processingActivity: activity,
        action: 'session.sign-in',
        outcome: 'failure',
        attributes: { reason, step: 'password' },
      })
      return { ok: false, error }
    }
    if (!user || !user.active) {
      await verifyAgainstNothing(input.password)
      return fail(user ? 'inactive-user' : 'unknown-user', invalidCredentials())
    }
    const lock = lockState(user)
    if (lock.kind !== 'open') {
      return fail('account-locked', accountLocked(lock.kind === 'delayed' ? lock.until : null))
    }
    if (!(await verifyPassword(user.password_hash, input.password))) {
      await registerFailure(tx, user.id)
      return fail('wrong-password', invalidCredentials())
    }
    const stage = user.totp_secret === null ? 'enrolment' : 'second-factor'
    const { token } = await createSession(tx, tenant.id, user.id, stage, sessionPolicy(ctx))
    await recordAudit(tx, tenant.id, trace, {
      processingActivity: activity,
      action: 'session.password-accepted',
      attributes: { next: stage },
    })
    return { ok: true, value: { token, tenantId: tenant.id } }
  })
}

export async function verifySecondFactor(
  ctx: AppContext,
  traceId: string,
  session: LoadedSession,
  input: { code?: string; recoveryCode?: string },
): Promise<{ token: string }> {
  return committed(ctx, session.tenantId, session.userId, async (tx) => {
    const user = await tx
      .selectFrom('users')
      .select(['id', 'totp_secret', 'totp_last_step', 'failed_attempts', 'locked_until'])
      .where('id', '=', session.userId)
      .executeTakeFirstOrThrow()
    const trace: Trace = { traceId, actorType: 'user', actorId: user.id }
    const method = input.recoveryCode !== undefined ? 'recovery-code' : 'totp'
    const fail = async (reason: string, error: AppError): Promise<Outcome<{ token: string }>> => {
      await recordAudit(tx, session.tenantId, trace, {
        processingActivity: activity,
        action: 'session.sign-in',
        outcome: 'failure',
        attributes: { reason, step: 'second-factor', method },
      })
      return { ok: false, error }
    }
    const lock = lockState(user)
    if (lock.kind !== 'open') {
      await deleteSession(tx, session.id)
      return fail('account-locked', accountLocked(lock.kind === 'delayed' ? lock.until : null))
    }
    if (user.totp_secret === null) return fail('not-enrolled', invalidSecondFactor())

    if (input.recoveryCode !== undefined) {
      const used = await tx
        .updateTable('recovery_codes')
        .set({ used_at: new Date() })
        .where('user_id', '=', user.id)
        .where('code_hash', '=', sha256(normaliseRecoveryCode(input.recoveryCode)))
        .where('used_at', 'is', null)
        .executeTakeFirst()
      if (Number(used.numUpdatedRows) !== 1) {
        await registerFailure(tx, user.id)
        return fail('wrong-recovery-code', invalidSecondFactor())
      }
    } else {
      const step = verifyTotp(ctx.secretBox.open(user.totp_secret), input.code ?? '')
      if (step === null) {
        await registerFailure(tx, user.id)
        return fail('wrong-code', invalidSecondFactor())
      }
      if (user.totp_last_step !== null && step <= Number(user.totp_last_step)) {
        await registerFailure(tx, user.id)
        return fail('replayed-code', invalidSecondFactor())
      }
      await tx.updateTable('users').set({ totp_last_step: step }).where('id', '=', user.id).execute()
    }
    await tx
      .updateTable('users')
      .set({ failed_attempts: 0, locked_until: null, last_sign_in_at: sql<Date>`now()` })
      .where('id', '=', user.id)
      .execute()
    const { token } = await advanceSession(tx, session, 'active', sessionPolicy(ctx))
    await recordAudit(tx, session.tenantId, trace, {
      processingActivity: activity,
      action: 'session.sign-in',
      attributes: { method },
    })
    return { ok: true, value: { token } }
  })
}

/** The enrolment step: a new secret, kept sealed on the pending session until confirmed. */
export async function startEnrolment(ctx: AppContext, session: LoadedSession) {
  const secret =
    session.pendingTotpSecret !== null ? ctx.secretBox.open(session.pendingTotpSecret) : newTotpSecret()
  if (session.pendingTotpSecret === null) {
    await inTenant(ctx.db, { tenantId: session.tenantId, userId: session.userId }, (tx) =>
      tx.updateTable('sessions').set({ pending_totp_secret: ctx.secretBox.seal(secret) }).where('id', '=', session.id).execute(),
    )
  }
  return enrolmentMaterial(secret, `${session.user.username} (${session.organisation.name})`, 'Koers')
}

export async function completeEnrolment(
  ctx: AppContext,
  traceId: string,
  session: LoadedSession,
  code: string,
): Promise<{ token: string; recoveryCodes: string[] }> {
  return committed(ctx, session.tenantId, session.userId, async (tx) => {
    const trace: Trace = { traceId, actorType: 'user', actorId: session.userId }
    const secret = session.pendingTotpSecret === null ? null : ctx.secretBox.open(session.pendingTotpSecret)
    const step = secret === null ? null : verifyTotp(secret, code)
    if (secret === null || step === null) {
      await registerFailure(tx, session.userId)
      await recordAudit(tx, session.tenantId, trace, {
        processingActivity: activity,
        action: 'second-factor.enrol',
        outcome: 'failure',
        attributes: { reason: secret === null ? 'no-pending-secret' : 'wrong-code' },
      })
      return { ok: false, error: invalidSecondFactor() }
    }
    const recoveryCodes = Array.from({ length: 10 }, newRecoveryCode)
    await tx
      .updateTable('users')
      .set({
        totp_secret: ctx.secretBox.seal(secret),
        totp_last_step: step,
        failed_attempts: 0,
        locked_until: null,
        last_sign_in_at: sql<Date>`now()`,
      })
      .where('id', '=', session.userId)
      .execute()
    await tx.deleteFrom('recovery_codes').where('user_id', '=', session.userId).execute()
    await tx
      .insertInto('recovery_codes')
      .values(recoveryCodes.map((c) => ({ tenant_id: session.tenantId, user_id: session.userId, code_hash: sha256(c) })))
      .execute()
    const { token } = await advanceSession(tx, session, 'active', sessionPolicy(ctx))
    await recordAudit(tx, session.tenantId, trace, { processingActivity: activity, action: 'second-factor.enrol' })
    await recordAudit(tx, session.tenantId, trace, {
      processingActivity: activity,
      action: 'session.sign-in',
      attributes: { method: 'totp-enrolment' },
    })
    return { ok: true, value: { token, recoveryCodes } }
  })
}

export async function signOut(ctx: AppContext, traceId: string, session: LoadedSession): Promise<void> {
  await inTenant(ctx.db, { tenantId: session.tenantId, userId: session.userId }, async (tx) => {
    await deleteSession(tx, session.id)
    await recordAudit(tx, session.tenantId, { traceId, actorType: 'user', actorId: session.userId }, {
      processingActivity: activity,
      action: 'session.sign-out',
    })
  })
}
