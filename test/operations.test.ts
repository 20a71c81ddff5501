import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApiOf } from '../src/server/app.js'
import { startJobs } from '../src/server/jobs/jobs.js'
import { purgeExpiredSessionsJob } from '../src/server/jobs/purgeExpiredSessions.js'
import { recomputeSignalsJob } from '../src/server/modules/signals/recomputeJob.js'
import { createTestTenant, signIn, startTestApp, type TestApp } from './support/testApp.js'
import { databasesUnderTest } from './support/testDatabase.js'

describe.each(databasesUnderTest())('operations on $name', (database) => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp(database)
  })
  afterAll(async () => t?.close())

  it('GET /api/health names the database and the version', async () => {
    const response = await t.app.inject({ url: '/api/health' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'ok', database: database.name, version: expect.stringMatching(/^\d+\.\d+\.\d+$/) })
  })

  it('publishes the OpenAPI document at both addresses, with every endpoint and its 400', async () => {
    const v1 = await t.app.inject({ url: '/api/v1/openapi.json' })
    const plain = await t.app.inject({ url: '/api/openapi.json' })
    expect(v1.json()).toEqual(plain.json())
    const document = v1.json<{ servers: { url: string }[]; info: { version: string; contact: object }; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }>()
    expect(document.servers[0]!.url).toBe('/api/v1')
    expect(document.info.contact).toBeTruthy()
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/session', '/session/second-factor', '/users', '/users/{userId}', '/teams', '/house-style', '/audit-events']),
    )
    for (const operations of Object.values(document.paths)) {
      for (const operation of Object.values(operations)) expect(operation.responses['400']).toBeTruthy()
    }
    expect(openApiOf(t.app)).toEqual(document)
  })

  it('the scheduled job purges expired sessions through the queue', async () => {
    const tenant = await createTestTenant(t.ctx)
    await signIn(t.app, tenant.slug, tenant.coach)
    await signIn(t.app, tenant.slug, tenant.admin)
    await t.ctx.db.owner.query(
      "UPDATE sessions SET idle_expires_at = now() - interval '1 minute' WHERE tenant_id = $1 AND user_id = (SELECT id FROM users WHERE tenant_id = $1 AND username = $2)",
      [tenant.id, tenant.coach.username],
    )
    const jobs = await startJobs(t.ctx, { info: () => undefined, error: () => undefined })
    try {
      const schedules = await jobs.boss.getSchedules()
      expect(schedules.map((s) => s.name)).toEqual(expect.arrayContaining([purgeExpiredSessionsJob.name, recomputeSignalsJob.name]))
      const jobId = await jobs.boss.send(purgeExpiredSessionsJob.name, {})
      let state: string | undefined
      for (let i = 0; i < 100 && state !== 'completed'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 200))
        state = (await jobs.boss.getJobById(purgeExpiredSessionsJob.name, jobId!))?.state
      }
      expect(state).toBe('completed')
      const left = await t.ctx.db.owner.query<{ username: string }>(
        'SELECT u.username FROM sessions s JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.user_id WHERE s.tenant_id = $1',
        [tenant.id],
      )
      expect(left.rows.map((r) => r.username)).toEqual([tenant.admin.username])
    } finally {
      await jobs.stop()
    }
  })
})
