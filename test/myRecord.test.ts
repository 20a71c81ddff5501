import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClientPage } from '../src/common/api/clients.js'
import type { ClientAddition, MyRecord, RecordDownload, RecordViews } from '../src/common/api/myRecord.js'
import { todayInAmsterdam } from '../src/server/modules/clients/dutchFormats.js'
import { createTestTenant, signedInClientDevice, signIn, startTestApp, type TestApp, type TestClient } from './support/testApp.js'
import { databasesUnderTest } from './support/testDatabase.js'

const shift = (days: number) => {
  const d = new Date(`${todayInAmsterdam()}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

describe.each(databasesUnderTest())('"Mijn gegevens" in the client app on $name', (database) => {
  let t: TestApp
  let tenant: Awaited<ReturnType<typeof createTestTenant>>
  let coach: TestClient
  let clientId: string
  let me: TestClient

  const register = async (extra: Record<string, unknown> = {}) => {
    const created = await coach.request('POST', '/api/v1/clients', { firstNames: 'Fatima', surname: 'El Amrani', intakeDate: '2026-01-12', ...extra })
    expect(created.statusCode, created.body).toBe(201)
    return created.json<{ id: string }>().id
  }
  const ok = async (response: Promise<{ statusCode: number; body: string }>, status: number) => {
    const r = await response
    expect(r.statusCode, r.body).toBe(status)
  }
  const myRecord = async (device = me) => {
    const response = await device.request('GET', '/api/v1/me/record')
    expect(response.statusCode, response.body).toBe(200)
    return response.json<MyRecord>()
  }
  const owner = (text: string, values: unknown[] = []) => t.ctx.db.owner.query(text, values)

  beforeAll(async () => {
    t = await startTestApp(database)
    tenant = await createTestTenant(t.ctx, 2)
    coach = await signIn(t.app, tenant.slug, tenant.coach)
    clientId = await register({ bsn: '111222333', street: 'Dorpsstraat', houseNumber: '4', postcode: '7001 AB', city: 'Doetinchem', phone: '06 12345678', email: 'fatima@example.org' })
    me = await signedInClientDevice(t, tenant.id, clientId)

    // What the coach records.
    await ok(coach.request('POST', `/api/v1/clients/${clientId}/statuses`, { statusCode: 'benefit', validFrom: '2026-01-12', regime: 'Participatiewet' }), 201)
    await ok(coach.request('POST', `/api/v1/clients/${clientId}/interventions`, { typeCode: 'job_application_training', status: 'active', startDate: '2026-02-01' }), 201)
    await ok(coach.request('PATCH', `/api/v1/clients/${clientId}/plan`, { agreedOn: '2026-02-01', reviewOn: '2026-08-01' }), 204)
    const goal = await coach.request('POST', `/api/v1/clients/${clientId}/plan-goals`, { description: 'Werk in de zorg, 24 uur per week', targetDate: '2026-12-31' })
    const goalId = goal.json<{ id: string }>().id
    await ok(coach.request('POST', `/api/v1/clients/${clientId}/plan-steps`, { goalId, description: 'Snuffelstage bij een zorginstelling', responsible: 'client', dueDate: '2026-03-15' }), 201)
    await ok(coach.request('POST', `/api/v1/clients/${clientId}/competence-assessments`, { assessedOn: '2026-02-01', scores: { cooperation: 4 } }), 204)
    await ok(coach.request('POST', `/api/v1/clients/${clientId}/diagnoses`, { assessedOn: '2026-01-20', skills: ['heftruck'], livingSituation: { housing: 'stabiel' }, summary: 'Gemotiveerd' }), 204)
    await ok(coach.request('PUT', `/api/v1/clients/${clientId}/profile-values/sectors_of_interest`, { value: ['care'] }), 204)
    await ok(coach.request('POST', `/api/v1/clients/${clientId}/notes`, { body: 'Goed gesprek over de stage.' }), 201)
    await ok(coach.request('POST', `/api/v1/clients/${clientId}/contacts`, { contactedAt: new Date(Date.now() - 3_600_000).toISOString(), channel: 'phone', summary: 'Gebeld over de stage' }), 201)
    await ok(coach.request('POST', `/api/v1/clients/${clientId}/attendance-schedules`, { location: 'Werkleercentrum Ulft', weekdays: [1, 2, 3, 4, 5, 6, 7], startsAt: '08:30', endsAt: '12:30', validFrom: shift(-3) }), 201)
    await ok(coach.request('PUT', `/api/v1/attendance-register/${shift(-1)}/${clientId}`, { status: 'present' }), 204)
  })
  afterAll(async () => t?.close())

  it('shows the client what the coach recorded, in one record, with the BSN masked', async () => {
    const record = await myRecord()
    expect(record.aboutMe).toMatchObject({ fullName: 'Fatima El Amrani', bsnMasked: '******333', phone: '+31612345678', address: { street: 'Dorpsstraat', postcode: '7001 AB' } })
    expect(JSON.stringify(record)).not.toContain('111222333')
    expect(record.coach.current).toMatchObject({ coach: tenant.coach.displayName })
    expect(record.situation.statuses.current).toEqual([expect.objectContaining({ labelNl: expect.any(String), regime: 'Participatiewet', validFrom: '2026-01-12' })])
    expect(record.situation.diagnosis).toMatchObject({ summary: 'Gemotiveerd', skills: ['heftruck'], by: tenant.coach.displayName })
    expect(record.situation.developmentCard.assessments).toEqual([{ assessedOn: '2026-02-01', scores: { cooperation: 4 } }])
    expect(record.situation.profile).toEqual([expect.objectContaining({ value: ['care'], valueType: 'multi_choice' })])
    expect(record.plan).toMatchObject({ agreedOn: '2026-02-01', goals: [expect.objectContaining({ description: 'Werk in de zorg, 24 uur per week' })] })
    expect(record.plan.steps).toEqual([expect.objectContaining({ description: 'Snuffelstage bij een zorginstelling', responsible: 'client', goalId: record.plan.goals[0]!.id })])
    expect(record.interventions).toEqual([expect.objectContaining({ status: 'active', startDate: '2026-02-01' })])
    expect(record.notes).toEqual([expect.objectContaining({ body: 'Goed gesprek over de stage.', by: tenant.coach.displayName })])
    expect(record.contacts).toEqual([expect.objectContaining({ channel: 'phone', summary: 'Gebeld over de stage' })])
    expect(record.attendance.schedules).toEqual([expect.objectContaining({ location: 'Werkleercentrum Ulft', startsAt: '08:30', endsAt: '12:30' })])
    expect(record.attendance.days).toEqual([{ day: shift(-1), location: 'Werkleercentrum Ulft', status: 'present', note: null }])
    // Staff are named, never identified by their internal ids.
    expect(JSON.stringify(record)).not.toContain(tenant.coach.username)

    // Reading it is in the audit log, with the client as actor and data subject.
    const audit = await owner(`SELECT actor_type, actor_id FROM audit_events WHERE tenant_id = $1 AND action = 'client-app.record-read'`, [tenant.id])
    expect(audit.rows).toContainEqual({ actor_type: 'client', actor_id: clientId })
  })

  it('shows a profile value that only some staff roles may see too: the right of access covers it', async () => {
    await owner(`UPDATE profile_criteria SET visible_to = '{manager}' WHERE tenant_id = $1 AND code = 'hours_available'`, [tenant.id])
    await owner(`INSERT INTO client_profile_values (tenant_id, client_id, criterion_code, value, source) VALUES ($1, $2, 'hours_available', '24', 'coach')`, [tenant.id, clientId])
    const coachSees = (await coach.request('GET', `/api/v1/clients/${clientId}`)).json<ClientPage>().profile.map((p) => p.code)
    expect(coachSees).not.toContain('hours_available')
    const values = (await myRecord()).situation.profile.map((p) => p.value)
    expect(values).toContainEqual(24)
  })

  it('lists the coach’s visit to the record, with name and role, and not the client’s own reading', async () => {
    const other = await register()
    const otherDevice = await signedInClientDevice(t, tenant.id, other)
    await myRecord(otherDevice)
    expect((await otherDevice.request('GET', '/api/v1/me/record/views')).json<RecordViews>().visits).toEqual([
      // Registering the client is the coach's only action on this record.
      expect.objectContaining({ staff: { displayName: tenant.coach.displayName, roles: expect.arrayContaining(['coach']) }, actions: ['changed'] }),
    ])
    await ok(coach.request('GET', `/api/v1/clients/${other}`), 200)
    const views = (await otherDevice.request('GET', '/api/v1/me/record/views')).json<RecordViews>()
    // Reading a few minutes after registering belongs to the same visit.
    expect(views.visits).toHaveLength(1)
    expect(views.visits[0]!.actions).toEqual(['viewed', 'changed'])
    expect(views.nextCursor).toBeNull()

    // An earlier visit (an hour ago) is listed apart, newest first, and pages follow the cursor.
    await owner(`UPDATE audit_events SET occurred_at = occurred_at - interval '3 hours' WHERE tenant_id = $1 AND data_subject_id = $2 AND action = 'client.create'`, [tenant.id, other])
    const first = (await otherDevice.request('GET', '/api/v1/me/record/views?limit=1')).json<RecordViews>()
    expect(first.visits.map((v) => v.actions)).toEqual([['viewed']])
    expect(first.nextCursor).not.toBeNull()
    const second = (await otherDevice.request('GET', `/api/v1/me/record/views?limit=1&before=${first.nextCursor}`)).json<RecordViews>()
    expect(second.visits.map((v) => v.actions)).toEqual([['changed']])
    expect(second.nextCursor).toBeNull()
    expect(new Date(second.visits[0]!.until).getTime()).toBeLessThan(new Date(first.visits[0]!.from).getTime())

    const bad = await otherDevice.request('GET', '/api/v1/me/record/views?before=nonsense')
    expect(bad.statusCode).toBe(400)
    expect(bad.json<{ code: string }>().code).toBe('invalid-cursor')
  })

  it('downloads everything as a JSON file that parses and a printable HTML page with the name, in the client’s language', async () => {
    const chatted = await me.request('POST', '/api/v1/me/chat/messages', { clientKey: 'record-chat-1', body: 'Mag ik een dag later beginnen?' })
    expect(chatted.statusCode, chatted.body).toBe(201)
    const json = await me.request('GET', '/api/v1/me/record/download?format=json')
    expect(json.statusCode, json.body).toBe(200)
    expect(json.headers['content-disposition']).toMatch(/^attachment; filename="mijn-gegevens-\d{4}-\d\d-\d\d\.json"$/)
    const file = JSON.parse(json.body) as RecordDownload
    expect(file.aboutMe.fullName).toBe('Fatima El Amrani')
    expect(file.notes[0]!.body).toBe('Goed gesprek over de stage.')
    expect(file.visits.length).toBeGreaterThan(0)
    expect(file.chat.map((m) => [m.fromMe, m.body])).toContainEqual([true, 'Mag ik een dag later beginnen?'])

    const html = await me.request('GET', '/api/v1/me/record/download?format=html')
    expect(html.statusCode).toBe(200)
    expect(html.headers['content-type']).toMatch(/^text\/html/)
    expect(html.headers['content-disposition']).toMatch(/filename="mijn-gegevens-.*\.html"/)
    expect(html.body).toContain('<html lang="nl">')
    expect(html.body).toContain('Fatima El Amrani')
    expect(html.body).toContain('Wie keek er in mijn gegevens?')
    expect(html.body).toContain('Snuffelstage bij een zorginstelling')
    expect(html.body).toContain('Mag ik een dag later beginnen?')
    expect(html.body).not.toContain('111222333')
    const english = await me.request('GET', '/api/v1/me/record/download?format=html&lang=en')
    expect(english.body).toContain('<html lang="en">')
    expect(english.body).toContain('Who looked at my data?')

    expect((await me.request('GET', '/api/v1/me/record/download?format=pdf')).statusCode).toBe(400)
    expect((await me.request('GET', '/api/v1/me/record/download')).statusCode).toBe(400)
    const audit = await owner(`SELECT attributes->>'format' AS format FROM audit_events WHERE tenant_id = $1 AND action = 'client-app.record-download' AND actor_id = $2`, [tenant.id, clientId])
    expect(audit.rows.map((r) => r.format).sort()).toEqual(['html', 'html', 'json'])
  })

  it('an addition appears to the coach marked as the client’s; accepting a correction changes the record', async () => {
    const added = await me.request('POST', '/api/v1/me/record/additions', { text: 'Ik doe vrijwilligerswerk bij de voedselbank.' })
    expect(added.statusCode, added.body).toBe(201)
    expect(added.json<ClientAddition>()).toMatchObject({ kind: 'addition', state: 'added', text: 'Ik doe vrijwilligerswerk bij de voedselbank.' })
    const corrected = await me.request('POST', '/api/v1/me/record/additions', { contact: { phone: '06-87654321', postcode: '7002ab' }, text: 'Ik heb een nieuw nummer.' })
    expect(corrected.statusCode, corrected.body).toBe(201)
    const correction = corrected.json<ClientAddition>()
    expect(correction).toMatchObject({ kind: 'correction', state: 'proposed', contact: { phone: '+31687654321', postcode: '7002 AB' } })
    // Proposed, not applied.
    expect((await myRecord()).aboutMe.phone).toBe('+31612345678')

    const forCoach = await coach.request('GET', `/api/v1/clients/${clientId}/additions`)
    expect(forCoach.statusCode).toBe(200)
    const additions = forCoach.json<{ additions: ClientAddition[] }>().additions
    expect(additions.map((a) => [a.kind, a.state])).toEqual([['correction', 'proposed'], ['addition', 'added']])
    const timeline = (await coach.request('GET', `/api/v1/clients/${clientId}`)).json<ClientPage>().timeline
    expect(timeline.filter((e) => e.kind === 'client-addition.added')).toHaveLength(2)
    expect(timeline.find((e) => e.kind === 'client-addition.added')).toMatchObject({ actor: null, data: expect.objectContaining({ byClient: true }) })

    const addition = additions.find((a) => a.kind === 'addition')!
    const notACorrection = await coach.request('POST', `/api/v1/clients/${clientId}/additions/${addition.id}/accept`)
    expect(notACorrection.statusCode).toBe(409)
    expect(notACorrection.json<{ code: string }>().code).toBe('not-a-correction')

    await ok(coach.request('POST', `/api/v1/clients/${clientId}/additions/${correction.id}/accept`), 204)
    const page = (await coach.request('GET', `/api/v1/clients/${clientId}`)).json<ClientPage>()
    expect(page.client).toMatchObject({ phone: '+31687654321', address: expect.objectContaining({ postcode: '7002 AB', street: 'Dorpsstraat' }) })
    expect(page.timeline.slice(0, 2).map((e) => e.kind).sort()).toEqual(['client-addition.accepted', 'client.details-changed'])
    const again = await coach.request('POST', `/api/v1/clients/${clientId}/additions/${correction.id}/reject`, {})
    expect(again.statusCode).toBe(409)
    expect(again.json<{ code: string }>().code).toBe('already-decided')

    // The client sees the decision; a rejected one keeps the coach's reason.
    const wrong = (await me.request('POST', '/api/v1/me/record/additions', { contact: { city: 'Atlantis' } })).json<ClientAddition>()
    await ok(coach.request('POST', `/api/v1/clients/${clientId}/additions/${wrong.id}/reject`, { note: 'Deze plaats bestaat niet.' }), 204)
    const mine = (await me.request('GET', '/api/v1/me/record/additions')).json<{ additions: ClientAddition[] }>().additions
    expect(mine.map((a) => a.state)).toEqual(['rejected', 'accepted', 'added'])
    expect(mine[0]).toMatchObject({ decisionNote: 'Deze plaats bestaat niet.', decidedBy: tenant.coach.displayName })
    expect((await myRecord()).aboutMe.address.city).toBe('Doetinchem')

    const audit = await owner(`SELECT action FROM audit_events WHERE tenant_id = $1 AND data_subject_id = $2 AND action LIKE '%addition%'`, [tenant.id, clientId])
    expect(new Set(audit.rows.map((r) => r.action))).toEqual(new Set(['client-app.record-addition', 'client.additions-read', 'client.addition-accept', 'client.addition-reject', 'client-app.record-additions-read']))
  })

  it('refuses bad input with a clear problem, and writes nothing', async () => {
    const before = await owner('SELECT count(*)::int AS n FROM client_additions WHERE client_id = $1', [clientId])
    const cases: [unknown, string][] = [
      [{}, 'nothing'],
      [{ text: '   ' }, 'blank text'],
      [{ text: 'x'.repeat(2001) }, 'too long'],
      [{ contact: {} }, 'no fields'],
      [{ contact: { phone: 'geen nummer' } }, 'phone'],
      [{ contact: { postcode: '12345' } }, 'postcode'],
      [{ contact: { email: 'niet-een-adres' } }, 'email'],
      [{ contact: { bsn: '123456789' } }, 'unknown field'],
      [{ text: 'hoi', extra: true }, 'unknown property'],
    ]
    for (const [body, what] of cases) {
      const response = await me.request('POST', '/api/v1/me/record/additions', body)
      expect(response.statusCode, what).toBe(400)
      expect(response.headers['content-type'], what).toMatch(/^application\/problem\+json/)
    }
    const phone = (await me.request('POST', '/api/v1/me/record/additions', { contact: { phone: 'geen nummer' } })).json<{ errors: { field: string }[] }>()
    expect(phone.errors).toEqual([expect.objectContaining({ field: 'contact.phone' })])
    const after = await owner('SELECT count(*)::int AS n FROM client_additions WHERE client_id = $1', [clientId])
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n)
    // Without the session's CSRF token nothing is added either.
    expect((await me.request('POST', '/api/v1/me/record/additions', { text: 'hoi' }, { 'x-csrf-token': 'wrong' })).statusCode).toBe(403)
  })

  it('keeps another client’s record out of reach, for the client and for staff outside the scope', async () => {
    const other = await register({ firstNames: 'Bram' })
    const otherDevice = await signedInClientDevice(t, tenant.id, other)
    const otherRecord = await myRecord(otherDevice)
    expect(otherRecord.aboutMe.fullName).toBe('Bram El Amrani')
    expect(JSON.stringify(otherRecord)).not.toContain('Goed gesprek over de stage.')
    expect((await otherDevice.request('GET', '/api/v1/me/record/additions')).json<{ additions: unknown[] }>().additions).toEqual([])
    // A client's cookie does not open staff routes, nor another client's additions.
    expect((await otherDevice.request('GET', `/api/v1/clients/${clientId}/additions`)).statusCode).toBe(401)
    const mine = (await me.request('GET', '/api/v1/me/record/additions')).json<{ additions: ClientAddition[] }>().additions
    expect((await coach.request('POST', `/api/v1/clients/${other}/additions/${mine[0]!.id}/reject`, {})).statusCode).toBe(404)
    // Without a device session: not signed in.
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/me/record' })
    expect(anonymous.statusCode).toBe(401)

    // A coach of another organisation cannot reach this client.
    const otherTenant = await createTestTenant(t.ctx, 1)
    const stranger = await signIn(t.app, otherTenant.slug, otherTenant.coach)
    expect((await stranger.request('GET', `/api/v1/clients/${clientId}/additions`)).statusCode).toBe(404)
  })
})
