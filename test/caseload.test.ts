import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { todayInAmsterdam } from '../src/server/modules/clients/dutchFormats.js'
import { runRecomputeSignals } from '../src/server/modules/signals/recomputeJob.js'
import { createTestTenant, signIn, startTestApp, type TestApp, type TestClient } from './support/testApp.js'
import { databasesUnderTest } from './support/testDatabase.js'

interface CaseloadResponse {
  total: number
  counts: Record<string, number>
  clients: { id: string; sortName: string; attention: number; signals: { signalCode: string; raisedAt: string }[] }[]
  signals: Record<string, { titleNl: string; titleEn: string; action: string; weight: number }>
}

const shift = (days: number) => {
  const d = new Date(`${todayInAmsterdam()}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

describe.each(databasesUnderTest())('caseload and signals on $name', (database) => {
  let t: TestApp
  let tenant: Awaited<ReturnType<typeof createTestTenant>>
  let coach: TestClient
  let lead: TestClient
  let admin: TestClient
  const ids: Record<string, string> = {}
  let coachCredential: Awaited<ReturnType<typeof createTestTenant>>['coach']

  const register = async (client: TestClient, firstNames: string, surname: string, intakeDate: string, extra: Record<string, unknown> = {}) => {
    const response = await client.request('POST', '/api/v1/clients', { firstNames, surname, intakeDate, ...extra })
    expect(response.statusCode, response.body).toBe(201)
    return response.json<{ id: string }>().id
  }
  const caseload = async (client: TestClient, query = '') => {
    const response = await client.request('GET', `/api/v1/caseload${query}`)
    expect(response.statusCode, response.body).toBe(200)
    return response.json<CaseloadResponse>()
  }
  const signalsOf = (c: CaseloadResponse, id: string) => c.clients.find((x) => x.id === id)?.signals.map((s) => s.signalCode).sort() ?? []

  beforeAll(async () => {
    t = await startTestApp(database)
    tenant = await createTestTenant(t.ctx, 2)
    // The demo generator makes the first coach of a team its lead.
    const coaches = tenant.credentials.filter((c) => c.roles.includes('coach') && c.totpSecret)
    coachCredential = coaches[1]!
    lead = await signIn(t.app, tenant.slug, coaches[0]!)
    coach = await signIn(t.app, tenant.slug, coachCredential)
    admin = await signIn(t.app, tenant.slug, tenant.admin)
    ids.longIdle = await register(coach, 'Sanne', 'Jansen', shift(-230))
    ids.fresh = await register(coach, 'Bram', 'Visser', shift(-5))
  })
  afterAll(async () => t?.close())

  it('ranks the caseload by need of attention, with the signals in plain words and counts per signal', async () => {
    const c = await caseload(coach)
    expect(c.clients.map((x) => x.id)).toEqual([ids.longIdle, ids.fresh])
    expect(signalsOf(c, ids.longIdle!)).toEqual(['no_contact', 'no_intervention_after_intake', 'not_active_within_6_months'])
    expect(signalsOf(c, ids.fresh!)).toEqual([])
    expect(c.counts).toEqual({ no_contact: 1, no_intervention_after_intake: 1, not_active_within_6_months: 1 })
    // Most pressing first; the words of each signal come once, beside the clients.
    expect(c.clients[0]!.signals.map((s) => s.signalCode)).toEqual(['no_intervention_after_intake', 'not_active_within_6_months', 'no_contact'])
    expect(Object.keys(c.signals).sort()).toEqual(['no_contact', 'no_intervention_after_intake', 'not_active_within_6_months'])
    expect(c.signals.no_intervention_after_intake).toMatchObject({ titleNl: 'Geen interventie geregistreerd, 6 maanden na instroom', action: 'plan-intervention' })
    const weights = c.clients[0]!.signals.map((s) => c.signals[s.signalCode]!.weight)
    expect(weights).toEqual([...weights].sort((a, b) => b - a))
  })

  it('a change ends the signals it answers at once; the history keeps them', async () => {
    const r = await coach.request('POST', `/api/v1/clients/${ids.longIdle}/interventions`, { typeCode: 'work_fit_programme', status: 'active', startDate: shift(-1) })
    expect(r.statusCode).toBe(201)
    expect(signalsOf(await caseload(coach), ids.longIdle!)).toEqual(['no_contact'])
    const contact = await coach.request('POST', `/api/v1/clients/${ids.longIdle}/contacts`, { contactedAt: new Date().toISOString(), channel: 'phone', summary: 'Gebeld' })
    expect(contact.statusCode).toBe(201)
    expect(signalsOf(await caseload(coach), ids.longIdle!)).toEqual([])
    const history = await t.ctx.db.owner.query('SELECT signal_code, end_reason FROM client_signals WHERE client_id = $1 ORDER BY signal_code', [ids.longIdle])
    expect(history.rows).toEqual([
      { signal_code: 'no_contact', end_reason: 'resolved' },
      { signal_code: 'no_intervention_after_intake', end_reason: 'resolved' },
      { signal_code: 'not_active_within_6_months', end_reason: 'resolved' },
    ])
  })

  it('an expiring exemption shows on the client page as a suggested action; snoozing it keeps the reason', async () => {
    await coach.request('POST', `/api/v1/clients/${ids.fresh}/statuses`, { statusCode: 'exemption', validFrom: shift(-3), plannedEnd: shift(10) })
    const page = (await coach.request('GET', `/api/v1/clients/${ids.fresh}`)).json<{ suggestedActions: { signalCode: string }[] }>()
    expect(page.suggestedActions.map((a) => a.signalCode)).toEqual(['exemption_expiring'])
    const pastDate = await coach.request('POST', `/api/v1/clients/${ids.fresh}/signal-snoozes`, { signalCode: 'exemption_expiring', until: shift(-1), reason: 'Verlenging aangevraagd' })
    expect(pastDate.statusCode).toBe(400)
    const snoozed = await coach.request('POST', `/api/v1/clients/${ids.fresh}/signal-snoozes`, { signalCode: 'exemption_expiring', until: shift(7), reason: 'Verlenging aangevraagd' })
    expect(snoozed.statusCode).toBe(204)
    expect(signalsOf(await caseload(coach), ids.fresh!)).toEqual([])
    const kept = await t.ctx.db.owner.query('SELECT end_reason, snooze_reason FROM client_signals WHERE client_id = $1', [ids.fresh])
    expect(kept.rows).toEqual([{ end_reason: 'snoozed', snooze_reason: 'Verlenging aangevraagd' }])
    const timeline = (await coach.request('GET', `/api/v1/clients/${ids.fresh}`)).json<{ timeline: { kind: string }[] }>().timeline
    expect(timeline[0]!.kind).toBe('signal.snoozed')
  })

  it('absent without notice from the register raises a signal; a day outside the schedule is refused', async () => {
    const schedule = await coach.request('POST', `/api/v1/clients/${ids.fresh}/attendance-schedules`, {
      location: 'Werkleercentrum Ulft',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      startsAt: '08:30',
      endsAt: '12:30',
      validFrom: shift(-2),
    })
    expect(schedule.statusCode).toBe(201)
    const register = (await coach.request('GET', `/api/v1/attendance-register?day=${shift(-1)}`)).json<{ rows: { clientId: string; status: string | null }[] }>()
    expect(register.rows).toEqual([expect.objectContaining({ clientId: ids.fresh, status: null })])
    const outside = await coach.request('PUT', `/api/v1/attendance-register/${shift(-10)}/${ids.fresh}`, { status: 'present' })
    expect(outside.statusCode).toBe(400)
    expect(outside.json<{ code: string }>().code).toBe('not-scheduled')
    const absent = await coach.request('PUT', `/api/v1/attendance-register/${shift(-1)}/${ids.fresh}`, { status: 'absent_without_notice' })
    expect(absent.statusCode).toBe(204)
    expect(signalsOf(await caseload(coach), ids.fresh!)).toEqual(['absent_without_notice'])
    // A correction (it was sick leave after all) supersedes the entry and ends the signal; both entries are kept.
    await coach.request('PUT', `/api/v1/attendance-register/${shift(-1)}/${ids.fresh}`, { status: 'sick', note: 'Ziek gemeld via de telefoon' })
    expect(signalsOf(await caseload(coach), ids.fresh!)).toEqual([])
    const entries = await t.ctx.db.owner.query('SELECT status, superseded_at IS NULL AS current FROM attendance_records WHERE client_id = $1 ORDER BY recorded_at', [ids.fresh])
    expect(entries.rows).toEqual([{ status: 'absent_without_notice', current: false }, { status: 'sick', current: true }])
  })

  it('thresholds are tunable within range; time-driven signals come from the scheduled recompute', async () => {
    const outOfRange = await admin.request('PUT', '/api/v1/signal-settings/no_contact', { enabled: true, threshold: 400 })
    expect(outOfRange.statusCode).toBe(400)
    expect(outOfRange.json<{ code: string }>().code).toBe('threshold-out-of-range')
    const notAdmin = await coach.request('PUT', '/api/v1/signal-settings/no_contact', { enabled: false })
    expect(notAdmin.statusCode).toBe(403)

    // Time passes: the plan's review date lies behind us, and no one changed the client.
    await coach.request('PATCH', `/api/v1/clients/${ids.fresh}/plan`, { agreedOn: shift(-3), reviewOn: shift(30) })
    await coach.request('POST', `/api/v1/clients/${ids.fresh}/plan-goals`, { description: 'Werkritme opbouwen' })
    expect(signalsOf(await caseload(coach), ids.fresh!)).toEqual([])
    await t.ctx.db.owner.query('UPDATE client_plans SET review_on = $2 WHERE client_id = $1', [ids.fresh, shift(-1)])
    const result = await runRecomputeSignals(t.ctx)
    expect(result.raised).toBeGreaterThanOrEqual(1)
    expect(signalsOf(await caseload(coach), ids.fresh!)).toEqual(['plan_incomplete'])

    const off = await admin.request('PUT', '/api/v1/signal-settings/plan_incomplete', { enabled: false })
    expect(off.statusCode).toBe(200)
    expect(signalsOf(await caseload(coach), ids.fresh!)).toEqual([])
  })

  it('filters by signal, phase and status, searches, and saves views', async () => {
    expect((await caseload(coach, '?phase=6-12')).clients.map((c) => c.id)).toEqual([ids.longIdle])
    expect((await caseload(coach, '?statusCode=exemption')).clients.map((c) => c.id)).toEqual([ids.fresh])
    expect((await caseload(coach, '?query=visser')).clients.map((c) => c.id)).toEqual([ids.fresh])
    const saved = await coach.request('POST', '/api/v1/caseload-views', { name: 'Lang werkzoekend', filters: { phase: '6-12', sort: 'name' } })
    expect(saved.statusCode).toBe(201)
    const again = await coach.request('POST', '/api/v1/caseload-views', { name: 'Lang werkzoekend', filters: {} })
    expect(again.statusCode).toBe(409)
    expect((await coach.request('GET', '/api/v1/caseload-views')).json<{ views: { name: string }[] }>().views.map((v) => v.name)).toEqual(['Lang werkzoekend'])
  })

  it('a coach sees only their own caseload; the team lead sees sizes per coach and reassigns, all or none', async () => {
    const coaches = (await coach.request('GET', '/api/v1/coaches')).json<{ coaches: { id: string; displayName: string; leadOfTeamIds: string[] }[] }>().coaches
    const me = coaches.find((c) => c.displayName === coachCredential.displayName)!
    const leader = coaches.find((c) => c.leadOfTeamIds.length > 0)!
    if (leader.id === me.id) throw new Error('test expects the lead to be the other coach')
    expect((await coach.request('GET', `/api/v1/caseload?coachId=${leader.id}`)).statusCode).toBe(403)

    const overview = (await lead.request('GET', '/api/v1/team-overview')).json<{ coaches: { coach: { id: string }; clients: number }[]; teams: { unassigned: number }[] }>()
    expect(overview.coaches.find((c) => c.coach.id === me.id)!.clients).toBe(2)
    expect((await lead.request('GET', `/api/v1/caseload?coachId=${me.id}`)).json<CaseloadResponse>().total).toBe(2)

    const stale = await lead.request('POST', '/api/v1/client-reassignments', {
      moves: [{ clientId: ids.fresh, expectedCoachId: me.id }, { clientId: ids.longIdle, expectedCoachId: leader.id }],
      coachId: leader.id,
      reason: 'Verdeling caseload',
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.json<{ code: string }>().code).toBe('assignment-changed')
    expect((await caseload(coach)).total).toBe(2) // nothing moved

    const moved = await lead.request('POST', '/api/v1/client-reassignments', {
      moves: [{ clientId: ids.fresh, expectedCoachId: me.id }, { clientId: ids.longIdle, expectedCoachId: me.id }],
      coachId: leader.id,
      reason: 'Verdeling caseload',
    })
    expect(moved.statusCode, moved.body).toBe(201)
    expect((await caseload(coach)).total).toBe(0)
    expect((await caseload(lead)).total).toBe(2)
    const history = (await lead.request('GET', `/api/v1/clients/${ids.fresh}`)).json<{ assignmentHistory: { coach: { id: string } | null; until: string | null }[] }>()
    expect(history.assignmentHistory.map((a) => [a.coach?.id, a.until === null])).toEqual([
      [leader.id, true],
      [me.id, false],
    ])
  })

  it('reassigning to an inactive coach is refused and changes nothing', async () => {
    const users = (await admin.request('GET', '/api/v1/users')).json<{ users: { id: string; username: string }[] }>().users
    const me = users.find((u) => u.username === coachCredential.username)!
    await admin.request('PATCH', `/api/v1/users/${me.id}`, { active: false })
    const coaches = (await lead.request('GET', '/api/v1/coaches')).json<{ coaches: { id: string; leadOfTeamIds: string[] }[] }>().coaches
    const leader = coaches.find((c) => c.leadOfTeamIds.length > 0)!
    const refused = await lead.request('POST', '/api/v1/client-reassignments', {
      moves: [{ clientId: ids.fresh, expectedCoachId: leader.id }],
      coachId: me.id,
      reason: 'Terug naar de vorige coach',
    })
    expect(refused.statusCode).toBe(400)
    expect(refused.json<{ code: string }>().code).toBe('inactive-coach')
    expect((await caseload(lead)).total).toBe(2)
  })
})
