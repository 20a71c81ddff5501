import { jsonArrayFrom } from 'kysely/helpers/postgres'
import { inTenant, type Database, type Tx } from '../../db/database.js'
import { compiledOnce } from '../../db/compiledOnce.js'
import { prepared } from '../../db/roundTrips.js'
import type { Role, SessionStage } from '../../db/schema.js'
import { parseTenantToken, randomToken, sha256 } from './tokens.js'

export interface SessionPolicy {
  idleMinutes: number
  maxHours: number
}

/** A session that has not passed the second factor lives ten minutes at most. */
const pendingMinutes = 10

export interface LoadedSession {
  id: string
  tenantId: string
  userId: string
  stage: SessionStage
  csrfToken: string
  expiresAt: Date
  lastSeenAt: Date
  pendingTotpSecret: string | null
  user: { id: string; username: string; displayName: string; roles: Role[]; teams: { id: string; name: string }[] }
  organisation: { slug: string; name: string }
}

/** The cookie carries the tenant and a random token; the database keeps only the token's hash. */
export const parseSessionCookie = parseTenantToken

export const sessionCookieValue = (tenantId: string, token: string) => `${tenantId}.${token}`

function expiry(stage: SessionStage, policy: SessionPolicy, createdAt: Date, now: Date) {
  if (stage !== 'active') {
    const end = new Date(createdAt.getTime() + pendingMinutes * 60_000)
    return { idle: end, absolute: end }
  }
  const absolute = new Date(createdAt.getTime() + policy.maxHours * 3_600_000)
  const idle = new Date(Math.min(now.getTime() + policy.idleMinutes * 60_000, absolute.getTime()))
  return { idle, absolute }
}

