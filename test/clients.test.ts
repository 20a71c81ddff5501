import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClientPage } from '../src/common/api/clients.js'
import { createTestTenant, signIn, startTestApp, type TestApp, type TestClient } from './support/testApp.js'
import { databasesUnderTest } from './support/testDatabase.js'

interface Problem {
  status: number
  code: string
  errors?: { field: string; message: string }[]
}

describe.each(databasesUnderTest())('the client record on $name', (database) => {
  let t: TestApp
  let tenant: Awaited<ReturnType<typeof createTestTenant>>
  let coach: TestClient
  let colleague: TestClient
  let clientId: string

  beforeAll(async () => {
    t = await startTestApp(database)
    tenant = await createTestTenant(t.ctx, 3)
    coach = await signIn(t.app, tenant.slug, tenant.coach)
    const coaches = tenant.credentials.filter((c) => c.roles.includes('coach') && c.totpSecret && c.username !== tenant.coach.username)
    colleague = await signIn(t.app, tenant.slug, coaches[0]!)
    const created = await coach.request('POST', '/api/v1/clients', {
      firstNames: 'Anouk Maria',
      tussenvoegsel: 'van den',
      surname: 'Berg',
      dateOfBirth: '1988-04-12',
      bsn: '111222333',
      street: 'Hoofdstraat',
      houseNumber: '12a',
      postcode: '7001ab',
      city: 'Doetinchem',
      phone: '06-12345678',
      email: 'Anouk@Example.org',
      intakeDate: '2026-01-15',
    })
    expect(created.statusCode).toBe(201)
    clientId = created.json<{ id: string }>().id
  })
  afterAll(async () => t?.close())

  const page = async (client = coach) => {
    const response = await client.request('GET', `/api/v1/clients/${clientId}`)
    expect(response.statusCode).toBe(200)
    return response.json<ClientPage>()
  }

  it('shows the client on one page: names, masked BSN, contact in standard form, coach, phase', async () => {
    const p = await page()
    expect(p.client.name).toMatchObject({ fullName: 'Anouk Maria van den Berg', sortName: 'Berg, A.M. van den' })
    expect(p.client.bsnMasked).toBe('******333')
    expect(JSON.stringify(p)).not.toContain('111222333')
    expect(p.client).toMatchObject({ phone: '+31612345678', email: 'anouk@example.org', address: { postcode: '7001 AB' } })
    expect(p.assignment?.coach?.displayName).toBe(tenant.coach.displayName)
    expect(['3-6', '6-12', '12+', '0-3']).toContain(p.phase.code)
    expect(p.timeline.map((e) => e.kind)).toEqual(['assignment.changed', 'client.created'])
    expect(p.access).toEqual({ via: 'caseload', canEdit: true })
  })

  it('keeps the BSN encrypted at rest, findable by keyed hash', async () => {
    const row = await t.ctx.db.owner.query<{ bsn_sealed: string; bsn_hash: string }>('SELECT bsn_sealed, bsn_hash FROM clients WHERE id = $1', [clientId])
    expect(row.rows[0]!.bsn_sealed).not.toContain('111222333')
    expect(row.rows[0]!.bsn_hash).not.toContain('111222333')
    const found = await coach.request('GET', '/api/v1/clients?query=111222333')
    expect(found.json<{ results: { id: string; matchedOn: string }[] }>().results).toEqual([expect.objectContaining({ id: clientId, matchedOn: 'bsn' })])
  })

  it('records a status change valid from a date; the history keeps both periods', async () => {
    const first = await coach.request('POST', `/api/v1/clients/${clientId}/statuses`, { statusCode: 'benefit', validFrom: '2026-01-15', regime: 'WW' })
    expect(first.statusCode).toBe(201)
    const second = await coach.request('POST', `/api/v1/clients/${clientId}/statuses`, { statusCode: 'benefit', validFrom: '2026-04-01', regime: 'Participatiewet' })
    expect(second.statusCode).toBe(201)
    const exemption = await coach.request('POST', `/api/v1/clients/${clientId}/statuses`, { statusCode: 'exemption', validFrom: '2026-02-01', plannedEnd: '2027-02-01' })
    expect(exemption.statusCode).toBe(201)
    const p = await page()
    const benefits = p.statuses.history.filter((s) => s.statusCode === 'benefit')
    expect(benefits.map((b) => [b.regime, b.validFrom, b.validTo])).toEqual([
      ['Participatiewet', '2026-04-01', null],
      ['WW', '2026-01-15', '2026-03-31'],
    ])
    expect(p.statuses.current.map((s) => s.statusCode).sort()).toEqual(['benefit', 'exemption'])
    expect(p.statuses.current.find((s) => s.statusCode === 'exemption')!.plannedEnd).toBe('2027-02-01')
  })

  it('refuses a status that overlaps history, an unknown code, and an end before the start', async () => {
    const overlap = await coach.request('POST', `/api/v1/clients/${clientId}/statuses`, { statusCode: 'benefit', validFrom: '2026-02-01', regime: 'WW' })
    expect(overlap.statusCode).toBe(409)
    const unknown = await coach.request('POST', `/api/v1/clients/${clientId}/statuses`, { statusCode: 'lottery_win', validFrom: '2026-02-01' })
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json<Problem>().errors![0]!.field).toBe('statusCode')
    const before = await coach.request('POST', `/api/v1/clients/${clientId}/statuses`, { statusCode: 'secondment', validFrom: '2026-05-01', plannedEnd: '2026-04-01' })
    expect(before.json<Problem>().code).toBe('end-before-start')
  })

  it('registers an intervention, then completes it with an outcome', async () => {
    const created = await coach.request('POST', `/api/v1/clients/${clientId}/interventions`, { typeCode: 'job_application_training', status: 'active', startDate: '2026-02-01' })
    expect(created.statusCode).toBe(201)
    const id = created.json<{ id: string }>().id
    const tooEarly = await coach.request('PATCH', `/api/v1/clients/${clientId}/interventions/${id}`, { status: 'completed' })
    expect(tooEarly.json<Problem>().code).toBe('end-date-required')
    const done = await coach.request('PATCH', `/api/v1/clients/${clientId}/interventions/${id}`, { status: 'completed', endDate: '2026-03-01', outcome: 'successful' })
    expect(done.statusCode).toBe(204)
    const p = await page()
    expect(p.interventions[0]).toMatchObject({ typeCode: 'job_application_training', status: 'completed', outcome: 'successful', endDate: '2026-03-01' })
    expect(p.interventions[0]!.registeredBy?.displayName).toBe(tenant.coach.displayName)
  })

  it('records segmentation, development card, diagnosis, profile values, plan and a note', async () => {
    expect((await coach.request('POST', `/api/v1/clients/${clientId}/segment-scores`, { scaleCode: 'motivation', value: 4, assessedOn: '2026-02-01' })).statusCode).toBe(204)
    const offScale = await coach.request('POST', `/api/v1/clients/${clientId}/segment-scores`, { scaleCode: 'motivation', value: 9, assessedOn: '2026-02-01' })
    expect(offScale.json<Problem>().code).toBe('value-not-on-scale')
    for (const [assessedOn, score] of [['2026-01-20', 2], ['2026-07-20', 4]] as const) {
      const r = await coach.request('POST', `/api/v1/clients/${clientId}/competence-assessments`, { assessedOn, scores: { cooperation: score, planning: score - 1 } })
      expect(r.statusCode).toBe(204)
    }
    expect((await coach.request('POST', `/api/v1/clients/${clientId}/diagnoses`, { assessedOn: '2026-01-20', skills: ['heftruck', 'Excel'], livingSituation: { housing: 'stabiel', finances: 'schulden' }, summary: 'Gemotiveerd' })).statusCode).toBe(204)
    expect((await coach.request('PUT', `/api/v1/clients/${clientId}/profile-values/sectors_of_interest`, { value: ['care', 'logistics'] })).statusCode).toBe(204)
    const again = await coach.request('PUT', `/api/v1/clients/${clientId}/profile-values/sectors_of_interest`, { value: ['care'] })
    expect(again.statusCode, again.body).toBe(204)
    const wrongType = await coach.request('PUT', `/api/v1/clients/${clientId}/profile-values/hours_available`, { value: 'veel' })
    expect(wrongType.json<Problem>().code).toBe('invalid-profile-value')
    expect((await coach.request('PATCH', `/api/v1/clients/${clientId}/plan`, { agreedOn: '2026-02-01', reviewOn: '2026-08-01' })).statusCode).toBe(204)
    const goal = await coach.request('POST', `/api/v1/clients/${clientId}/plan-goals`, { description: 'Werk in de zorg, 24 uur per week', targetDate: '2026-12-31' })
    const goalId = goal.json<{ id: string }>().id
    expect((await coach.request('POST', `/api/v1/clients/${clientId}/plan-steps`, { goalId, description: 'Snuffelstage bij een zorginstelling', responsible: 'client', dueDate: '2026-03-15' })).statusCode).toBe(201)
    expect((await coach.request('POST', `/api/v1/clients/${clientId}/notes`, { body: 'Goed gesprek gehad.' })).statusCode).toBe(201)

    const p = await page()
    expect(p.segments.find((s) => s.scaleCode === 'motivation')!.current).toEqual({ value: 4, assessedOn: '2026-02-01' })
    expect(p.developmentCard.assessments).toEqual([
      { assessedOn: '2026-01-20', scores: { cooperation: 2, planning: 1 } },
      { assessedOn: '2026-07-20', scores: { cooperation: 4, planning: 3 } },
    ])
    expect(p.diagnosis).toMatchObject({ skills: ['heftruck', 'Excel'], livingSituation: { finances: 'schulden' } })
    expect(p.profile.find((e) => e.code === 'sectors_of_interest')!.value).toEqual(['care'])
    expect(p.plan.goals[0]!.description).toBe('Werk in de zorg, 24 uur per week')
    expect(p.plan.steps[0]).toMatchObject({ goalId, responsible: 'client', dueDate: '2026-03-15' })
    expect(p.notes[0]!.body).toBe('Goed gesprek gehad.')
    const history = await t.ctx.db.owner.query('SELECT value, valid_to FROM client_profile_values WHERE client_id = $1 ORDER BY valid_from', [clientId])
    expect(history.rows.map((r) => [r.value, r.valid_to === null])).toEqual([[['care', 'logistics'], false], [['care'], true]])
    expect(p.timeline[0]!.kind).toBe('note.added')
    expect(p.timeline[0]!.actor?.displayName).toBe(tenant.coach.displayName)
  })

  it('finds the client by name with a typo, by date of birth, postcode and client number', async () => {
    const p = await page()
    for (const query of ['anouk berg', 'Anuk van den Brg', '12-04-1988', '7001AB', p.client.clientNumber]) {
      const found = await coach.request('GET', `/api/v1/clients?query=${encodeURIComponent(query)}`)
      expect(found.statusCode).toBe(200)
      expect(found.json<{ results: { id: string }[] }>().results.map((r) => r.id), query).toContain(clientId)
    }
  })

  it("a manager finds the organisation's clients by name, typos included, and never another organisation's", async () => {
    const other = await createTestTenant(t.ctx, 1)
    const twin = await (await signIn(t.app, other.slug, other.coach)).request('POST', '/api/v1/clients', { firstNames: 'Anouk', tussenvoegsel: 'van den', surname: 'Berg' })
    expect(twin.statusCode).toBe(201)
    const manager = await signIn(t.app, tenant.slug, tenant.manager)
    for (const query of ['anouk berg', 'Anuk van den Brg', 'Berg']) {
      const found = (await manager.request('GET', `/api/v1/clients?query=${encodeURIComponent(query)}`)).json<{ results: { id: string; inScope: boolean; sortName: string }[] }>().results
      expect(found.map((r) => r.id), query).toEqual([clientId])
      expect(found[0]).toMatchObject({ inScope: true, sortName: 'Berg, A.M. van den' })
    }
    expect((await manager.request('GET', '/api/v1/clients?query=Pietersen')).json<{ results: unknown[] }>().results).toEqual([])
  })

  it('a team colleague sees the client; outside the team only with a reason, and the team lead is told', async () => {
    expect((await page(colleague)).access.via).toBe('team')

    const otherTeam = await coach.request('POST', '/api/v1/teams', { name: 'Team Zuid' })
    expect(otherTeam.statusCode).toBe(403) // coaches do not create teams
    const admin = await signIn(t.app, tenant.slug, tenant.admin)
    const team = (await admin.request('POST', '/api/v1/teams', { name: 'Team Zuid' })).json<{ id: string }>()
    const outsider = await admin.request('POST', '/api/v1/users', { username: 'buiten.staander', displayName: 'Buiten Staander', password: 'een-goed-wachtwoord', roles: ['coach'], teamIds: [team.id] })
    expect(outsider.statusCode).toBe(201)
    await t.ctx.db.owner.query("UPDATE users SET totp_secret = $1 WHERE tenant_id = $2 AND username = 'buiten.staander'", [t.ctx.secretBox.seal('JBSWY3DPEHPK3PXP'), tenant.id])
    const stranger = await signIn(t.app, tenant.slug, { ...tenant.coach, username: 'buiten.staander', password: 'een-goed-wachtwoord', totpSecret: 'JBSWY3DPEHPK3PXP' })

    const refused = await stranger.request('GET', `/api/v1/clients/${clientId}`)
    expect(refused.statusCode).toBe(403)
    expect(refused.json<Problem>().code).toBe('outside-scope')
    const search = (await stranger.request('GET', '/api/v1/clients?query=anouk')).json<{ results: unknown[] }>()
    expect(search.results).toEqual([])
    const byNumber = (await stranger.request('GET', `/api/v1/clients?query=${(await page()).client.clientNumber}`)).json<{ results: { sortName: string | null; inScope: boolean }[] }>()
    expect(byNumber.results).toEqual([expect.objectContaining({ inScope: false, sortName: null })])

    const tooShort = await stranger.request('POST', `/api/v1/clients/${clientId}/access-grants`, { reason: 'x' })
    expect(tooShort.statusCode).toBe(400)
    const granted = await stranger.request('POST', `/api/v1/clients/${clientId}/access-grants`, { reason: 'Vervanging tijdens ziekte van de coach' })
    expect(granted.statusCode).toBe(201)
    expect(granted.json<{ teamLeadsTold: number }>().teamLeadsTold).toBeGreaterThan(0)
    expect((await stranger.request('GET', `/api/v1/clients/${clientId}`)).json<ClientPage>().access.via).toBe('grant')
    const told = await t.ctx.db.owner.query<{ kind: string }>("SELECT kind FROM staff_notifications WHERE tenant_id = $1", [tenant.id])
    expect(told.rows.map((r) => r.kind)).toContain('client.access-with-reason')
  })

  it('every read and change is in the audit log with the client as data subject', async () => {
    const rows = await t.ctx.db.owner.query<{ action: string }>(
      "SELECT action FROM audit_events WHERE tenant_id = $1 AND data_subject_type = 'client' AND data_subject_id = $2",
      [tenant.id, clientId],
    )
    const actions = new Set(rows.rows.map((r) => r.action))
    for (const action of ['client.create', 'client.read', 'client.status-start', 'client.intervention-register', 'client.note-add', 'client.profile-change', 'client.access-with-reason']) {
      expect(actions, action).toContain(action)
    }
  })

  it('exports the record as JSON and as a printable portfolio', async () => {
    const json = await coach.request('GET', `/api/v1/clients/${clientId}/export`)
    expect(json.headers['content-disposition']).toMatch(/attachment; filename="client-K\d+\.json"/)
    expect(json.json<ClientPage>().client.name.surname).toBe('Berg')
    const html = await coach.request('GET', `/api/v1/clients/${clientId}/portfolio?lang=nl`)
    expect(html.headers['content-type']).toContain('text/html')
    expect(html.body).toContain('Anouk Maria van den Berg')
    expect(html.body).toContain('Ontwikkelkaart')
    expect(html.body).toContain('Werk in de zorg, 24 uur per week')
  })

  it('refuses bad input whole: invalid BSN, birth in the future, a foreign postcode', async () => {
    const count = async () => (await t.ctx.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM clients WHERE tenant_id = $1', [tenant.id])).rows[0]!.n
    const before = await count()
    const response = await coach.request('POST', '/api/v1/clients', { firstNames: 'Test', surname: 'Fout', bsn: '123456789', dateOfBirth: '2099-01-01', postcode: '1234' })
    expect(response.statusCode).toBe(400)
    expect(response.json<Problem>().errors!.map((e) => e.field).sort()).toEqual(['bsn', 'dateOfBirth', 'postcode'])
    const impossible = await coach.request('POST', '/api/v1/clients', { firstNames: 'Test', surname: 'Fout', dateOfBirth: '1990-02-30' })
    expect(impossible.statusCode).toBe(400)
    const duplicateBsn = await coach.request('POST', '/api/v1/clients', { firstNames: 'Dubbel', surname: 'Persoon', bsn: '111222333' })
    expect(duplicateBsn.statusCode).toBe(409)
    expect(await count()).toBe(before)
  })
})
