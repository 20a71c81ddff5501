import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestTenant, freshTotp, signIn, startTestApp, TestClient, type TestApp } from './support/testApp.js'
import { databasesUnderTest } from './support/testDatabase.js'

interface User {
  id: string
  username: string
  roles: string[]
  teamIds: string[]
  active: boolean
  secondFactorEnrolled: boolean
}
interface AuditEvent {
  action: string
  actor: { id: string; displayName: string } | null
  dataSubject: { type: string; id: string } | null
  outcome: string
}

const onePixelPng =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

describe.each(databasesUnderTest())('administration on $name', (database) => {
  let t: TestApp
  let tenant: Awaited<ReturnType<typeof createTestTenant>>
  let admin: TestClient

  beforeAll(async () => {
    t = await startTestApp(database)
    tenant = await createTestTenant(t.ctx)
    admin = await signIn(t.app, tenant.slug, tenant.admin)
  })
  afterAll(async () => t?.close())

  it('creates a team and a user with roles; the user enrols at first sign-in', async () => {
    const team = await admin.request('POST', '/api/v1/teams', { name: 'Team Noord' })
    expect(team.statusCode).toBe(201)
    const teamId = team.json<{ id: string }>().id
    const created = await admin.request('POST', '/api/v1/users', {
      username: 'Nieuwe.Coach',
      displayName: 'Nieuwe Coach',
      password: 'een-goed-wachtwoord',
      roles: ['coach', 'manager'],
      teamIds: [teamId],
    })
    expect(created.statusCode).toBe(201)
    expect(created.json<User>()).toMatchObject({
      username: 'nieuwe.coach',
      roles: ['coach', 'manager'],
      teamIds: [teamId],
      active: true,
      secondFactorEnrolled: false,
    })
    const duplicate = await admin.request('POST', '/api/v1/users', {
      username: 'nieuwe.coach',
      displayName: 'Dubbel',
      password: 'een-goed-wachtwoord',
      roles: ['coach'],
      teamIds: [],
    })
    expect(duplicate.statusCode).toBe(409)
    expect(duplicate.json<{ code: string }>().code).toBe('username-taken')

    const newcomer = new TestClient(t.app)
    const first = await newcomer.request('POST', '/api/v1/session', { organisation: tenant.slug, username: 'nieuwe.coach', password: 'een-goed-wachtwoord' })
    expect(first.json<{ stage: string }>().stage).toBe('enrolment')
  })

  it('changes roles, deactivates a user (their sessions end) and reactivates them', async () => {
    const coachClient = await signIn(t.app, tenant.slug, tenant.coach)
    const users = (await admin.request('GET', '/api/v1/users')).json<{ users: User[] }>().users
    const coach = users.find((u) => u.username === tenant.coach.username)!

    const promoted = await admin.request('PATCH', `/api/v1/users/${coach.id}`, { roles: ['coach', 'editor'] })
    expect(promoted.json<User>().roles).toEqual(['coach', 'editor'])
    expect((await coachClient.request('GET', '/api/v1/session')).json<{ user: { roles: string[] } }>().user.roles).toEqual(['coach', 'editor'])

    const deactivated = await admin.request('PATCH', `/api/v1/users/${coach.id}`, { active: false })
    expect(deactivated.json<User>().active).toBe(false)
    expect((await coachClient.request('GET', '/api/v1/session')).statusCode).toBe(401)
    const refused = new TestClient(t.app)
    const attempt = await refused.request('POST', '/api/v1/session', { organisation: tenant.slug, username: tenant.coach.username, password: tenant.coach.password })
    expect(attempt.statusCode).toBe(401)

    await admin.request('PATCH', `/api/v1/users/${coach.id}`, { active: true })
    expect((await signIn(t.app, tenant.slug, tenant.coach)).csrfToken).toBeTruthy()
  })

  it('an admin cannot lock themselves out', async () => {
    const session = (await admin.request('GET', '/api/v1/session')).json<{ user: { id: string } }>()
    const response = await admin.request('PATCH', `/api/v1/users/${session.user.id}`, { active: false })
    expect(response.statusCode).toBe(400)
    expect(response.json<{ code: string }>().code).toBe('cannot-deactivate-self')
  })

  it("resets a user's second factor: they enrol again", async () => {
    const users = (await admin.request('GET', '/api/v1/users')).json<{ users: User[] }>().users
    const manager = users.find((u) => u.username === tenant.manager.username)!
    expect(manager.secondFactorEnrolled).toBe(true)
    expect((await admin.request('DELETE', `/api/v1/users/${manager.id}/second-factor`)).statusCode).toBe(204)
    const client = new TestClient(t.app)
    const first = await client.request('POST', '/api/v1/session', { organisation: tenant.slug, username: tenant.manager.username, password: tenant.manager.password })
    expect(first.json<{ stage: string }>().stage).toBe('enrolment')
    const material = (await client.request('GET', '/api/v1/session/second-factor-enrolment')).json<{ secret: string }>()
    expect(material.secret).not.toBe(tenant.manager.totpSecret)
    expect((await client.request('POST', '/api/v1/session/second-factor-enrolment', { code: await freshTotp(material.secret) })).statusCode).toBe(200)
  })

  it('any staff member lists the active coaches and their teams, to assign clients', async () => {
    const coachClient = await signIn(t.app, tenant.slug, tenant.coach)
    const response = await coachClient.request('GET', '/api/v1/coaches')
    expect(response.statusCode).toBe(200)
    const { coaches } = response.json<{ coaches: { displayName: string; teamIds: string[]; leadOfTeamIds: string[] }[] }>()
    const expected = tenant.credentials.filter((c) => c.roles.includes('coach')).map((c) => c.displayName)
    expect(coaches.map((c) => c.displayName).sort()).toEqual(expect.arrayContaining(expected.filter((name) => name !== 'Nieuwe Coach')))
    expect(coaches.every((c) => c.teamIds.length <= 1)).toBe(true)
    expect(coaches.some((c) => c.leadOfTeamIds.length === 1)).toBe(true)
  })

  it('only admins manage users; a coach gets 403', async () => {
    const coachClient = await signIn(t.app, tenant.slug, tenant.credentials.find((c) => c.roles.includes('coach') && c.totpSecret && c.username !== tenant.coach.username)!)
    const response = await coachClient.request('GET', '/api/v1/users')
    expect(response.statusCode).toBe(403)
    expect(response.headers['content-type']).toContain('application/problem+json')
  })

  it('sets the house style, which the public house-style endpoint serves at once', async () => {
    const saved = await admin.request('PUT', '/api/v1/house-style', {
      organisationName: 'Werkplein Oost',
      primaryColor: '#AA0000',
      accentColor: '#00aa00',
      logo: onePixelPng,
    })
    expect(saved.statusCode).toBe(200)
    const style = (await t.app.inject({ url: `/api/v1/organisations/${tenant.slug}/house-style` })).json<{
      organisationName: string
      primaryColor: string
      logoUrl: string
    }>()
    expect(style).toMatchObject({ organisationName: 'Werkplein Oost', primaryColor: '#aa0000' })
    const logo = await t.app.inject({ url: style.logoUrl })
    expect(logo.statusCode).toBe(200)
    expect(logo.headers['content-type']).toBe('image/png')

    const tooBig = await admin.request('PUT', '/api/v1/house-style', {
      organisationName: 'Te groot',
      primaryColor: '#000000',
      accentColor: '#000000',
      logo: 'data:image/png;base64,' + Buffer.alloc(210 * 1024).toString('base64'),
    })
    expect(tooBig.statusCode).toBe(400)
    const unchanged = (await t.app.inject({ url: `/api/v1/organisations/${tenant.slug}/house-style` })).json<{ organisationName: string }>()
    expect(unchanged.organisationName).toBe('Werkplein Oost')
  })

  it('searches the audit log by user, data subject, action and time, page by page', async () => {
    const users = (await admin.request('GET', '/api/v1/users')).json<{ users: User[] }>().users
    const adminId = (await admin.request('GET', '/api/v1/session')).json<{ user: { id: string } }>().user.id
    const byActor = (await admin.request('GET', `/api/v1/audit-events?actorId=${adminId}&action=user.`)).json<{ events: AuditEvent[] }>()
    expect(byActor.events.length).toBeGreaterThan(0)
    expect(byActor.events.every((e) => e.actor?.id === adminId && e.action.startsWith('user.'))).toBe(true)

    const coach = users.find((u) => u.username === tenant.coach.username)!
    const bySubject = (await admin.request('GET', `/api/v1/audit-events?dataSubjectId=${coach.id}`)).json<{ events: AuditEvent[] }>()
    expect(bySubject.events.map((e) => e.action)).toEqual(['user.reactivate', 'user.deactivate', 'user.update'])

    const future = new Date(Date.now() + 3_600_000).toISOString()
    const none = (await admin.request('GET', `/api/v1/audit-events?from=${encodeURIComponent(future)}`)).json<{ events: AuditEvent[] }>()
    expect(none.events).toHaveLength(0)

    const before = await t.ctx.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events WHERE tenant_id = $1', [tenant.id])
    const seen = new Set<string>()
    let cursor: string | null = null
    let pages = 0
    do {
      const page: { events: (AuditEvent & { id: string })[]; nextCursor: string | null } = (
        await admin.request('GET', `/api/v1/audit-events?limit=3${cursor ? `&before=${cursor}` : ''}`)
      ).json()
      for (const event of page.events) {
        expect(seen.has(event.id)).toBe(false)
        seen.add(event.id)
      }
      cursor = page.nextCursor
      pages++
    } while (cursor !== null && pages < 100)
    // Every event that existed when paging began, each once (the searches add events of their own, newer ones).
    expect(seen.size).toBe(before.rows[0]!.n)
    expect(pages).toBeGreaterThan(1)
  })
})
