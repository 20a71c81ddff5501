import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inTenant } from '../src/server/db/database.js'
import { todayInAmsterdam } from '../src/server/modules/clients/dutchFormats.js'
import { audienceExists, refreshAudience } from '../src/server/modules/audiences/refresh.js'
import { startMembershipWorker, type MembershipWorker } from '../src/server/modules/audiences/upkeep.js'
import { createTestTenant, signIn, startTestApp, type TestApp, type TestClient } from './support/testApp.js'
import { databasesUnderTest } from './support/testDatabase.js'

const shift = (days: number) => {
  const d = new Date(`${todayInAmsterdam()}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()

type Definition = { match: 'all' | 'any'; groups: { match: 'all' | 'any'; conditions: Record<string, unknown>[] }[] }
const where = (...conditions: Record<string, unknown>[]): Definition => ({ match: 'all', groups: conditions.length === 0 ? [] : [{ match: 'all', conditions }] })

interface Preview {
  count: number
  countScope: 'organisation' | 'own'
  sample: { id: string; clientNumber: string; name: string }[]
}
interface Problem {
  status: number
  code: string
  errors?: { field: string; message: string }[]
}

describe.each(databasesUnderTest())('audiences on $name', (database) => {
  let t: TestApp
  let tenant: Awaited<ReturnType<typeof createTestTenant>>
  let other: Awaited<ReturnType<typeof createTestTenant>>
  let editor: TestClient
  let coach: TestClient
  let coachId: string
  let otherEditor: TestClient
  let worker: MembershipWorker
  let otherTeamId: string
  /** The clients by first name: id and client number. */
  const c: Record<string, { id: string; number: string }> = {}
  const names: Record<string, string> = {}

  const ok = async <R extends { statusCode: number; body: string }>(response: R, status = 200): Promise<R> => {
    expect(response.statusCode, response.body).toBe(status)
    return response
  }
  const register = async (firstNames: string, surname: string, intakeDate?: string) => {
    const response = await ok(await coach.request('POST', '/api/v1/clients', { firstNames, surname, ...(intakeDate ? { intakeDate } : {}) }), 201)
    const created = response.json<{ id: string; clientNumber: string }>()
    c[firstNames] = { id: created.id, number: created.clientNumber }
    names[created.id] = firstNames
  }
  const record = async (method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown) => {
    const response = await coach.request(method, path, body)
    expect(response.statusCode, response.body).toBeLessThan(300)
    return response
  }
  const preview = async (definition: Definition, as: TestClient = editor, audienceId?: string) =>
    (await ok(await as.request('POST', '/api/v1/audience-previews', { definition, ...(audienceId ? { audienceId } : {}) }))).json<Preview>()
  /** Who a definition selects, by first name, alphabetically. */
  const who = async (definition: Definition, as: TestClient = editor) => {
    const result = await preview(definition, as)
    expect(result.sample.length).toBe(Math.min(result.count, 10))
    return result.sample.map((s) => names[s.id] ?? s.name).sort()
  }
  const save = async (name: string, definition: Definition) =>
    (await ok(await editor.request('POST', '/api/v1/audiences', { kind: 'dynamic', name, definition }), 201)).json<{ id: string; memberCount: number }>()
  /** The stored members of a saved audience, by first name. */
  const storedMembers = async (audienceId: string) => {
    const rows = await t.ctx.db.owner.query<{ client_id: string }>('SELECT client_id FROM audience_members WHERE audience_id = $1', [audienceId])
    return rows.rows.map((r) => names[r.client_id] ?? r.client_id).sort()
  }
  /** Polls until the stored members are as expected; returns how long that took. */
  const eventually = async (audienceId: string, expected: string[], timeoutMs = 5000) => {
    const started = Date.now()
    let last: string[] = []
    while (Date.now() - started < timeoutMs) {
      last = await storedMembers(audienceId)
      if (JSON.stringify(last) === JSON.stringify(expected)) return Date.now() - started
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(last).toEqual(expected)
    return Date.now() - started
  }

  beforeAll(async () => {
    t = await startTestApp(database)
    tenant = await createTestTenant(t.ctx, 2)
    other = await createTestTenant(t.ctx, 1)
    const editorCredential = tenant.credentials.find((cred) => cred.roles.includes('editor'))!
    editor = await signIn(t.app, tenant.slug, editorCredential)
    coach = await signIn(t.app, tenant.slug, tenant.coach)
    coachId = (await coach.request('GET', '/api/v1/session')).json<{ user: { id: string } }>().user.id
    otherEditor = await signIn(t.app, other.slug, other.credentials.find((cred) => cred.roles.includes('editor'))!)
    const admin = await signIn(t.app, tenant.slug, tenant.admin)
    otherTeamId = (await ok(await admin.request('POST', '/api/v1/teams', { name: 'Team Oost' }), 201)).json<{ id: string }>().id

    await register('Anna', 'Bakker', shift(-40))
    await register('Bram', 'Claassen', shift(-200))
    await register('Cees', 'Dijkstra', shift(-500))
    await register('Dina', 'Evers')
    await register('Eva', 'Franssen', shift(-100))
    const { Anna, Bram, Cees, Eva } = c as Record<string, { id: string }>
    const profile = (id: string, code: string, value: unknown) => record('PUT', `/api/v1/clients/${id}/profile-values/${code}`, { value })
    await profile(Anna!.id, 'sectors_of_interest', ['care', 'retail'])
    await profile(Anna!.id, 'hours_available', 24)
    await profile(Anna!.id, 'own_transport', true)
    await profile(Anna!.id, 'wants_and_can', 'yes')
    await profile(Anna!.id, 'hobbies', 'Tuinieren en koken')
    await profile(Bram!.id, 'sectors_of_interest', ['logistics'])
    await profile(Bram!.id, 'hours_available', 12)
    await profile(Bram!.id, 'own_transport', false)
    await profile(Bram!.id, 'wants_and_can', 'no')
    await record('POST', `/api/v1/clients/${Anna!.id}/statuses`, { statusCode: 'benefit', validFrom: shift(-30), regime: 'Participatiewet' })
    await record('POST', `/api/v1/clients/${Bram!.id}/statuses`, { statusCode: 'benefit', validFrom: shift(-100), regime: 'WW' })
    await record('POST', `/api/v1/clients/${Bram!.id}/statuses`, { statusCode: 'secondment', validFrom: shift(-20), organisation: 'Zorggroep Oost' })
    const exemption = (await record('POST', `/api/v1/clients/${Cees!.id}/statuses`, { statusCode: 'exemption', validFrom: shift(-400) })).json<{ id: string }>()
    await record('PATCH', `/api/v1/clients/${Cees!.id}/statuses/${exemption.id}`, { validTo: shift(-300) })
    await record('POST', `/api/v1/clients/${Anna!.id}/segment-scores`, { scaleCode: 'motivation', value: 4, assessedOn: shift(-20) })
    await record('POST', `/api/v1/clients/${Bram!.id}/segment-scores`, { scaleCode: 'motivation', value: 2, assessedOn: shift(-150) })
    await record('POST', `/api/v1/clients/${Bram!.id}/segment-scores`, { scaleCode: 'motivation', value: 5, assessedOn: shift(-10) })
    await record('POST', `/api/v1/clients/${Anna!.id}/interventions`, { typeCode: 'job_application_training', status: 'active', startDate: shift(-10) })
    await record('POST', `/api/v1/clients/${Bram!.id}/interventions`, { typeCode: 'job_application_training', status: 'completed', startDate: shift(-100), endDate: shift(-60), outcome: 'successful' })
    await record('POST', `/api/v1/clients/${Bram!.id}/attendance-schedules`, { location: 'Werkleercentrum Ulft', weekdays: [1, 2, 3], startsAt: '08:30', endsAt: '12:30', validFrom: shift(-5) })
    await record('PATCH', `/api/v1/clients/${Eva!.id}`, { outflowDate: shift(-1), outflowReason: 'Werk gevonden' })
    // Cees goes to another team without a coach: outside the coach's caseload and teams.
    await record('PUT', `/api/v1/clients/${Cees!.id}/assignment`, { teamId: otherTeamId, coachId: null })

    // Messages as the outbox records them once sent (the messaging module writes these rows).
    const owner = t.ctx.db.owner
    const template = await owner.query<{ id: string }>(`INSERT INTO message_templates (tenant_id, name, category) VALUES ($1, 'Nieuwsbrief', 'news') RETURNING id`, [tenant.id])
    const send = async (category: string, clientIds: string[]) =>
      (
        await owner.query<{ id: string }>(
          `INSERT INTO message_sends (tenant_id, template_id, category, target_kind, client_ids, idempotency_key, created_by)
           VALUES ($1, $2, $3, 'clients', $4, $5, $6) RETURNING id`,
          [tenant.id, template.rows[0]!.id, category, clientIds, `test-${category}-${Date.now()}`, coachId],
        )
      ).rows[0]!.id
    const news = await send('news', [Anna!.id])
    const vacancy = await send('vacancy', [Bram!.id])
    await owner.query(
      `INSERT INTO outbox_messages (tenant_id, send_id, client_id, channel, status, sent_at, opened_at) VALUES ($1, $2, $3, 'app', 'delivered', $4, $5), ($1, $6, $7, 'app', 'delivered', $8, null)`,
      [tenant.id, news, Anna!.id, daysAgo(3), daysAgo(2), vacancy, Bram!.id, daysAgo(5)],
    )
    worker = startMembershipWorker(t.ctx, { info: () => undefined, error: () => undefined }, { intervalMs: 200 })
  })
  afterAll(async () => {
    await worker?.stop()
    await t?.close()
  })

  it('selects exactly the clients each kind of condition describes; outflowed clients never', async () => {
    expect(await who(where())).toEqual(['Anna', 'Bram', 'Cees', 'Dina'])
    // Profile criteria.
    expect(await who(where({ kind: 'profile', criterion: 'sectors_of_interest', operator: 'contains', value: 'care' }))).toEqual(['Anna'])
    expect(await who(where({ kind: 'profile', criterion: 'sectors_of_interest', operator: 'containsAny', values: ['care', 'logistics'] }))).toEqual(['Anna', 'Bram'])
    expect(await who(where({ kind: 'profile', criterion: 'hours_available', operator: 'gte', value: 20 }))).toEqual(['Anna'])
    expect(await who(where({ kind: 'profile', criterion: 'hours_available', operator: 'lt', value: 20 }))).toEqual(['Bram'])
    expect(await who(where({ kind: 'profile', criterion: 'own_transport', operator: 'equals', value: false }))).toEqual(['Bram'])
    expect(await who(where({ kind: 'profile', criterion: 'wants_and_can', operator: 'oneOf', values: ['yes', 'wants_not_yet_can'] }))).toEqual(['Anna'])
    expect(await who(where({ kind: 'profile', criterion: 'hobbies', operator: 'contains', value: 'KOKEN' }))).toEqual(['Anna'])
    expect(await who(where({ kind: 'profile', criterion: 'sectors_of_interest', operator: 'isSet', negate: true }))).toEqual(['Cees', 'Dina'])
    // Statuses now and during a period.
    expect(await who(where({ kind: 'status', status: 'benefit' }))).toEqual(['Anna', 'Bram'])
    expect(await who(where({ kind: 'status', status: 'benefit', regime: 'WW' }))).toEqual(['Bram'])
    expect(await who(where({ kind: 'status', status: 'exemption' }))).toEqual([])
    expect(await who(where({ kind: 'status', status: 'exemption', period: { from: shift(-420), to: shift(-350) } }))).toEqual(['Cees'])
    expect(await who(where({ kind: 'status', status: 'exemption', period: { from: shift(-290), to: shift(-1) } }))).toEqual([])
    // Phase of unemployment.
    expect(await who(where({ kind: 'phase', phases: ['0-3'] }))).toEqual(['Anna'])
    expect(await who(where({ kind: 'phase', phases: ['6-12', '12+'] }))).toEqual(['Bram', 'Cees'])
    expect(await who(where({ kind: 'phase', phases: ['before-intake'] }))).toEqual(['Dina'])
    expect(await who(where({ kind: 'phase', phases: ['before-intake'], negate: true }))).toEqual(['Anna', 'Bram', 'Cees'])
    // Segmentation: the latest score counts.
    expect(await who(where({ kind: 'segment', scale: 'motivation', operator: 'gte', value: 4 }))).toEqual(['Anna', 'Bram'])
    expect(await who(where({ kind: 'segment', scale: 'motivation', operator: 'eq', value: 2 }))).toEqual([])
    expect(await who(where({ kind: 'segment', scale: 'motivation', operator: 'lte', value: 4 }))).toEqual(['Anna'])
    // Caseload, team and location.
    expect(await who(where({ kind: 'coach', coachIds: [coachId] }))).toEqual(['Anna', 'Bram', 'Dina'])
    expect(await who(where({ kind: 'team', teamIds: [otherTeamId] }))).toEqual(['Cees'])
    expect(await who(where({ kind: 'location', locations: ['Werkleercentrum Ulft'] }))).toEqual(['Bram'])
    // Employer of a secondment, letter case aside.
    expect(await who(where({ kind: 'secondment', employers: ['zorggroep oost'] }))).toEqual(['Bram'])
    // Interventions had and not had within a window.
    expect(await who(where({ kind: 'intervention', interventionType: 'job_application_training', within: { amount: 30, unit: 'days' } }))).toEqual(['Anna'])
    expect(await who(where({ kind: 'intervention', interventionType: 'job_application_training', within: { amount: 6, unit: 'months' } }))).toEqual(['Anna', 'Bram'])
    expect(await who(where({ kind: 'intervention', interventionType: 'job_application_training', within: { amount: 30, unit: 'days' }, negate: true }))).toEqual(['Bram', 'Cees', 'Dina'])
    // Behaviour: received, opened, clicked, of a category.
    expect(await who(where({ kind: 'message', event: 'received', within: { amount: 7, unit: 'days' } }))).toEqual(['Anna', 'Bram'])
    expect(await who(where({ kind: 'message', event: 'opened', within: { amount: 7, unit: 'days' } }))).toEqual(['Anna'])
    expect(await who(where({ kind: 'message', event: 'received', within: { amount: 4, unit: 'days' } }))).toEqual(['Anna'])
    expect(await who(where({ kind: 'message', event: 'received', within: { amount: 1, unit: 'months' }, category: 'vacancy' }))).toEqual(['Bram'])
    expect(await who(where({ kind: 'message', event: 'clicked', within: { amount: 1, unit: 'months' } }))).toEqual([])
    // Membership of another saved audience.
    const care = await save('Interesse in zorg', where({ kind: 'profile', criterion: 'sectors_of_interest', operator: 'contains', value: 'care' }))
    expect(care.memberCount).toBe(1)
    expect(await who(where({ kind: 'audience', audienceId: care.id }))).toEqual(['Anna'])
    expect(await who(where({ kind: 'audience', audienceId: care.id, negate: true }))).toEqual(['Bram', 'Cees', 'Dina'])
  })

  it('combines groups and conditions with AND, OR and NOT', async () => {
    expect(
      await who({ match: 'any', groups: [{ match: 'all', conditions: [{ kind: 'phase', phases: ['0-3'] }] }, { match: 'all', conditions: [{ kind: 'phase', phases: ['12+'] }] }] }),
    ).toEqual(['Anna', 'Cees'])
    expect(
      await who({ match: 'all', groups: [{ match: 'any', conditions: [{ kind: 'status', status: 'benefit' }, { kind: 'phase', phases: ['before-intake'] }] }] }),
    ).toEqual(['Anna', 'Bram', 'Dina'])
    expect(
      await who({
        match: 'all',
        groups: [
          { match: 'any', conditions: [{ kind: 'status', status: 'benefit' }, { kind: 'phase', phases: ['before-intake'] }] },
          { match: 'all', conditions: [{ kind: 'segment', scale: 'motivation', operator: 'gte', value: 5, negate: true }] },
        ],
      }),
    ).toEqual(['Anna', 'Dina'])
    expect(
      await who({
        match: 'any',
        groups: [
          { match: 'all', conditions: [{ kind: 'status', status: 'benefit' }, { kind: 'profile', criterion: 'own_transport', operator: 'equals', value: true }] },
          { match: 'all', conditions: [{ kind: 'team', teamIds: [otherTeamId] }] },
        ],
      }),
    ).toEqual(['Anna', 'Cees'])
  })

  it('saves an audience that nobody matches', async () => {
    const empty = await save('Tegenstrijdig', where({ kind: 'phase', phases: ['0-3'] }, { kind: 'phase', phases: ['12+'] }))
    expect(empty.memberCount).toBe(0)
    const read = (await ok(await editor.request('GET', `/api/v1/audiences/${empty.id}`))).json<{ memberCount: number; definition: Definition }>()
    expect(read.memberCount).toBe(0)
    expect(read.definition.groups[0]!.conditions).toHaveLength(2)
  })

  it('refuses a membership cycle and an unknown criterion, naming the field', async () => {
    const first = await save('Eerste', where({ kind: 'phase', phases: ['0-3'] }))
    const second = await save('Tweede', where({ kind: 'audience', audienceId: first.id }))
    const cycle = await editor.request('PUT', `/api/v1/audiences/${first.id}`, { name: 'Eerste', definition: where({ kind: 'audience', audienceId: second.id }) })
    expect(cycle.statusCode).toBe(400)
    expect(cycle.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(cycle.json<Problem>()).toMatchObject({ status: 400, code: 'audience-cycle', errors: [{ field: 'definition.groups.0.conditions.0.audienceId' }] })
    const itself = await editor.request('POST', '/api/v1/audience-previews', { definition: where({ kind: 'audience', audienceId: first.id }), audienceId: first.id })
    expect(itself.json<Problem>().code).toBe('audience-cycle')
    // The refused change left the audience as it was.
    expect((await editor.request('GET', `/api/v1/audiences/${first.id}`)).json<{ definition: Definition }>().definition).toEqual(where({ kind: 'phase', phases: ['0-3'] }))

    const unknown = await editor.request('POST', '/api/v1/audience-previews', {
      definition: where({ kind: 'phase', phases: ['0-3'] }, { kind: 'profile', criterion: 'favourite_colour', operator: 'equals', value: 'blue' }),
    })
    expect(unknown.statusCode).toBe(400)
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(unknown.json<Problem>().errors).toEqual([{ field: 'definition.groups.0.conditions.1.criterion', message: expect.stringContaining('favourite_colour') }])
    const wrongOperator = await editor.request('POST', '/api/v1/audience-previews', { definition: where({ kind: 'profile', criterion: 'hours_available', operator: 'contains', value: 'x' }) })
    expect(wrongOperator.json<Problem>().errors?.[0]?.field).toBe('definition.groups.0.conditions.0.operator')
    // In use by another audience: not deleted.
    const inUse = await editor.request('DELETE', `/api/v1/audiences/${first.id}`)
    expect(inUse.statusCode).toBe(409)
  })

  it('limits a coach’s count and sample to their caseload and teams, and audits the names shown', async () => {
    const mine = await preview(where(), coach)
    expect(mine.countScope).toBe('own')
    expect(mine.count).toBe(3)
    expect(mine.sample.map((s) => names[s.id]).sort()).toEqual(['Anna', 'Bram', 'Dina'])
    const all = await preview(where())
    expect(all).toMatchObject({ count: 4, countScope: 'organisation' })
    const audit = await t.ctx.db.owner.query<{ attributes: { shownClientIds: string[]; count: number } }>(
      `SELECT attributes FROM audit_events WHERE tenant_id = $1 AND action = 'audience.preview' AND actor_id = $2 ORDER BY occurred_at DESC LIMIT 1`,
      [tenant.id, coachId],
    )
    expect(audit.rows[0]!.attributes.count).toBe(3)
    expect(audit.rows[0]!.attributes.shownClientIds.sort()).toEqual(mine.sample.map((s) => s.id).sort())
    // A saved audience's count in the list follows the same scope.
    const saved = await save('Iedereen', where())
    const list = (await ok(await coach.request('GET', '/api/v1/audiences'))).json<{ audiences: { id: string; memberCount: number; countScope: string }[] }>()
    expect(list.audiences.find((a) => a.id === saved.id)).toMatchObject({ memberCount: 3, countScope: 'own' })
    expect(saved.memberCount).toBe(4)
    // An account manager does not work with audiences.
    const accountManager = await signIn(t.app, tenant.slug, tenant.credentials.find((cred) => cred.roles.includes('account_manager'))!)
    expect((await accountManager.request('GET', '/api/v1/audiences')).statusCode).toBe(403)
  })

  it('keeps a saved audience current as client data changes, within seconds, without a refresh', async () => {
    const benefit = await save('Met uitkering', where({ kind: 'status', status: 'benefit' }))
    expect(await storedMembers(benefit.id)).toEqual(['Anna', 'Bram'])
    const messaged = await save('Nieuws geopend', where({ kind: 'message', event: 'opened', within: { amount: 7, unit: 'days' } }))
    expect(await storedMembers(messaged.id)).toEqual(['Anna'])

    // Dina gets a benefit: she enters.
    await record('POST', `/api/v1/clients/${c.Dina!.id}/statuses`, { statusCode: 'benefit', validFrom: shift(0), regime: 'Participatiewet' })
    const entered = await eventually(benefit.id, ['Anna', 'Bram', 'Dina'])
    expect(entered).toBeLessThan(5000)
    // Anna leaves the organisation's guidance: she leaves every audience.
    await record('PATCH', `/api/v1/clients/${c.Anna!.id}`, { outflowDate: shift(0), outflowReason: 'Werk gevonden' })
    await eventually(benefit.id, ['Bram', 'Dina'])
    await eventually(messaged.id, [])
    // Bram opens his message: behaviour counts too.
    await t.ctx.db.owner.query(`UPDATE outbox_messages SET opened_at = now() WHERE client_id = $1`, [c.Bram!.id])
    await eventually(messaged.id, ['Bram'])
    const read = (await editor.request('GET', `/api/v1/audiences/${benefit.id}`)).json<{ memberCount: number }>()
    expect(read.memberCount).toBe(2)
  })

  it('makes static lists from client numbers, reporting the unknown ones', async () => {
    const created = await ok(
      await editor.request('POST', '/api/v1/audiences', {
        kind: 'static',
        name: 'Uitnodiging speeddate',
        clientNumbers: [c.Bram!.number, ` ${c.Cees!.number.toLowerCase()} `, 'K9999999', c.Eva!.number],
      }),
      201,
    )
    const saved = created.json<{ id: string; memberCount: number; unknownClientNumbers: string[] }>()
    expect(saved.unknownClientNumbers).toEqual(['K9999999'])
    // Eva has left: on the list, but no member.
    expect(saved.memberCount).toBe(2)
    expect(await storedMembers(saved.id)).toEqual(['Bram', 'Cees'])
    const added = (await ok(await editor.request('POST', `/api/v1/audiences/${saved.id}/static-members`, { clientIds: [c.Dina!.id] }))).json<{ memberCount: number }>()
    expect(added.memberCount).toBe(3)
    await ok(await editor.request('DELETE', `/api/v1/audiences/${saved.id}/static-members/${c.Bram!.id}`), 204)
    const page = (await ok(await editor.request('GET', `/api/v1/audiences/${saved.id}/members`))).json<{ members: { id: string }[] }>()
    expect(page.members.map((m) => names[m.id])).toEqual(['Cees', 'Dina'])
    // A coach sees only the members within their scope.
    const coachPage = (await ok(await coach.request('GET', `/api/v1/audiences/${saved.id}/members`))).json<{ members: { id: string }[] }>()
    expect(coachPage.members.map((m) => names[m.id])).toEqual(['Dina'])
    // A static list cannot take conditions.
    const wrong = await editor.request('PUT', `/api/v1/audiences/${saved.id}`, { name: 'Uitnodiging speeddate', definition: where() })
    expect(wrong.statusCode).toBe(400)
  })

  it('keeps organisations apart, and offers messaging its refresh and existence check', async () => {
    const care = (await editor.request('GET', '/api/v1/audiences')).json<{ audiences: { id: string; name: string }[] }>().audiences.find((a) => a.name === 'Interesse in zorg')!
    expect((await otherEditor.request('GET', `/api/v1/audiences/${care.id}`)).statusCode).toBe(404)
    expect((await otherEditor.request('GET', `/api/v1/audiences/${care.id}/members`)).statusCode).toBe(404)
    expect((await otherEditor.request('DELETE', `/api/v1/audiences/${care.id}`)).statusCode).toBe(404)
    const borrowed = await otherEditor.request('POST', '/api/v1/audience-previews', { definition: where({ kind: 'audience', audienceId: care.id }) })
    expect(borrowed.statusCode).toBe(400)
    expect((await otherEditor.request('GET', '/api/v1/audiences')).json<{ audiences: unknown[] }>().audiences).toEqual([])

    const count = await inTenant(t.ctx.db, { tenantId: tenant.id }, (tx) => refreshAudience(tx, tenant.id, care.id))
    // Anna (the one interested in care) has left since.
    expect(count).toBe(0)
    expect(await inTenant(t.ctx.db, { tenantId: tenant.id }, (tx) => audienceExists(tx, care.id))).toEqual({ id: care.id, name: 'Interesse in zorg' })
    expect(await inTenant(t.ctx.db, { tenantId: other.id }, (tx) => audienceExists(tx, care.id))).toBeNull()
  })
})
