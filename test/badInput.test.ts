import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestTenant, signIn, startTestApp, type TestApp, type TestClient } from './support/testApp.js'
import { databasesUnderTest } from './support/testDatabase.js'

interface Problem {
  type: string
  title: string
  status: number
  detail: string
  code: string
  errors?: { field: string; message: string }[]
}

describe('bad input gets a clear problem and changes nothing', () => {
  let t: TestApp
  let tenant: Awaited<ReturnType<typeof createTestTenant>>
  let admin: TestClient

  beforeAll(async () => {
    t = await startTestApp(databasesUnderTest()[0]!)
    tenant = await createTestTenant(t.ctx)
    admin = await signIn(t.app, tenant.slug, tenant.admin)
  })
  afterAll(async () => t?.close())

  const userCount = async () =>
    (await t.ctx.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM users WHERE tenant_id = $1', [tenant.id])).rows[0]!.n

  it('malformed JSON', async () => {
    const before = await userCount()
    const response = await admin.request('POST', '/api/v1/users', '{"username": "kapot",')
    expect(response.statusCode).toBe(400)
    expect(response.headers['content-type']).toContain('application/problem+json')
    expect(response.json<Problem>()).toMatchObject({ status: 400, code: 'malformed-json', title: 'Invalid input' })
    expect(await userCount()).toBe(before)
  })

  it('unknown and missing fields, named one by one', async () => {
    const before = await userCount()
    const response = await admin.request('POST', '/api/v1/users', {
      username: 'x',
      displayName: 'Iemand',
      roles: ['coach', 'koning'],
      teamIds: [],
      isSuperuser: true,
    })
    expect(response.statusCode).toBe(400)
    const problem = response.json<Problem>()
    expect(problem.code).toBe('invalid-input')
    const fields = problem.errors!.map((e) => e.field)
    expect(fields).toEqual(expect.arrayContaining(['isSuperuser', 'password', 'username', 'roles.1']))
    expect(problem.errors!.find((e) => e.field === 'isSuperuser')!.message).toBe('is not a known field')
    expect(await userCount()).toBe(before)
  })

  it('an oversized body', async () => {
    const response = await admin.request('POST', '/api/v1/teams', { name: 'x'.repeat(200 * 1024) })
    expect(response.statusCode).toBe(413)
    expect(response.json<Problem>()).toMatchObject({ code: 'body-too-large', status: 413 })
  })

  it('a body that is not JSON', async () => {
    const response = await admin.request('POST', '/api/v1/teams', 'name=x', { 'content-type': 'application/x-www-form-urlencoded' })
    expect(response.statusCode).toBe(415)
    expect(response.json<Problem>().code).toBe('unsupported-media-type')
  })

  it('a user with a team of another organisation is refused whole', async () => {
    const other = await createTestTenant(t.ctx)
    const team = await t.ctx.db.owner.query<{ id: string }>('SELECT id FROM teams WHERE tenant_id = $1 LIMIT 1', [other.id])
    const before = await userCount()
    const response = await admin.request('POST', '/api/v1/users', {
      username: 'half.aangemaakt',
      displayName: 'Half',
      password: 'een-goed-wachtwoord',
      roles: ['coach'],
      teamIds: [team.rows[0]!.id],
    })
    expect(response.statusCode).toBe(400)
    expect(response.json<Problem>().code).toBe('unknown-team')
    expect(await userCount()).toBe(before)
  })

  it('an unknown API path is a 404 problem, not the web app', async () => {
    const response = await t.app.inject({ url: '/api/v1/bestaat-niet' })
    expect(response.statusCode).toBe(404)
    expect(response.json<Problem>().code).toBe('not-found')
  })

  it('every API response carries the API-Version header and a request id', async () => {
    const response = await t.app.inject({ url: '/api/v1/organisations' })
    expect(response.headers['api-version']).toMatch(/^\d+\.\d+\.\d+$/)
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/)
    expect(response.headers['content-security-policy']).toContain("default-src 'self'")
    expect(response.headers['x-content-type-options']).toBe('nosniff')
  })
})
