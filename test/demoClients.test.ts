import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSecretBox } from '../src/server/crypto/secretBox.js'
import { emptyClientRows, generateDemoClient, type DemoCaseloadStaff } from '../src/server/demo/demoClientHistory.js'
import { demoBsn } from '../src/server/demo/demoIdentifiers.js'
import { createDemoTenant, type DemoCredential } from '../src/server/demo/demoTenants.js'
import { isDutchMobile, normaliseBsn, normalisePostcode } from '../src/server/modules/clients/dutchFormats.js'
import { signIn, startTestApp, type TestApp } from './support/testApp.js'
import { databasesUnderTest } from './support/testDatabase.js'

const clients = 200

function generate(seed: number, count: number, nowMs: number) {
  const staff: DemoCaseloadStaff = {
    teams: [{ id: crypto.randomUUID(), leadId: null, coachIds: [crypto.randomUUID(), crypto.randomUUID()] }],
    coaches: [],
  }
  staff.coaches = staff.teams[0]!.coachIds.map((id) => ({ id, team: 0 }))
  const rows = emptyClientRows()
  const setting = { seed, nowMs, today: Math.floor(nowMs / 86_400_000), staff, secretBox: createSecretBox(crypto.randomBytes(32).toString('hex')) }
  for (let index = 0; index < count; index++) generateDemoClient(setting, index, rows)
  return rows
}

describe('demo client generator', () => {
  const now = Date.parse('2026-03-15T10:00:00Z')
  const identity = (rows: ReturnType<typeof generate>) =>
    rows.clients.map((c) => [c.client_number, c.first_names, c.tussenvoegsel, c.surname, c.date_of_birth, c.postcode, c.intake_date, c.outflow_date])

  it('makes the same clients from the same seed, and others from another', () => {
    const first = generate(2026, 50, now)
    const again = generate(2026, 50, now)
    const other = generate(4711, 50, now)
    expect(identity(again)).toEqual(identity(first))
    expect(again.client_statuses.map((s) => [s.status_code, s.valid_from, s.valid_to])).toEqual(
      first.client_statuses.map((s) => [s.status_code, s.valid_from, s.valid_to]),
    )
    expect(identity(other)).not.toEqual(identity(first))
    // The same client numbers, other people.
    expect(other.clients.map((c) => c.client_number)).toEqual(first.clients.map((c) => c.client_number))
  })

  it('gives every client a BSN that passes the elfproef, different for each', () => {
    const bsns = Array.from({ length: 20_000 }, (_, index) => demoBsn(index, 2026))
    for (const bsn of bsns) expect(normaliseBsn(bsn)).toBe(bsn)
    expect(new Set(bsns).size).toBe(bsns.length)
  })
})