export async function createSession(
  tx: Tx,
  tenantId: string,
  userId: string,
  stage: SessionStage,
  policy: SessionPolicy,
): Promise<{ token: string; id: string }> {
  const token = randomToken()
  const now = new Date()
  const { idle, absolute } = expiry(stage, policy, now, now)
  const row = await tx
    .insertInto('sessions')
    .values({
      tenant_id: tenantId,
      token_hash: sha256(token),
      user_id: userId,
      stage,
      csrf_token: randomToken(),
      created_at: now,
      last_seen_at: now,
      idle_expires_at: idle,
      absolute_expires_at: absolute,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { token, id: row.id }
}

/**
 * Moves a session to its next stage under a new token (so a token seen before the second factor
 * is worth nothing after it) and a new CSRF token.
 */
export async function advanceSession(
  tx: Tx,
  session: LoadedSession,
  stage: SessionStage,
  policy: SessionPolicy,
): Promise<{ token: string }> {
  await tx.deleteFrom('sessions').where('id', '=', session.id).execute()
  return createSession(tx, session.tenantId, session.userId, stage, policy)
}

/**
 * The session of a cookie, if it still holds, with its user, roles and teams: every signed-in
 * request starts here. The check is a read-only transaction; only a session that has ended is
 * removed, and the idle expiry slid (at most once a minute), each in a transaction of its own.
 */
export async function loadSession(db: Database, tenantId: string, token: string, policy: SessionPolicy): Promise<LoadedSession | null> {
  const row = await inTenant(db, { tenantId }, (tx) => findSession(tx, tenantId, token), { readOnly: true })
  if (!row) return null
  const now = new Date()
  if (!row.active || row.idle_expires_at <= now || row.absolute_expires_at <= now) {
    await inTenant(db, { tenantId }, (tx) => deleteSession(tx, row.id))
    return null
  }
  let idleExpiresAt = row.idle_expires_at
  if (row.stage === 'active' && now.getTime() - row.last_seen_at.getTime() > 60_000) {
    idleExpiresAt = expiry('active', policy, row.created_at, now).idle
    await inTenant(db, { tenantId }, (tx) =>
      tx.updateTable('sessions').set({ last_seen_at: now, idle_expires_at: idleExpiresAt }).where('id', '=', row.id).execute(),
    )
  }
  return {
    id: row.id,
    tenantId,
    userId: row.user_id,
    stage: row.stage,
    csrfToken: row.csrf_token,
    expiresAt: idleExpiresAt,
    lastSeenAt: row.last_seen_at,
    pendingTotpSecret: row.pending_totp_secret,
    user: {
      id: row.user_id,
      username: row.username,
      displayName: row.display_name,
      roles: row.roles.map((r) => r.role),
      teams: row.teams,
    },
    organisation: { slug: row.slug, name: row.tenant_name },
  }
}

/** The session of a token hash with its user, roles and teams: one statement, compiled once and prepared per connection. */
const sessionLookup = compiledOnce(['tenantId', 'tokenHash'], (tx: Tx, { tenantId, tokenHash }) =>
    tx
      .selectFrom('sessions as s')
      .innerJoin('users as u', (join) => join.onRef('u.tenant_id', '=', 's.tenant_id').onRef('u.id', '=', 's.user_id'))
      .innerJoin('tenants as t', 't.id', 's.tenant_id')
      .select([
        's.id',
        's.stage',
        's.csrf_token',
        's.created_at',
        's.last_seen_at',
        's.idle_expires_at',
        's.absolute_expires_at',
        's.pending_totp_secret',
        'u.id as user_id',
        'u.username',
        'u.display_name',
        'u.active',
        't.slug',
        't.name as tenant_name',
        (eb) => jsonArrayFrom(eb.selectFrom('user_roles as r').select('r.role').whereRef('r.user_id', '=', 'u.id').orderBy('r.role')).as('roles'),
        (eb) =>
          jsonArrayFrom(
            eb
              .selectFrom('team_members as m')
              .innerJoin('teams as tm', (join) => join.onRef('tm.tenant_id', '=', 'm.tenant_id').onRef('tm.id', '=', 'm.team_id'))
              .select(['tm.id', 'tm.name'])
              .whereRef('m.user_id', '=', 'u.id')
              .orderBy('tm.name'),
          ).as('teams'),
      ])
      .where('s.tenant_id', '=', tenantId)
      .where('s.token_hash', '=', tokenHash),
)

async function findSession(tx: Tx, tenantId: string, token: string) {
  const [row] = (await tx.executeQuery(prepared(sessionLookup(tx, { tenantId, tokenHash: sha256(token) })))).rows
  return row
}

export async function deleteSession(tx: Tx, sessionId: string): Promise<void> {
  await tx.deleteFrom('sessions').where('id', '=', sessionId).execute()
}

/** Removes every session of a user: on deactivation, lock, or a reset of the second factor. */
export async function deleteUserSessions(tx: Tx, userId: string): Promise<void> {
  await tx.deleteFrom('sessions').where('user_id', '=', userId).execute()
}

export async function purgeExpiredSessions(tx: Tx, now = new Date()): Promise<number> {
  const result = await tx
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('idle_expires_at', '<=', now), eb('absolute_expires_at', '<=', now)]))
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

/**
 * Whether a signed-in session still holds (not signed out, not expired, the user still active),
 * without counting as activity: for long-lived connections that re-check now and then.
 */
export async function sessionStillActive(tx: Tx, tenantId: string, token: string): Promise<boolean> {
  const row = await tx
    .selectFrom('sessions as s')
    .innerJoin('users as u', (join) => join.onRef('u.tenant_id', '=', 's.tenant_id').onRef('u.id', '=', 's.user_id'))
    .select(['s.stage', 's.idle_expires_at', 's.absolute_expires_at', 'u.active'])
    .where('s.tenant_id', '=', tenantId)
    .where('s.token_hash', '=', sha256(token))
    .executeTakeFirst()
  const now = new Date()
  return row !== undefined && row.stage === 'active' && row.active && row.idle_expires_at > now && row.absolute_expires_at > now
}
