import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inTenant } from '../src/server/db/database.js'
import { todayInAmsterdam } from '../src/server/modules/clients/dutchFormats.js'
import { sortName } from '../src/server/modules/clients/names.js'
import { processImportRun } from '../src/server/modules/imports/importRun.js'
import { recomputeSignals } from '../src/server/modules/signals/recompute.js'
import { runRecomputeSignals } from '../src/server/modules/signals/recomputeJob.js'
import { createTestTenant, signIn, startTestApp, type TestApp, type TestClient } from './support/testApp.js'
import { databasesUnderTest } from './support/testDatabase.js'

/**
 * "Mijn caseload" reads a summary per client that is kept with the data that changes it. These
 * tests change a client in every way that shows in the caseload, through the API, and look at
 * the caseload afterwards.
 */

interface CaseloadClient {
  id: string
  clientNumber: string
  sortName: string
  phase: { code: string }
  coach: { id: string; displayName: string } | null
  statuses: { statusCode: string; regime: string | null }[]
  lastContactAt: string | null
  attention: number
  signals: { signalCode: string }[]
}
interface CaseloadResponse {
  total: number
  counts: Record<string, number>
  clients: CaseloadClient[]
  signals: Record<string, { titleNl: string }>
}

const shift = (days: number) => {
  const d = new Date(`${todayInAmsterdam()}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

describe.each(databasesUnderTest())('the caseload follows every change on $name', (database) => {
  let t: TestApp
  let tenant: Awaited<ReturnType<typeof createTestTenant>>
  let coach: TestClient
  let lead: TestClient
  let manager: TestClient
  let coachId: string
  let leadId: string
  const ids: Record<string, string> = {}

  const register = async (body: Record<string, unknown>) => {
    const response = await coach.request('POST', '/api/v1/clients', body)
    expect(response.statusCode, response.body).toBe(201)
    return response.json<{ id: string }>().id
  }
  const caseload = async (client: TestClient, query = '') => {
    const response = await client.request('GET', `/api/v1/caseload${query}`)
    expect(response.statusCode, response.body).toBe(200)
    return response.json<CaseloadResponse>()
  }
  const row = async (id: string, client = coach, query = '') => (await caseload(client, query)).clients.find((c) => c.id === id)
  const codes = (client: CaseloadClient | undefined) => client?.signals.map((s) => s.signalCode).sort() ?? []

  beforeAll(async () => {
    t = await startTestApp(database)
    tenant = await createTestTenant(t.ctx, 2)
    const coaches = tenant.credentials.filter((c) => c.roles.includes('coach') && c.totpSecret)
    lead = await signIn(t.app, tenant.slug, coaches[0]!)
    coach = await signIn(t.app, tenant.slug, coaches[1]!)
    manager = await signIn(t.app, tenant.slug, tenant.manager)
    const list = (await coach.request('GET', '/api/v1/coaches')).json<{ coaches: { id: string; displayName: string }[] }>().coaches
    coachId = list.find((c) => c.displayName === coaches[1]!.displayName)!.id
    leadId = list.find((c) => c.displayName === coaches[0]!.displayName)!.id
    ids.anouk = await register({ firstNames: 'Anouk  Maria', tussenvoegsel: 'van den', surname: 'Berg', intakeDate: shift(-250) })
    ids.bram = await register({ firstNames: 'Bram', surname: 'Visser', intakeDate: shift(-60) })
    ids.celik = await register({ firstNames: 'Ömer', surname: 'Çelik', intakeDate: shift(-20) })
    ids.daan = await register({ firstNames: 'Daan', initials: 'D.J.', tussenvoegsel: 'de', surname: 'Vries', intakeDate: shift(-400) })
    ids.eva = await register({ firstNames: 'Eva', surname: 'Oost', intakeDate: shift(10) })
  })
  afterAll(async () => t?.close())

  it('shows names as lists sort them, and pages through the ranking with the total and the counts of the whole caseload', async () => {
    const all = await caseload(coach)
    expect(all.total).toBe(5)
    expect(all.clients.find((c) => c.id === ids.anouk)!.sortName).toBe(sortName({ initials: null, first_names: 'Anouk  Maria', tussenvoegsel: 'van den', surname: 'Berg' }))
    expect(all.clients.find((c) => c.id === ids.anouk)!.sortName).toBe('Berg, A.M. van den')
    expect(all.clients.find((c) => c.id === ids.daan)!.sortName).toBe('Vries, D.J. de')
    // Accents do not put a name at the end: Çelik comes between Berg and Oost.
    expect((await caseload(coach, '?sort=name')).clients.map((c) => c.id)).toEqual([ids.anouk, ids.celik, ids.eva, ids.bram, ids.daan])

    const ranking = all.clients.map((c) => c.id)
    expect(all.clients.map((c) => c.attention)).toEqual([...all.clients.map((c) => c.attention)].sort((a, b) => b - a))
    const pages = [await caseload(coach, '?limit=2'), await caseload(coach, '?limit=2&offset=2'), await caseload(coach, '?limit=2&offset=4')]
    expect(pages.map((p) => p.clients.length)).toEqual([2, 2, 1])
    expect(pages.flatMap((p) => p.clients.map((c) => c.id))).toEqual(ranking)
    for (const page of pages) {
      expect(page.total).toBe(5)
      expect(page.counts).toEqual(all.counts)
    }
    const noContact = await caseload(coach, '?signal=no_contact&limit=1')
    expect(noContact.total).toBe(all.counts.no_contact)
    expect(noContact.clients).toHaveLength(1)
    expect((await coach.request('GET', '/api/v1/caseload?limit=0')).statusCode).toBe(400)
  })

  it('a status recorded shows and filters at once; one that starts later comes in with the scheduled recompute on its first day', async () => {
    const now = await coach.request('POST', `/api/v1/clients/${ids.bram}/statuses`, { statusCode: 'benefit', regime: 'Participatiewet', validFrom: shift(-1) })
    expect(now.statusCode, now.body).toBe(201)
    expect((await row(ids.bram!))!.statuses).toEqual([{ statusCode: 'benefit', regime: 'Participatiewet' }])
    expect((await caseload(coach, '?statusCode=benefit&regime=Participatiewet')).clients.map((c) => c.id)).toEqual([ids.bram])
    expect((await caseload(coach, '?statusCode=benefit&regime=WW')).clients).toEqual([])

    const later = await coach.request('POST', `/api/v1/clients/${ids.celik}/statuses`, { statusCode: 'exemption', validFrom: shift(1), plannedEnd: shift(90) })
    expect(later.statusCode, later.body).toBe(201)
    expect((await row(ids.celik!))!.statuses).toEqual([])
    // Tomorrow's hourly recompute (as if the clock had moved on).
    await inTenant(t.ctx.db, { tenantId: tenant.id }, (tx) => recomputeSignals(tx, tenant.id, null, shift(1)))
    expect((await row(ids.celik!))!.statuses).toEqual([{ statusCode: 'exemption', regime: null }])
  })

  it('a contact recorded sets the last contact, answers the no-contact signal and moves the client out of the "no contact since" filter', async () => {
    expect(codes(await row(ids.anouk!))).toContain('no_contact')
    expect((await caseload(coach, `?lastContactBefore=${shift(-7)}`)).clients.map((c) => c.id)).toContain(ids.anouk)
    const contactedAt = new Date().toISOString()
    const contact = await coach.request('POST', `/api/v1/clients/${ids.anouk}/contacts`, { contactedAt, channel: 'phone', summary: 'Gebeld' })
    expect(contact.statusCode, contact.body).toBe(201)
    const anouk = (await row(ids.anouk!))!
    expect(anouk.lastContactAt).toBe(contactedAt)
    expect(codes(anouk)).not.toContain('no_contact')
    expect((await caseload(coach, `?lastContactBefore=${shift(-7)}`)).clients.map((c) => c.id)).not.toContain(ids.anouk)
  })

  it('signals raised, ended and snoozed change the ranking and the counts', async () => {
    const before = await caseload(coach)
    const daan = before.clients.find((c) => c.id === ids.daan)!
    expect(codes(daan)).toEqual(['no_contact', 'no_intervention_after_intake', 'not_active_within_6_months'])
    const intervention = await coach.request('POST', `/api/v1/clients/${ids.daan}/interventions`, { typeCode: 'work_fit_programme', status: 'active', startDate: shift(-1) })
    expect(intervention.statusCode, intervention.body).toBe(201)
    const ended = await caseload(coach)
    expect(codes(ended.clients.find((c) => c.id === ids.daan))).toEqual(['no_contact'])
    expect(ended.counts.no_intervention_after_intake ?? 0).toBe((before.counts.no_intervention_after_intake ?? 0) - 1)

    const snoozed = await coach.request('POST', `/api/v1/clients/${ids.daan}/signal-snoozes`, { signalCode: 'no_contact', until: shift(14), reason: 'Op vakantie' })
    expect(snoozed.statusCode, snoozed.body).toBe(204)
    const after = await caseload(coach)
    expect(codes(after.clients.find((c) => c.id === ids.daan))).toEqual([])
    expect(after.clients.find((c) => c.id === ids.daan)!.attention).toBe(0)
    expect(after.clients.at(-1)!.attention).toBe(0)

    // An administrator's threshold change raises signals for everyone at once.
    const admin = await signIn(t.app, tenant.slug, tenant.admin)
    const tuned = await admin.request('PUT', '/api/v1/signal-settings/no_contact', { enabled: true, threshold: 1 })
    expect(tuned.statusCode, tuned.body).toBe(200)
    const tunedCaseload = await caseload(coach)
    const bram = tunedCaseload.clients.find((c) => c.id === ids.bram)!
    expect(codes(bram)).toContain('no_contact')
    expect(tunedCaseload.signals.no_contact).toMatchObject({ titleNl: 'Al 1 weken geen contact' })
    await admin.request('PUT', '/api/v1/signal-settings/no_contact', { enabled: true, threshold: null })
  })

  it('a segment score shows in the segment filter', async () => {
    const scored = await coach.request('POST', `/api/v1/clients/${ids.bram}/segment-scores`, { scaleCode: 'motivation', value: 4, assessedOn: shift(-2) })
    expect(scored.statusCode, scored.body).toBe(204)
    expect((await caseload(coach, '?segment=motivation:4')).clients.map((c) => c.id)).toEqual([ids.bram])
    await coach.request('POST', `/api/v1/clients/${ids.bram}/segment-scores`, { scaleCode: 'motivation', value: 2, assessedOn: shift(-1) })
    expect((await caseload(coach, '?segment=motivation:4')).clients).toEqual([])
    expect((await caseload(coach, '?segment=motivation:2')).clients.map((c) => c.id)).toEqual([ids.bram])
  })

  it('a reassignment moves the client between caseloads, one by one and in bulk', async () => {
    const one = await coach.request('PUT', `/api/v1/clients/${ids.eva}/assignment`, { teamId: await teamOf(coachId), coachId: leadId, reason: 'Overdracht' })
    expect(one.statusCode, one.body).toBe(204)
    expect(await row(ids.eva!)).toBeUndefined()
    expect((await row(ids.eva!, lead))!.coach).toMatchObject({ id: leadId })

    const bulk = await lead.request('POST', '/api/v1/client-reassignments', {
      moves: [{ clientId: ids.eva, expectedCoachId: leadId }, { clientId: ids.celik, expectedCoachId: coachId }],
      coachId: null,
      reason: 'Nog te verdelen',
    })
    expect(bulk.statusCode, bulk.body).toBe(201)
    expect(await row(ids.celik!)).toBeUndefined()
    const team = await teamOf(coachId)
    const unassigned = await caseload(lead, `?teamId=${team}&unassigned=true`)
    expect(unassigned.clients.map((c) => c.id).sort()).toEqual([ids.celik, ids.eva].sort())
    expect(unassigned.clients.every((c) => c.coach === null)).toBe(true)
  })

  it('an outflow takes the client out of the caseload', async () => {
    const left = await coach.request('PATCH', `/api/v1/clients/${ids.bram}`, { outflowDate: shift(-1), outflowReason: 'Werk gevonden' })
    expect(left.statusCode, left.body).toBe(204)
    expect(await row(ids.bram!)).toBeUndefined()
  })

  it('imported clients are in the caseload at once', async () => {
    const admin = await signIn(t.app, tenant.slug, tenant.admin)
    const mapping = await admin.request('POST', '/api/v1/import-mappings', {
      name: 'suite-klanten',
      kind: 'clients',
      sourceSystem: 'suite',
      columns: [
        { field: 'sourceId', column: 'Klantnummer' },
        { field: 'firstNames', column: 'Voornamen' },
        { field: 'surname', column: 'Achternaam' },
        { field: 'statusCode', column: 'Uitkering' },
        { field: 'statusValidFrom', column: 'Ingang' },
      ],
      options: { valueMaps: [{ field: 'statusCode', from: 'PW', to: 'benefit' }] },
    })
    expect(mapping.statusCode, mapping.body).toBe(201)
    const file = Buffer.from(`Klantnummer;Voornamen;Achternaam;Uitkering;Ingang\r\nS-77;Fenna;Koster;PW;${shift(-30).split('-').reverse().join('-')}\r\n`, 'utf8')
    const boundary = `----koers${crypto.randomBytes(8).toString('hex')}`
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="mappingId"\r\n\r\n${mapping.json<{ id: string }>().id}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="klanten.csv"\r\nContent-Type: text/csv\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ])
    const upload = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      headers: { ...admin.jar.header(), 'x-csrf-token': admin.csrfToken ?? '', 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    })
    expect(upload.statusCode, upload.body).toBe(202)
    await processImportRun(t.ctx, { tenantId: tenant.id, runId: upload.json<{ id: string }>().id })
    const imported = (await caseload(manager, '?unassigned=true&query=koster')).clients
    expect(imported).toHaveLength(1)
    expect(imported[0]).toMatchObject({ sortName: 'Koster, F.', coach: null, statuses: [{ statusCode: 'benefit', regime: null }] })
  })

  it('the scheduled recompute fills in clients that were written in bulk without their summary', async () => {
    await t.ctx.db.owner.query('DELETE FROM client_caseload_summary WHERE client_id = $1', [ids.anouk])
    expect(await row(ids.anouk!)).toBeUndefined()
    await runRecomputeSignals(t.ctx)
    expect((await row(ids.anouk!))!.sortName).toBe('Berg, A.M. van den')
  })

  async function teamOf(userId: string): Promise<string> {
    const result = await t.ctx.db.owner.query<{ team_id: string }>('SELECT team_id FROM team_members WHERE user_id = $1 LIMIT 1', [userId])
    return result.rows[0]!.team_id
  }
})
