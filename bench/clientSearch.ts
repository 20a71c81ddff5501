import type pg from 'pg'
import { demoBsn, demoClientIndex } from '../src/server/demo/demoIdentifiers.js'
import { seededRandom, type Random } from '../src/server/demo/random.js'
import { classifyQuery, type MatchedOn } from '../src/server/modules/clients/search.js'
import { openClientData, sampleCoaches, signIn, spanId, startApp, traceId, type CoachSample } from './clientData.js'
import { percentile, type Benchmark } from './framework.js'

/**
 * Finding a client (GET /api/v1/clients?query=…) through the real app over HTTP, signed in as a
 * coach, with what people type: names (a third with a typo), client numbers, BSNs, dates of
 * birth and postcodes. The limit: the same searches as hand-written SQL straight through `pg`
 * (as the owner, so without row-level security), with the same audit row.
 */

const requests = 1000
const warmUp = 50
const coachCount = 40
const limit = 20
const managerSearches = 20

interface Person {
  id: string
  client_number: string
  first_names: string
  tussenvoegsel: string | null
  surname: string
  date_of_birth: string | null
  postcode: string | null
}

/** One typing slip: a letter left out, two swapped, one doubled or one wrong. */
function typo(word: string, random: Random): string {
  if (word.length < 5) return word
  const at = random.int(1, word.length - 2)
  switch (random.int(0, 3)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1)
    case 1:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
    case 2:
      return word.slice(0, at) + word[at] + word.slice(at)
    default:
      return word.slice(0, at) + random.pick([...'aeioulnrst']) + word.slice(at + 1)
  }
}

function nameQuery(person: Person, random: Random): { query: string; kind: string } {
  const surname = person.surname
  const first = person.first_names.split(' ')[0]!
  const full = [person.tussenvoegsel, surname].filter(Boolean).join(' ')
  const withTypo = random.chance(1 / 3)
  const surnameTyped = withTypo ? typo(surname, random) : surname
  const shape = random.int(0, 2)
  const text = shape === 0 ? surnameTyped : shape === 1 ? `${first} ${[person.tussenvoegsel, surnameTyped].filter(Boolean).join(' ')}` : full
  return { query: random.chance(0.7) ? text.toLowerCase() : text, kind: withTypo && shape !== 2 ? 'name with typo' : 'name' }
}

const dutchDate = (iso: string) => iso.split('-').reverse().join('-')

function makeQuery(person: Person, stranger: Person, seed: number, random: Random): { query: string; kind: string } {
  const roll = random.next()
  if (roll < 0.4) return nameQuery(person, random)
  if (roll < 0.55) return { query: random.chance(0.1) ? stranger.client_number : person.client_number, kind: 'client number' }
  if (roll < 0.7) {
    const who = random.chance(0.1) ? stranger : person
    const bsn = demoBsn(demoClientIndex(who.client_number)!, seed)
    return { query: random.chance(0.3) ? `${bsn.slice(0, 4)}.${bsn.slice(4, 6)}.${bsn.slice(6)}` : bsn, kind: 'BSN' }
  }
  if (roll < 0.85 && person.date_of_birth) return { query: dutchDate(person.date_of_birth), kind: 'date of birth' }
  return { query: random.chance(0.5) ? person.postcode! : person.postcode!.replace(' ', '').toLowerCase(), kind: 'postcode' }
}

