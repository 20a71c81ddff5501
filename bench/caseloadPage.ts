import { spawn } from 'node:child_process'
import pg from 'pg'
import path from 'node:path'
import { inTenant } from '../src/server/db/database.js'
import { seededRandom } from '../src/server/demo/random.js'
import { refreshCaseloadSummary } from '../src/server/modules/caseload/caseloadSummary.js'
import { signalDefinitions } from '../src/server/modules/signals/definitions.js'
import { recomputeSignals } from '../src/server/modules/signals/recompute.js'
import { openClientData, sampleCoaches, signIn, startApp, type ClientData } from './clientData.js'
import { percentile, type Benchmark } from './framework.js'

const coachCount = 50
const caseloadSize = 300
const rounds = 20

/** Clients per page of "Mijn caseload", as the staff app asks for them. */
const pageSize = 50

/**
 * The first page of a caseload in one statement, from the caseload summary and the open signals:
 * the 50 clients who need attention most, their coach's name, the number of clients and the
 * counts per signal over the whole caseload.
 */
const bareCaseloadSql = `
WITH caseload AS MATERIALIZED (
  SELECT s.client_id, s.sort_key, g.codes, g.attention FROM client_caseload_summary s
   CROSS JOIN LATERAL (
     SELECT coalesce(array_agg(o.signal_code), '{}') AS codes, coalesce(sum(coalesce((($3::jsonb) ->> o.signal_code)::int, 0)), 0) AS attention
       FROM client_signals o WHERE o.tenant_id = s.tenant_id AND o.client_id = s.client_id AND o.ended_at IS NULL) g
   WHERE s.tenant_id = $1 AND s.coach_id = $2 AND s.outflow_date IS NULL),
page AS (SELECT client_id, attention, sort_key FROM caseload ORDER BY attention DESC, sort_key, client_id LIMIT ${pageSize})
SELECT (SELECT count(*) FROM caseload) AS total,
       (SELECT jsonb_object_agg(code, n) FROM (SELECT code, count(*) AS n FROM caseload, unnest(codes) AS code GROUP BY code) x) AS counts,
       (SELECT json_agg(json_build_object('id', s.client_id, 'clientNumber', s.client_number, 'sortName', s.sort_name, 'intakeDate', s.intake_date,
                 'coach', u.display_name, 'lastContactAt', s.last_contact_at, 'statuses', s.statuses, 'attention', p.attention,
                 'signals', (SELECT json_agg(json_build_object('signalCode', o.signal_code, 'raisedAt', o.raised_at)) FROM client_signals o
                              WHERE o.tenant_id = s.tenant_id AND o.client_id = s.client_id AND o.ended_at IS NULL))
                 ORDER BY p.attention DESC, p.sort_key, p.client_id)
          FROM page p JOIN client_caseload_summary s ON s.tenant_id = $1 AND s.client_id = p.client_id
          LEFT JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.coach_id) AS clients`

