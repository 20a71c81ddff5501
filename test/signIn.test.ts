import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentTotp } from '../src/server/modules/identity/totp.js'
import { createTestTenant, freshTotp, signIn, startTestApp, TestClient, type TestApp } from './support/testApp.js'
import { databasesUnderTest } from './support/testDatabase.js'

interface Problem {
  status: number
  code: string
  detail: string
}

describe.each(databasesUnderTest())('staff sign-in on $name', (database) => {
  let t: TestApp
  let tenant: Awaited<ReturnType<typeof createTestTenant>>

  beforeAll(async () => {
    t = await startTestApp(database)
    tenant = await createTestTenant(t.ctx, 6)
  })
  afterAll(async () => t?.close())

  const coach = (i: number) => tenant.credentials.filter((c) => c.roles.includes('coach') && c.totpSecret !== null)[i]!

  async function auditActions(userId: string) {
    const rows = await t.ctx.db.owner.query<{ action: string; outcome: string; attributes: { reason?: string } }>(
      'SELECT action, outcome, attributes FROM audit_events WHERE tenant_id = $1 AND actor_id = $2 ORDER BY occurred_at',
      [tenant.id, userId],
    )
    return rows.rows
  }
  const userId = async (username: string) =>
    (await t.ctx.db.owner.query<{ id: string }>('SELECT id FROM users WHERE tenant_id = $1 AND username = $2', [tenant.id, username]))
      .rows[0]!.id

  it('signs in with password and code, reaches a staff endpoint and signs out', async () => {
    const client = await signIn(t.app, tenant.slug, coach(0))
    const session = await client.request('GET', '/api/v1/session')
    expect(session.statusCode).toBe(200)
    expect(session.json()).toMatchObject({ stage: 'active', user: { username: coach(0).username, roles: ['coach'] } })
    expect((await client.request('GET', '/api/v1/teams')).statusCode).toBe(200)

    const out = await client.request('DELETE', '/api/v1/session')
    expect(out.statusCode).toBe(204)
    expect((await client.request('GET', '/api/v1/teams')).statusCode).toBe(401)
    const actions = (await auditActions(await userId(coach(0).username))).map((a) => `${a.action}:${a.outcome}`)
    expect(actions).toEqual(['session.password-accepted:success', 'session.sign-in:success', 'session.sign-out:success'])
  })

  it('the session cookie is http-only, SameSite and Secure', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { organisation: tenant.slug, username: coach(1).username, password: coach(1).password },
    })
    const cookie = response.cookies[0]!
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' })
    expect(cookie.name).toBe('__Host-koers_session')
  })

  it('refuses a wrong password with a clear problem and logs the failure', async () => {
    const client = new TestClient(t.app)
    const response = await client.request('POST', '/api/v1/session', {
      organisation: tenant.slug,
      username: coach(2).username,
      password: 'not-the-password',
    })
    expect(response.statusCode).toBe(401)
    expect(response.headers['content-type']).toContain('application/problem+json')
    expect(response.json<Problem>()).toMatchObject({ status: 401, code: 'invalid-credentials' })
    const failures = await auditActions(await userId(coach(2).username))
    expect(failures.at(-1)).toMatchObject({ action: 'session.sign-in', outcome: 'failure', attributes: { reason: 'wrong-password' } })
  })

  it('an unknown user gets the same answer as a wrong password', async () => {
    const client = new TestClient(t.app)
    const response = await client.request('POST', '/api/v1/session', {
      organisation: tenant.slug,
      username: 'niemand.bekend',
      password: 'whatever-it-is',
    })
    expect(response.statusCode).toBe(401)
    expect(response.json<Problem>().code).toBe('invalid-credentials')
  })

  it('refuses a wrong code and a replayed code', async () => {
    const user = coach(3)
    const client = new TestClient(t.app)
    await client.request('POST', '/api/v1/session', { organisation: tenant.slug, username: user.username, password: user.password })
    const wrongCode = String((Number(currentTotp(user.totpSecret!)) + 500_000) % 1_000_000).padStart(6, '0')
    const wrong = await client.request('POST', '/api/v1/session/second-factor', { code: wrongCode })
    expect(wrong.statusCode).toBe(401)
    expect(wrong.json<Problem>().code).toBe('invalid-second-factor')

    const code = await freshTotp(user.totpSecret!)
    expect((await client.request('POST', '/api/v1/session/second-factor', { code })).statusCode).toBe(200)

    const again = new TestClient(t.app)
    await again.request('POST', '/api/v1/session', { organisation: tenant.slug, username: user.username, password: user.password })
    const replay = await again.request('POST', '/api/v1/session/second-factor', { code })
    expect(replay.statusCode).toBe(401)
    expect(replay.json<Problem>().code).toBe('invalid-second-factor')
    const reasons = (await auditActions(await userId(user.username))).map((a) => a.attributes.reason).filter(Boolean)
    expect(reasons).toEqual(['wrong-code', 'replayed-code'])
  })

  it('a pending session cannot reach staff endpoints before the second factor', async () => {
    const client = new TestClient(t.app)
    await client.request('POST', '/api/v1/session', { organisation: tenant.slug, username: coach(4).username, password: coach(4).password })
    const response = await client.request('GET', '/api/v1/teams')
    expect(response.statusCode).toBe(401)
    expect(response.json<Problem>().code).toBe('second-factor-required')
  })

  it('locks an account after repeated failures, and an admin unlocks it', async () => {
    const user = coach(5)
    const client = new TestClient(t.app)
    const attempt = () =>
      client.request('POST', '/api/v1/session', { organisation: tenant.slug, username: user.username, password: 'wrong-password-x' })
    for (let i = 0; i < 5; i++) expect((await attempt()).statusCode).toBe(401)
    // Now the account waits; even the right password is refused.
    const delayed = await client.request('POST', '/api/v1/session', { organisation: tenant.slug, username: user.username, password: user.password })
    expect(delayed.statusCode).toBe(423)
    expect(delayed.json<Problem>()).toMatchObject({ code: 'account-locked' })
    expect(delayed.json<Problem>().detail).toMatch(/Try again after/)
    // Past ten failures the account stays locked until an admin acts. (Here the waits pass at once.)
    const waitPasses = () =>
      t.ctx.db.owner.query('UPDATE users SET locked_until = NULL WHERE tenant_id = $1 AND username = $2', [tenant.id, user.username])
    for (let i = 0; i < 5; i++) {
      await waitPasses()
      expect((await attempt()).statusCode).toBe(401)
    }
    await waitPasses()
    const locked = await client.request('POST', '/api/v1/session', { organisation: tenant.slug, username: user.username, password: user.password })
    expect(locked.statusCode).toBe(423)
    expect(locked.json<Problem>().detail).toMatch(/administrator/)

    const admin = await signIn(t.app, tenant.slug, tenant.admin)
    const users = (await admin.request('GET', '/api/v1/users')).json<{ users: { id: string; username: string; locked: boolean }[] }>().users
    const target = users.find((u) => u.username === user.username)!
    expect(target.locked).toBe(true)
    const unlocked = await admin.request('PATCH', `/api/v1/users/${target.id}`, { locked: false })
    expect(unlocked.statusCode).toBe(200)
    expect(unlocked.json<{ locked: boolean }>().locked).toBe(false)
    const signedIn = await signIn(t.app, tenant.slug, user)
    expect((await signedIn.request('GET', '/api/v1/session')).json<{ stage: string }>().stage).toBe('active')
  })

  it('ends a session that was idle too long', async () => {
    const client = await signIn(t.app, tenant.slug, coach(0))
    await t.ctx.db.owner.query("UPDATE sessions SET idle_expires_at = now() - interval '1 second' WHERE tenant_id = $1", [tenant.id])
    const response = await client.request('GET', '/api/v1/teams')
    expect(response.statusCode).toBe(401)
    expect(response.json<Problem>().code).toBe('not-signed-in')
  })

  it('ends a session at its absolute limit, however active', async () => {
    const client = await signIn(t.app, tenant.slug, coach(1))
    await t.ctx.db.owner.query("UPDATE sessions SET absolute_expires_at = now() - interval '1 second' WHERE tenant_id = $1", [tenant.id])
    expect((await client.request('GET', '/api/v1/session')).statusCode).toBe(401)
  })

  it('refuses a state-changing request without the CSRF token, and changes nothing', async () => {
    const admin = await signIn(t.app, tenant.slug, tenant.admin)
    const response = await admin.request('POST', '/api/v1/teams', { name: 'Zonder token' }, { 'x-csrf-token': 'wrong' })
    expect(response.statusCode).toBe(403)
    expect(response.json<Problem>().code).toBe('csrf-token-invalid')
    const teams = (await admin.request('GET', '/api/v1/teams')).json<{ teams: { name: string }[] }>().teams
    expect(teams.map((team) => team.name)).not.toContain('Zonder token')
  })

  it('a new user enrols a second factor, gets recovery codes once, and can use one instead of a code', async () => {
    const user = tenant.unenrolled
    const client = new TestClient(t.app)
    const first = await client.request('POST', '/api/v1/session', { organisation: tenant.slug, username: user.username, password: user.password })
    expect(first.json<{ stage: string }>().stage).toBe('enrolment')
    const material = (await client.request('GET', '/api/v1/session/second-factor-enrolment')).json<{ secret: string; otpauthUri: string; qrCodeSvg: string }>()
    expect(material.otpauthUri).toMatch(/^otpauth:\/\/totp\//)
    expect(material.qrCodeSvg).toContain('<svg')
    const done = await client.request('POST', '/api/v1/session/second-factor-enrolment', { code: await freshTotp(material.secret) })
    expect(done.statusCode).toBe(200)
    const { recoveryCodes, session } = done.json<{ recoveryCodes: string[]; session: { stage: string } }>()
    expect(session.stage).toBe('active')
    expect(recoveryCodes).toHaveLength(10)

    const later = new TestClient(t.app)
    await later.request('POST', '/api/v1/session', { organisation: tenant.slug, username: user.username, password: user.password })
    const withRecovery = await later.request('POST', '/api/v1/session/second-factor', { recoveryCode: recoveryCodes[0] })
    expect(withRecovery.statusCode).toBe(200)
    const reuse = new TestClient(t.app)
    await reuse.request('POST', '/api/v1/session', { organisation: tenant.slug, username: user.username, password: user.password })
    expect((await reuse.request('POST', '/api/v1/session/second-factor', { recoveryCode: recoveryCodes[0] })).statusCode).toBe(401)
  })
})

describe('rate limit on sign-in', () => {
  it('answers 429 as problem+json after too many attempts from one address', async () => {
    const [embedded] = databasesUnderTest()
    const t = await startTestApp(embedded!, { KOERS_SIGN_IN_RATE_LIMIT_PER_MINUTE: '3' })
    try {
      const statuses: number[] = []
      let last
      for (let i = 0; i < 4; i++) {
        last = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { organisation: 'x', username: 'y', password: 'z' } })
        statuses.push(last.statusCode)
      }
      expect(statuses).toEqual([401, 401, 401, 429])
      expect(last!.headers['content-type']).toContain('application/problem+json')
      expect(last!.json<Problem>().code).toBe('too-many-requests')
    } finally {
      await t.close()
    }
  })
})