/** The search of one kind as hand-written SQL, as the search runs it for a coach. */
function bareSearch(kind: MatchedOn): string {
  const scope = '(a.coach_id = $2 OR a.team_id = ANY($3::uuid[]))'
  const select = `SELECT c.id, c.client_number, c.initials, c.first_names, c.tussenvoegsel, c.surname, c.date_of_birth, c.postcode,
      a.coach_id, u.display_name AS coach_name, ${scope} AS in_scope
    FROM clients c
    LEFT JOIN client_assignments a ON a.tenant_id = c.tenant_id AND a.client_id = c.id AND a.valid_to IS NULL
    LEFT JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.coach_id
   WHERE c.tenant_id = $1`
  switch (kind) {
    case 'bsn':
      return `${select} AND c.bsn_hash = $4 LIMIT ${limit}`
    case 'clientNumber':
      return `${select} AND c.client_number = $4 LIMIT ${limit}`
    case 'dateOfBirth':
      return `${select} AND ${scope} AND c.date_of_birth = $4::date ORDER BY c.surname LIMIT ${limit}`
    case 'postcode':
      return `${select} AND ${scope} AND c.postcode = $4 ORDER BY c.surname LIMIT ${limit}`
    case 'name':
      // The caseload and teams first (a few thousand clients at most), then the names among them,
      // client by client: cheaper than all trigram matches of a common name in a million.
      return `WITH scope AS MATERIALIZED (
          SELECT client_id, coach_id, team_id FROM client_assignments
           WHERE tenant_id = $1 AND valid_to IS NULL AND ${scope.replace(/a\./g, '')})
        SELECT c.id, c.client_number, c.initials, c.first_names, c.tussenvoegsel, c.surname, c.date_of_birth, c.postcode,
          a.coach_id, u.display_name AS coach_name, true AS in_scope
          FROM scope a
          CROSS JOIN LATERAL (SELECT * FROM clients c WHERE c.tenant_id = $1 AND c.id = a.client_id OFFSET 0) c
          LEFT JOIN users u ON u.tenant_id = $1 AND u.id = a.coach_id
         WHERE $4 <% c.search_name ORDER BY word_similarity($4, c.search_name) DESC, c.surname LIMIT ${limit}`
  }
}

const auditSql = `INSERT INTO audit_events (tenant_id, trace_id, span_id, actor_type, actor_id, processing_activity, action, outcome, attributes)
  VALUES ($1, $3, $4, 'user', $2, 'client-guidance', 'client.search', 'success', $5)`