/** Gives each sampled coach exactly `caseloadSize` clients still being guided (bench data only). */
async function shapeCaseloads(data: ClientData, coachIds: string[], log: (m: string) => void): Promise<void> {
  const moved: string[] = []
  for (const coachId of coachIds) {
    const current = await data.db.owner.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM client_assignments a JOIN clients c ON c.tenant_id = a.tenant_id AND c.id = a.client_id
        WHERE a.tenant_id = $1 AND a.valid_to IS NULL AND a.coach_id = $2 AND c.outflow_date IS NULL`,
      [data.tenantId, coachId],
    )
    const missing = caseloadSize - current.rows[0]!.n
    if (missing > 0) {
      const result = await data.db.owner.query<{ client_id: string }>(
        `UPDATE client_assignments SET coach_id = $2 WHERE tenant_id = $1 AND id IN (
           SELECT a.id FROM client_assignments a JOIN clients c ON c.tenant_id = a.tenant_id AND c.id = a.client_id
            WHERE a.tenant_id = $1 AND a.valid_to IS NULL AND a.coach_id IS NOT NULL AND NOT (a.coach_id = ANY($3::uuid[])) AND c.outflow_date IS NULL
            LIMIT $4)
         RETURNING client_id`,
        [data.tenantId, coachId, coachIds, missing],
      )
      moved.push(...result.rows.map((r) => r.client_id))
    } else if (missing < 0) {
      const result = await data.db.owner.query<{ client_id: string }>(
        `UPDATE client_assignments SET coach_id = NULL WHERE tenant_id = $1 AND id IN (
           SELECT a.id FROM client_assignments a JOIN clients c ON c.tenant_id = a.tenant_id AND c.id = a.client_id
            WHERE a.tenant_id = $1 AND a.valid_to IS NULL AND a.coach_id = $2 AND c.outflow_date IS NULL LIMIT $3)
         RETURNING client_id`,
        [data.tenantId, coachId, -missing],
      )
      moved.push(...result.rows.map((r) => r.client_id))
    }
  }
  // The assignments were changed behind the domain's back: their caseload summary follows, as
  // any bulk writer's must.
  if (moved.length > 0) await inTenant(data.db, { tenantId: data.tenantId }, (tx) => refreshCaseloadSummary(tx, data.tenantId, moved))
  // As autovacuum would after many changes, before it can disturb the measurements.
  await data.db.owner.query('VACUUM (ANALYZE) client_caseload_summary, client_signals')
  log(`${coachIds.length} coaches with ${caseloadSize} clients each (${moved.length} clients moved)`)
}

/**
 * "Mijn caseload" (GET /api/v1/caseload) for coaches with 300 clients each, while 50 coaches load
 * it at once from a second process over loopback: the first page of 50, as the screen asks for
 * it, and (reported beside it) all 300 in one response. The limit: the same page by one bare
 * SQL statement per coach over the caseload summary, at the same concurrency, straight through pg.
 */
export const caseloadPage: Benchmark = {
  name: 'caseload-page',
  description: 'GET /api/v1/caseload for 50 coaches with 300 clients each, at once from a second process (p95, ms; budget 50)',
  async run(options) {
    const data = await openClientData(options)
    const running = await startApp(data.ctx)
    try {
      const open = await data.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM client_signals WHERE tenant_id = $1', [data.tenantId])
      if (open.rows[0]!.n === 0) {
        options.log('computing the signals of every client once (the data set had none)')
        await inTenant(data.db, { tenantId: data.tenantId }, (tx) => recomputeSignals(tx, data.tenantId, null))
      }
      const coaches = await sampleCoaches(data, coachCount, seededRandom(29).next)
      await shapeCaseloads(data, coaches.map((c) => c.userId), options.log)
      options.log(`signing in ${coaches.length} coaches`)
      const cookies: string[] = []
      for (const coach of coaches) cookies.push(await signIn(running, data.spec.slug, coach.credential))
      const address = running.app.server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      const load = (path_: string, cookieList: string[], times: number) =>
        new Promise<number[]>((resolve, reject) => {
          const child = spawn(process.execPath, ['--import', 'tsx', path.join(path.dirname(new URL(import.meta.url).pathname), 'caseloadLoad.ts'), JSON.stringify({ port, cookies: cookieList, rounds: times, path: path_ })], {
            stdio: ['ignore', 'pipe', 'inherit'],
          })
          let out = ''
          child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
          child.on('exit', (code) => (code === 0 ? resolve((JSON.parse(out) as { latencies: number[] }).latencies) : reject(new Error(`load process exited ${code}`))))
        })
      // What the screen asks for: the first page, with the total and the counts per signal.
      const screenPath = `/api/v1/caseload?limit=${pageSize}`
      options.log('warming up')
      await load(screenPath, cookies, 2)
      options.log(`${coaches.length} coaches × ${rounds} loads of the first page of their caseload (${pageSize} of ${caseloadSize}), all at once, from a second process`)
      const appTimes = await load(screenPath, cookies, rounds)
      options.log(`the same with all ${caseloadSize} clients in one response (as the team screen asks for them)`)
      const wholeTimes = await load('/api/v1/caseload', cookies, rounds)
      // The floor of any signed-in request at this concurrency: the session check alone.
      options.log('for comparison: GET /api/v1/session (the session check alone), the same way')
      const sessionTimes = await load('/api/v1/session', cookies, rounds)

      // As many connections as the app's pool has, so both meet the same database concurrency.
      const pool = new pg.Pool({ ...data.db.ownerConnection, max: 10 })
      const weights = JSON.stringify(Object.fromEntries(signalDefinitions.map((d) => [d.code, d.weight])))
      options.log(`bare SQL: the same caseloads, ${coaches.length} coaches at once over ${10} connections`)
      const bareTimes: number[] = []
      await Promise.all(
        coaches.map(async (coach) => {
          for (let i = 0; i < rounds; i++) {
            const started = performance.now()
            await pool.query(bareCaseloadSql, [data.tenantId, coach.userId, weights])
            bareTimes.push(performance.now() - started)
          }
        }),
      )
      await pool.end()
      const value = percentile(appTimes, 95)
      const limit = percentile(bareTimes, 95)
      const whole = { p50: percentile(wholeTimes, 50), p95: percentile(wholeTimes, 95), p99: percentile(wholeTimes, 99) }
      options.log(`app, first page: p50 ${percentile(appTimes, 50).toFixed(1)} ms, p95 ${value.toFixed(1)} ms, p99 ${percentile(appTimes, 99).toFixed(1)} ms; bare SQL: p95 ${limit.toFixed(1)} ms`)
      const session = { p50: percentile(sessionTimes, 50), p95: percentile(sessionTimes, 95) }
      options.log(`app, all ${caseloadSize} clients: p50 ${whole.p50.toFixed(1)} ms, p95 ${whole.p95.toFixed(1)} ms, p99 ${whole.p99.toFixed(1)} ms`)
      options.log(`the session check alone: p50 ${session.p50.toFixed(1)} ms, p95 ${session.p95.toFixed(1)} ms`)
      return {
        value,
        unit: 'ms',
        limit,
        budget: 50,
        details: { requests: appTimes.length, p50: percentile(appTimes, 50), p99: percentile(appTimes, 99), wholeCaseload: whole, sessionOnly: session },
      }
    } finally {
      await running.close()
      await data.close()
    }
  },
}