describe.each(databasesUnderTest())('demo clients on $name', (database) => {
  let t: TestApp
  let tenantId: string
  let slug: string
  let credentials: DemoCredential[]
  const q = <T extends object>(text: string, values: unknown[] = []) => t.ctx.db.owner.query<T>(text, values).then((r) => r.rows)

  beforeAll(async () => {
    t = await startTestApp(database)
    slug = `demo-clients-${crypto.randomBytes(3).toString('hex')}`
    credentials = await createDemoTenant(t.ctx, {
      slug,
      name: 'Demo clients',
      primaryColor: '#123456',
      accentColor: '#654321',
      seed: 2026,
      coaches: 4,
      clients,
    })
    tenantId = (await q<{ id: string }>('SELECT id FROM tenants WHERE slug = $1', [slug]))[0]!.id
  })
  afterAll(async () => t?.close())

  it('creates the clients with real-looking, valid personal data', async () => {
    const rows = await q<{ client_number: string; bsn_sealed: string; bsn_hash: string; postcode: string; phone: string | null; surname: string; search_name: string }>(
      'SELECT client_number, bsn_sealed, bsn_hash, postcode, phone, surname, search_name FROM clients WHERE tenant_id = $1',
      [tenantId],
    )
    expect(rows.length).toBe(clients)
    for (const row of rows) {
      const bsn = t.ctx.secretBox.open(row.bsn_sealed)
      expect(normaliseBsn(bsn)).toBe(bsn)
      expect(row.bsn_hash).toBe(t.ctx.secretBox.lookupHash(bsn))
      expect(normalisePostcode(row.postcode)).toBe(row.postcode)
      if (row.phone !== null) expect(isDutchMobile(row.phone)).toBe(true)
      expect(row.search_name).toBe(row.search_name.toLowerCase())
    }
    // Tussenvoegsels are there, in lower case.
    const withTussenvoegsel = await q<{ n: number }>("SELECT count(*)::int AS n FROM clients WHERE tenant_id = $1 AND tussenvoegsel ~ '^[a-z ]+$'", [tenantId])
    expect(withTussenvoegsel[0]!.n).toBeGreaterThan(clients * 0.05)
  })

  it('has histories that hang together', async () => {
    const bad = (text: string) => q<{ n: number }>(`SELECT count(*)::int AS n FROM (${text}) x`, [tenantId]).then((r) => r[0]!.n)
    // Outflow after intake, only in the past; intake dates over five years, some still to come.
    expect(await bad('SELECT 1 FROM clients WHERE tenant_id = $1 AND (outflow_date < intake_date OR outflow_date > current_date)')).toBe(0)
    const spread = await q<{ first: string; last: string; outflowed: number; before: number }>(
      `SELECT min(intake_date)::text AS first, max(intake_date)::text AS last, count(*) FILTER (WHERE outflow_date IS NOT NULL)::int AS outflowed,
              count(*) FILTER (WHERE intake_date > current_date)::int AS before
         FROM clients WHERE tenant_id = $1`,
      [tenantId],
    )
    expect(spread[0]!.first < new Date(Date.now() - 3 * 365 * 86_400_000).toISOString().slice(0, 10)).toBe(true)
    expect(spread[0]!.outflowed).toBeGreaterThan(clients * 0.1)
    // Status periods: the end after the start, no two periods of one status overlapping.
    expect(await bad('SELECT 1 FROM client_statuses WHERE tenant_id = $1 AND (valid_to < valid_from OR planned_end < valid_from)')).toBe(0)
    expect(
      await bad(`SELECT 1 FROM client_statuses a JOIN client_statuses b ON b.tenant_id = a.tenant_id AND b.client_id = a.client_id
        AND b.status_code = a.status_code AND b.id <> a.id
        AND daterange(a.valid_from, a.valid_to, '[]') && daterange(b.valid_from, b.valid_to, '[]') WHERE a.tenant_id = $1`),
    ).toBe(0)
    // One responsible team and coach at a time; at most one current assignment.
    expect(
      await bad(`SELECT 1 FROM client_assignments a JOIN client_assignments b ON b.tenant_id = a.tenant_id AND b.client_id = a.client_id AND b.id <> a.id
        AND tstzrange(a.valid_from, a.valid_to) && tstzrange(b.valid_from, b.valid_to) WHERE a.tenant_id = $1`),
    ).toBe(0)
    // Every current client has a team; a few wait for a coach.
    expect(
      await bad(`SELECT 1 FROM clients c WHERE c.tenant_id = $1 AND c.outflow_date IS NULL
        AND NOT EXISTS (SELECT 1 FROM client_assignments a WHERE a.tenant_id = c.tenant_id AND a.client_id = c.id AND a.valid_to IS NULL)`),
    ).toBe(0)
    expect(await bad('SELECT 1 FROM client_interventions WHERE tenant_id = $1 AND end_date < start_date')).toBe(0)
    expect(await bad("SELECT 1 FROM client_interventions WHERE tenant_id = $1 AND status = 'completed' AND end_date IS NULL")).toBe(0)
    // Nothing is assessed or recorded in the future.
    expect(await bad('SELECT 1 FROM client_segment_scores WHERE tenant_id = $1 AND assessed_on > current_date')).toBe(0)
    expect(await bad('SELECT 1 FROM client_events WHERE tenant_id = $1 AND occurred_at > now()')).toBe(0)
  })

  it('writes the timeline the domain functions would have written', async () => {
    const missing = (text: string) => q<{ n: number }>(`SELECT count(*)::int AS n FROM (${text}) x`, [tenantId]).then((r) => r[0]!.n)
    const eventOf = (kind: string, key: string, column: string, table: string) =>
      `SELECT 1 FROM ${table} r WHERE r.tenant_id = $1 AND NOT EXISTS (SELECT 1 FROM client_events e WHERE e.tenant_id = r.tenant_id
        AND e.client_id = r.client_id AND e.kind = '${kind}' AND e.data->>'${key}' = r.${column}::text)`
    expect(await missing(eventOf('status.started', 'statusId', 'id', 'client_statuses'))).toBe(0)
    expect(await missing(eventOf('intervention.registered', 'interventionId', 'id', 'client_interventions'))).toBe(0)
    expect(await missing(eventOf('note.added', 'noteId', 'id', 'client_notes'))).toBe(0)
    expect(await missing(eventOf('plan.goal-added', 'goalId', 'id', 'plan_goals'))).toBe(0)
    expect(await missing(eventOf('plan.step-added', 'stepId', 'id', 'plan_steps'))).toBe(0)
    expect(
      await missing(`SELECT 1 FROM clients c WHERE c.tenant_id = $1 AND NOT EXISTS (SELECT 1 FROM client_events e WHERE e.tenant_id = c.tenant_id
        AND e.client_id = c.id AND e.kind = 'client.created' AND e.data->>'clientNumber' = c.client_number)`),
    ).toBe(0)
    const kinds = await q<{ kind: string }>('SELECT DISTINCT kind FROM client_events WHERE tenant_id = $1', [tenantId])
    expect(kinds.map((k) => k.kind)).toEqual(
      expect.arrayContaining(['client.created', 'assignment.changed', 'status.started', 'segment.scored', 'diagnosis.recorded', 'profile.changed', 'intervention.registered', 'plan.changed', 'note.added']),
    )
  })

  it('shows a generated client on the client page of their coach', async () => {
    const coach = credentials.find((c) => c.roles.includes('coach') && c.totpSecret !== null)!
    const [row] = await q<{ client_id: string; client_number: string; statuses: number; events: number }>(
      `SELECT a.client_id, c.client_number,
              (SELECT count(*)::int FROM client_statuses s WHERE s.tenant_id = a.tenant_id AND s.client_id = a.client_id) AS statuses,
              (SELECT count(*)::int FROM client_events e WHERE e.tenant_id = a.tenant_id AND e.client_id = a.client_id) AS events
         FROM client_assignments a JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.coach_id
         JOIN clients c ON c.tenant_id = a.tenant_id AND c.id = a.client_id
        WHERE a.tenant_id = $1 AND a.valid_to IS NULL AND u.username = $2
        ORDER BY events DESC LIMIT 1`,
      [tenantId, coach.username],
    )
    expect(row).toBeDefined()
    const client = await signIn(t.app, slug, coach)
    const response = await client.request('GET', `/api/v1/clients/${row!.client_id}`)
    expect(response.statusCode).toBe(200)
    const page = response.json() as { client: { clientNumber: string }; access: { via: string }; statuses: { history: unknown[] }; timeline: unknown[]; assignment: { coach: { displayName: string } } }
    expect(page.client.clientNumber).toBe(row!.client_number)
    expect(page.access.via).toBe('caseload')
    expect(page.assignment.coach.displayName).toBe(coach.displayName)
    expect(page.statuses.history.length).toBe(row!.statuses)
    expect(page.timeline.length).toBe(Math.min(200, row!.events))
  })
})