export const clientSearch: Benchmark = {
  name: 'client-search',
  description: 'GET /api/v1/clients?query=… through the real app as a coach: names with typos, client numbers, BSNs, dates of birth, postcodes (p95, ms; budget 100)',
  async run(options) {
    const data = await openClientData(options)
    const running = await startApp(data.ctx)
    try {
      const random = seededRandom(23)
      const coaches = await sampleCoaches(data, coachCount, random.next)
      options.log(`signing in ${coaches.length} coaches`)
      const cookies = new Map<string, string>()
      for (const coach of coaches) cookies.set(coach.userId, await signIn(running, data.spec.slug, coach.credential))
      const people = await data.db.owner.query<Person>(
        `SELECT id, client_number, first_names, tussenvoegsel, surname, date_of_birth, postcode FROM clients WHERE tenant_id = $1 AND id = ANY($2)`,
        [data.tenantId, coaches.flatMap((c) => c.clientIds)],
      )
      const byId = new Map(people.rows.map((p) => [p.id, p]))
      const strangers = await data.db.owner.query<Person>(
        `SELECT id, client_number, first_names, tussenvoegsel, surname, date_of_birth, postcode FROM clients TABLESAMPLE SYSTEM (1) REPEATABLE (7) WHERE tenant_id = $1 LIMIT 500`,
        [data.tenantId],
      )
      const plan = Array.from({ length: warmUp + requests }, () => {
        const coach = random.pick(coaches)
        const person = byId.get(random.pick(coach.clientIds))!
        return { coach, ...makeQuery(person, random.pick(strangers.rows), data.spec.seed, random) }
      })
      const kinds = [...new Set(plan.map((p) => p.kind))]
      options.log(`${requests} searches after ${warmUp} to warm up: ${kinds.map((k) => `${plan.filter((p) => p.kind === k).length} ${k}`).join(', ')}`)

      const appTimes: number[] = []
      const perKind = new Map<string, number[]>()
      let found = 0
      for (const [i, { coach, query, kind }] of plan.entries()) {
        const started = performance.now()
        const response = await running.request('GET', `/api/v1/clients?query=${encodeURIComponent(query)}`, { cookie: cookies.get(coach.userId)! })
        const elapsed = performance.now() - started
        if (response.status !== 200) throw new Error(`search answered ${response.status}: ${response.body.slice(0, 300)}`)
        if (i >= warmUp) {
          appTimes.push(elapsed)
          perKind.set(kind, [...(perKind.get(kind) ?? []), elapsed])
          if ((JSON.parse(response.body) as { results: unknown[] }).results.length > 0) found++
        }
        if ((i + 1) % 250 === 0) options.log(`  app: ${i + 1}/${plan.length}, p95 so far ${percentile(appTimes, 95).toFixed(1)} ms`)
      }

      const bareTimes: number[] = []
      const barePerKind = new Map<string, number[]>()
      const connection = await data.db.owner.connect()
      try {
        for (const [i, { coach, query, kind }] of plan.entries()) {
          const started = performance.now()
          await bareRun(connection, data.tenantId, coach, query, (value) => data.ctx.secretBox.lookupHash(value))
          const elapsed = performance.now() - started
          if (i >= warmUp) {
            bareTimes.push(elapsed)
            barePerKind.set(kind, [...(barePerKind.get(kind) ?? []), elapsed])
          }
        }
      } finally {
        connection.release()
      }
      // Managers search the whole organisation: no caseload narrows a name down first.
      const manager = data.credentials.find((c) => c.roles.includes('manager') && c.totpSecret !== null)!
      const managerCookie = await signIn(running, data.spec.slug, manager)
      const managerTimes: number[] = []
      for (const { query } of plan.filter((p) => p.kind.startsWith('name')).slice(0, managerSearches)) {
        const started = performance.now()
        const response = await running.request('GET', `/api/v1/clients?query=${encodeURIComponent(query)}`, { cookie: managerCookie })
        if (response.status !== 200) throw new Error(`search answered ${response.status}`)
        managerTimes.push(performance.now() - started)
      }
      options.log(`a manager's name searches (not in the figure): p50 ${percentile(managerTimes, 50).toFixed(1)} ms, max ${Math.max(...managerTimes).toFixed(1)} ms over ${managerTimes.length}`)

      const value = percentile(appTimes, 95)
      const bare = percentile(bareTimes, 95)
      const byKind = Object.fromEntries([...perKind].map(([kind, times]) => [kind, Math.round(percentile(times, 95) * 10) / 10]))
      options.log(`app: p50 ${percentile(appTimes, 50).toFixed(1)} ms, p95 ${value.toFixed(1)} ms, p99 ${percentile(appTimes, 99).toFixed(1)} ms; ${found} of ${requests} found something`)
      options.log(`app p95 per kind (ms): ${JSON.stringify(byKind)}`)
      const bareByKind = Object.fromEntries([...barePerKind].map(([kind, times]) => [kind, Math.round(percentile(times, 95) * 10) / 10]))
      options.log(`bare SQL: p50 ${percentile(bareTimes, 50).toFixed(1)} ms, p95 ${bare.toFixed(1)} ms; per kind (ms): ${JSON.stringify(bareByKind)}`)
      return { value, unit: 'ms', limit: bare, budget: 100, details: { p50: percentile(appTimes, 50), p99: percentile(appTimes, 99), p95PerKind: byKind, requests, managerNameSearchP50: percentile(managerTimes, 50) } }
    } finally {
      await running.close()
      await data.close()
    }
  },
}

async function bareRun(connection: pg.PoolClient, tenantId: string, coach: CoachSample, query: string, hash: (value: string) => string): Promise<void> {
  const hits = new Set<string>()
  for (const { kind, value } of classifyQuery(query)) {
    const parameter = kind === 'bsn' ? hash(value) : value
    const result = await connection.query<{ id: string }>(bareSearch(kind), [tenantId, coach.userId, coach.teamIds, parameter])
    for (const row of result.rows) hits.add(row.id)
  }
  await connection.query(auditSql, [tenantId, coach.userId, traceId(), spanId(), JSON.stringify({ results: hits.size })])
}
