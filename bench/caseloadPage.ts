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
import { pacedLoads, type PacedRun } from './pacing.js'

const coachCount = 50
const caseloadSize = 300
const rounds = 20

/**
 * How often a coach at work loads the caseload: about once a second (between 0.5 and 1.5 s after
 * the previous answer). Far above what a person does, who reads the list and opens a client in
 * between; the stress round without pause is reported beside it.
 */
const pauseMs = 1000

/** The app's pool size (see clientData.ts); the bare statement gets as many connections. */
const connections = 10

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
 * "Mijn caseload" (GET /api/v1/caseload) for coaches with 300 clients each, while 50 coaches at
 * work load it at the same time from a second process over loopback, each about once a second:
 * the first page of 50, as the screen asks for it. The limit: the same page by one bare SQL
 * statement per coach over the caseload summary, at the same pace, straight through pg. Reported
 * beside it, a stress round without pause: the first page, all 300 in one response, the session
 * check alone and the bare statement, with as many requests in flight as coaches.
 */
export const caseloadPage: Benchmark = {
  name: 'caseload-page',
  description: 'GET /api/v1/caseload for 50 coaches with 300 clients each, all at work at once from a second process (p95, ms; budget 50)',
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
      const load = (path_: string, times: number, pause: number) =>
        new Promise<PacedRun>((resolve, reject) => {
          const plan = { port, cookies, rounds: times, path: path_, pauseMs: pause }
          const child = spawn(process.execPath, ['--import', 'tsx', path.join(path.dirname(new URL(import.meta.url).pathname), 'caseloadLoad.ts'), JSON.stringify(plan)], {
            stdio: ['ignore', 'pipe', 'inherit'],
          })
          let out = ''
          child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
          child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as PacedRun) : reject(new Error(`load process exited ${code}`))))
        })
      // As many connections as the app's pool has, so both meet the same database concurrency.
      const pool = new pg.Pool({ ...data.db.ownerConnection, max: connections })
      const weights = JSON.stringify(Object.fromEntries(signalDefinitions.map((d) => [d.code, d.weight])))
      const bare = (times: number, pause: number) =>
        pacedLoads(coaches, times, pause, async (coach) => {
          await pool.query(bareCaseloadSql, [data.tenantId, coach.userId, weights])
        })
      const summary = (label: string, run: PacedRun) => {
        const figures = { p50: percentile(run.latencies, 50), p95: percentile(run.latencies, 95), p99: percentile(run.latencies, 99), perSecond: run.perSecond }
        options.log(`${label}: p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms (${figures.perSecond.toFixed(0)} a second)`)
        return figures
      }

      // What the screen asks for: the first page, with the total and the counts per signal.
      const screenPath = `/api/v1/caseload?limit=${pageSize}`
      // Both warm up the same way: the app's pool and the bare statement's connections alike.
      options.log('warming up')
      await load(screenPath, 2, 0)
      await bare(2, 0)
      options.log(`${coaches.length} coaches at work at once, each loading the first page of their caseload (${pageSize} of ${caseloadSize}) ${rounds} times, about once every ${pauseMs} ms, from a second process`)
      const app = summary('app, first page', await load(screenPath, rounds, pauseMs))
      const limit = summary('bare SQL, the same pace', await bare(rounds, pauseMs))

      options.log(`stress: the same ${coaches.length} coaches without pause (as many requests in flight as coaches, always)`)
      const stress = summary('app, first page, without pause', await load(screenPath, rounds, 0))
      const whole = summary(`app, all ${caseloadSize} clients in one response (the team screen), without pause`, await load('/api/v1/caseload', rounds, 0))
      // The floor of any signed-in request at this concurrency: the session check alone.
      const session = summary('GET /api/v1/session (the session check alone), without pause', await load('/api/v1/session', rounds, 0))
      const bareStress = summary(`bare SQL without pause over ${connections} connections`, await bare(rounds, 0))
      await pool.end()
      return {
        value: app.p95,
        unit: 'ms',
        limit: limit.p95,
        budget: 50,
        details: { requests: coaches.length * rounds, app, withoutPause: { app: stress, wholeCaseload: whole, sessionOnly: session, bare: bareStress } },
      }
    } finally {
      await running.close()
      await data.close()
    }
  },
}
