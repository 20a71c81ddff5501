import { spawn } from 'node:child_process'
import pg from 'pg'
import path from 'node:path'
import { inTenant } from '../src/server/db/database.js'
import { seededRandom } from '../src/server/demo/random.js'
import { recomputeSignals } from '../src/server/modules/signals/recompute.js'
import { openClientData, sampleCoaches, signIn, startApp, type ClientData } from './clientData.js'
import { percentile, type Benchmark } from './framework.js'

const coachCount = 50
const caseloadSize = 300
const rounds = 20

/** The caseload in one statement: the coach's clients, their open signals, current statuses and last contact. */
const bareCaseloadSql = `
SELECT c.id, c.client_number, c.first_names, c.tussenvoegsel, c.surname, c.intake_date,
       (SELECT max(k.contacted_at) FROM client_contacts k WHERE k.tenant_id = c.tenant_id AND k.client_id = c.id) AS last_contact_at,
       (SELECT json_agg(g.signal_code) FROM client_signals g WHERE g.tenant_id = c.tenant_id AND g.client_id = c.id AND g.ended_at IS NULL) AS signals,
       (SELECT json_agg(s.status_code) FROM client_statuses s WHERE s.tenant_id = c.tenant_id AND s.client_id = c.id AND s.valid_to IS NULL AND s.valid_from <= current_date) AS statuses
  FROM clients c JOIN client_assignments a ON a.tenant_id = c.tenant_id AND a.client_id = c.id AND a.valid_to IS NULL
 WHERE c.tenant_id = $1 AND a.coach_id = $2 AND c.outflow_date IS NULL`

/** Gives each sampled coach exactly `caseloadSize` clients still being guided (bench data only). */
async function shapeCaseloads(data: ClientData, coachIds: string[], log: (m: string) => void): Promise<void> {
  for (const coachId of coachIds) {
    const current = await data.db.owner.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM client_assignments a JOIN clients c ON c.tenant_id = a.tenant_id AND c.id = a.client_id
        WHERE a.tenant_id = $1 AND a.valid_to IS NULL AND a.coach_id = $2 AND c.outflow_date IS NULL`,
      [data.tenantId, coachId],
    )
    const missing = caseloadSize - current.rows[0]!.n
    if (missing > 0) {
      await data.db.owner.query(
        `UPDATE client_assignments SET coach_id = $2 WHERE tenant_id = $1 AND id IN (
           SELECT a.id FROM client_assignments a JOIN clients c ON c.tenant_id = a.tenant_id AND c.id = a.client_id
            WHERE a.tenant_id = $1 AND a.valid_to IS NULL AND a.coach_id IS NOT NULL AND NOT (a.coach_id = ANY($3::uuid[])) AND c.outflow_date IS NULL
            LIMIT $4)`,
        [data.tenantId, coachId, coachIds, missing],
      )
    } else if (missing < 0) {
      await data.db.owner.query(
        `UPDATE client_assignments SET coach_id = NULL WHERE tenant_id = $1 AND id IN (
           SELECT a.id FROM client_assignments a JOIN clients c ON c.tenant_id = a.tenant_id AND c.id = a.client_id
            WHERE a.tenant_id = $1 AND a.valid_to IS NULL AND a.coach_id = $2 AND c.outflow_date IS NULL LIMIT $3)`,
        [data.tenantId, coachId, -missing],
      )
    }
  }
  log(`${coachIds.length} coaches with ${caseloadSize} clients each`)
}

/**
 * "Mijn caseload" (GET /api/v1/caseload) for coaches with 300 clients each, while 50 coaches load
 * it at once from a second process over loopback. The limit: the same rows by one bare SQL
 * statement per coach, at the same concurrency, straight through pg.
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
      options.log('warming up')
      await load('/api/v1/caseload', cookies, 2)
      options.log(`${coaches.length} coaches × ${rounds} loads of their caseload, all at once, from a second process`)
      const appTimes = await load('/api/v1/caseload', cookies, rounds)

      // As many connections as the app's pool has, so both meet the same database concurrency.
      const pool = new pg.Pool({ ...data.db.ownerConnection, max: 10 })
      options.log(`bare SQL: the same caseloads, ${coaches.length} coaches at once over ${10} connections`)
      const bareTimes: number[] = []
      await Promise.all(
        coaches.map(async (coach) => {
          for (let i = 0; i < rounds; i++) {
            const started = performance.now()
            await pool.query(bareCaseloadSql, [data.tenantId, coach.userId])
            bareTimes.push(performance.now() - started)
          }
        }),
      )
      await pool.end()
      const value = percentile(appTimes, 95)
      const limit = percentile(bareTimes, 95)
      options.log(`app: p50 ${percentile(appTimes, 50).toFixed(1)} ms, p95 ${value.toFixed(1)} ms, p99 ${percentile(appTimes, 99).toFixed(1)} ms; bare SQL: p95 ${limit.toFixed(1)} ms`)
      return { value, unit: 'ms', limit, budget: 50, details: { requests: appTimes.length, p50: percentile(appTimes, 50), p99: percentile(appTimes, 99) } }
    } finally {
      await running.close()
      await data.close()
    }
  },
}
