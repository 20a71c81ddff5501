import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inTenant } from '../src/server/db/database.js'
import { prepared } from '../src/server/db/roundTrips.js'
import { sessionCookieName } from '../src/server/http/sessionCookie.js'
import { createTestTenant, signIn, startTestApp, type TestApp } from './support/testApp.js'
import { databasesUnderTest } from './support/testDatabase.js'

describe.each(databasesUnderTest())('tenant isolation on $name', (database) => {
  let t: TestApp
  let a: Awaited<ReturnType<typeof createTestTenant>>
  let b: Awaited<ReturnType<typeof createTestTenant>>

  beforeAll(async () => {
    t = await startTestApp(database)
    a = await createTestTenant(t.ctx)
    b = await createTestTenant(t.ctx)
  })
  afterAll(async () => t?.close())

  it('a query without a tenant filter, run as the app role, sees only the current tenant', async () => {
    const rows = await inTenant(t.ctx.db, { tenantId: a.id }, (tx) => sql<{ tenant_id: string }>`SELECT tenant_id FROM users`.execute(tx))
    expect(rows.rows.length).toBe(a.credentials.length)
    expect(new Set(rows.rows.map((r) => r.tenant_id))).toEqual(new Set([a.id]))
  })

  it('a prepared statement, once planned for any tenant, still sees only the current tenant', async () => {
    // Run often enough in one transaction for PostgreSQL to switch to its generic plan.
    const tenantsSeen = (tenantId: string) =>
      inTenant(t.ctx.db, { tenantId }, async (tx) => {
        const seen = new Set<string>()
        for (let run = 0; run < 8; run++) {
          const result = await tx.executeQuery(prepared(sql<{ tenant_id: string }>`SELECT tenant_id FROM users WHERE username <> ${''}`.compile(tx)))
          for (const row of result.rows) seen.add(row.tenant_id)
        }
        const plans = await sql<{ generic_plans: number }>`SELECT generic_plans::int FROM pg_prepared_statements WHERE statement LIKE 'SELECT tenant_id FROM users%'`.execute(tx)
        return { seen: [...seen], plans: plans.rows }
      })
    const ofA = await tenantsSeen(a.id)
    const ofB = await tenantsSeen(b.id)
    expect(ofA.seen).toEqual([a.id])
    expect(ofB.seen).toEqual([b.id])
    if (database.name === 'postgresql') expect(ofB.plans[0]!.generic_plans).toBeGreaterThan(0)
    // The embedded database shares one session between connections: nothing is prepared there.
    else expect(ofB.plans).toEqual([])
  })

  it('the app role cannot write rows into another tenant', async () => {
    await expect(
      inTenant(t.ctx.db, { tenantId: a.id }, (tx) => tx.insertInto('teams').values({ tenant_id: b.id, name: 'Sneaky' }).execute()),
    ).rejects.toThrow(/row-level security/)
  })

  it('without a tenant the app role sees no tenant-owned rows at all', async () => {
    const rows = await t.ctx.db.kysely.transaction().execute(async (tx) => {
      await sql`SELECT set_config('role', 'koers_app', true)`.execute(tx)
      return sql<{ n: number }>`SELECT count(*)::int AS n FROM users`.execute(tx)
    })
    expect(rows.rows[0]!.n).toBe(0)
  })

  it('the app role has no BYPASSRLS and cannot change or delete the audit log', async () => {
    const role = await t.ctx.db.owner.query<{ rolbypassrls: boolean; rolsuper: boolean }>(
      "SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = 'koers_app'",
    )
    expect(role.rows[0]).toEqual({ rolbypassrls: false, rolsuper: false })
    await expect(
      inTenant(t.ctx.db, { tenantId: a.id }, (tx) => sql`UPDATE audit_events SET outcome = 'success'`.execute(tx)),
    ).rejects.toThrow(/permission denied/)
    await expect(inTenant(t.ctx.db, { tenantId: a.id }, (tx) => sql`DELETE FROM audit_events`.execute(tx))).rejects.toThrow(
      /permission denied/,
    )
  })

  it('through the API, an admin of tenant A gets 404 for a user of tenant B', async () => {
    const adminA = await signIn(t.app, a.slug, a.admin)
    const userOfB = await t.ctx.db.owner.query<{ id: string }>('SELECT id FROM users WHERE tenant_id = $1 LIMIT 1', [b.id])
    const response = await adminA.request('PATCH', `/api/v1/users/${userOfB.rows[0]!.id}`, { displayName: 'Overgenomen' })
    expect(response.statusCode).toBe(404)
    expect(response.headers['content-type']).toContain('application/problem+json')
    const still = await t.ctx.db.owner.query('SELECT display_name FROM users WHERE id = $1', [userOfB.rows[0]!.id])
    expect(still.rows[0]!.display_name).not.toBe('Overgenomen')
    const list = await adminA.request('GET', '/api/v1/users')
    const ids = (list.json() as { users: { id: string }[] }).users.map((u) => u.id)
    expect(ids).not.toContain(userOfB.rows[0]!.id)
    expect(ids).toHaveLength(a.credentials.length)
  })

  it('a session cookie of tenant A replayed with the id of tenant B is worthless', async () => {
    const adminA = await signIn(t.app, a.slug, a.admin)
    const cookieName = sessionCookieName(t.ctx.config)
    const value = adminA.jar.get(cookieName)!
    const forged = `${b.id}.${value.split('.')[1]}`
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: `${cookieName}=${forged}` } })
    expect(response.statusCode).toBe(401)
  })
})
