import crypto from 'node:crypto'
import http from 'node:http'
import { coachesFor } from '../src/cli/commands/seed.js'
import { progressBar } from '../src/cli/progressBar.js'
import { buildApp } from '../src/server/app.js'
import { openPubSub } from '../src/server/realtime/pubsub.js'
import type { AppContext } from '../src/server/appContext.js'
import { loadConfig } from '../src/server/config.js'
import { createSecretBox } from '../src/server/crypto/secretBox.js'
import { lockDataDir } from '../src/server/db/dataDirLock.js'
import { openDatabase, type Database } from '../src/server/db/database.js'
import { clientTables } from '../src/server/demo/demoClientHistory.js'
import { seedDemoClients } from '../src/server/demo/demoClients.js'
import { createDemoTenant, demoCredentials, type DemoCredential, type DemoTenantSpec } from '../src/server/demo/demoTenants.js'
import type { App } from '../src/server/http/types.js'
import { currentTotp } from '../src/server/modules/identity/totp.js'
import type { BenchOptions } from './framework.js'

/**
 * The data set of the client benchmarks: one demo organisation, `bench`, with N clients with
 * years of history (the demo generator at scale), in the benchmark's own database. Made once
 * per size and database kind, then reused.
 */

/** The data set's key. The data is synthetic; the key only has to stay the same between runs. */
const benchKey = crypto.createHash('sha256').update('koers-bench-data-set').digest('hex')

export const benchSpec = (clients: number): DemoTenantSpec => ({
  slug: 'bench',
  name: 'Werkplein Benchmark',
  primaryColor: '#154273',
  accentColor: '#e17000',
  seed: 2026,
  coaches: coachesFor(clients),
  clients,
})

export interface ClientData {
  ctx: AppContext
  db: Database
  tenantId: string
  spec: DemoTenantSpec
  credentials: DemoCredential[]
  close(): Promise<void>
}

export async function openClientData(options: BenchOptions): Promise<ClientData> {
  const url = process.env.DATABASE_URL
  if (options.db === 'postgresql' && !url) throw new Error('--db postgresql needs DATABASE_URL')
  const unlock = options.db === 'embedded' ? lockDataDir(options.dataDir) : () => undefined
  let db: Database
  try {
    db = await openDatabase(options.db === 'postgresql' ? { kind: 'postgresql', url: url! } : { kind: 'embedded', dataDir: options.dataDir }, { poolSize: 10 })
  } catch (error) {
    unlock()
    throw error
  }
  const config = loadConfig({
    KOERS_DATA_DIR: options.dataDir,
    KOERS_DEMO: 'false',
    KOERS_COOKIE_SECURE: 'false',
    KOERS_RATE_LIMIT_PER_MINUTE: '1000000',
    KOERS_SIGN_IN_RATE_LIMIT_PER_MINUTE: '10000',
    LOG_LEVEL: 'warn',
  })
  const realtime = await openPubSub(db)
  const ctx: AppContext = { config, db, secretBox: createSecretBox(benchKey), realtime }
  const close = async () => {
    try {
      await realtime.close()
      await db.close()
    } finally {
      unlock()
    }
  }
  try {
    const spec = benchSpec(options.clients)
    const tenantId = await ensureClients(ctx, spec, options)
    return { ctx, db, tenantId, spec, credentials: demoCredentials(spec), close }
  } catch (error) {
    await close()
    throw error
  }
}

async function ensureClients(ctx: AppContext, spec: DemoTenantSpec, options: BenchOptions): Promise<string> {
  const total = spec.clients ?? 0
  const find = async () => (await ctx.db.owner.query<{ id: string }>('SELECT id FROM tenants WHERE slug = $1', [spec.slug])).rows[0]?.id
  let tenantId = await find()
  const count = async (id: string) =>
    (await ctx.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM clients WHERE tenant_id = $1', [id])).rows[0]!.n
  const have = tenantId === undefined ? 0 : await count(tenantId)
  if (tenantId !== undefined && have >= total) {
    options.log(`data set: ${have.toLocaleString('en-GB')} clients in place (${options.db})`)
    return tenantId
  }
  const started = Date.now()
  const bar = progressBar('generating clients', total)
  const onProgress = (p: { clients: number; rows: number }) => bar.update(p.clients, p.rows)
  if (tenantId === undefined) {
    options.log(`data set: creating ${spec.coaches.toLocaleString('en-GB')} coaches and ${total.toLocaleString('en-GB')} clients with their history (${options.db}); made once, then reused`)
    await createDemoTenant(ctx, spec, { onClientProgress: onProgress })
    tenantId = (await find())!
  } else {
    options.log(`data set: ${have.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} clients in place; adding the others`)
    await seedDemoClients(ctx, tenantId, { seed: spec.seed, count: total, resume: true, onProgress })
  }
  bar.finish()
  options.log('data set: vacuum and analyse (as autovacuum would, before it can disturb the measurements)')
  await ctx.db.owner.query(`VACUUM (ANALYZE) ${clientTables.join(', ')}, users, teams, team_members, audit_events`)
  const rows = await ctx.db.owner.query<{ n: number }>(
    `SELECT sum(n_live_tup)::bigint AS n FROM pg_stat_user_tables WHERE relname = ANY($1)`,
    [clientTables as readonly string[]],
  )
  options.log(`data set: ready in ${Math.round((Date.now() - started) / 1000)} s (${Number(rows.rows[0]?.n ?? 0).toLocaleString('en-GB')} rows in the client tables)`)
  return tenantId
}

// --- The app over real HTTP ------------------------------------------------------------------------

export interface HttpResponse {
  status: number
  body: string
  cookies: string[]
}

export interface RunningApp {
  app: App
  request(method: 'GET' | 'POST', path: string, options?: { cookie?: string; csrf?: string; body?: unknown }): Promise<HttpResponse>
  close(): Promise<void>
}

/** The real app, listening on a loopback port, and a keep-alive HTTP client for it. */
export async function startApp(ctx: AppContext): Promise<RunningApp> {
  const app = await buildApp(ctx, { logger: false })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const address = app.server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 })
  const request: RunningApp['request'] = (method, path, options = {}) =>
    new Promise((resolve, reject) => {
      const payload = options.body === undefined ? undefined : JSON.stringify(options.body)
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          agent,
          headers: {
            accept: 'application/json',
            ...(options.cookie ? { cookie: options.cookie } : {}),
            ...(options.csrf ? { 'x-csrf-token': options.csrf } : {}),
            ...(payload !== undefined ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => {
            const setCookie = res.headers['set-cookie'] ?? []
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), cookies: setCookie.map((c) => c.split(';')[0]!) })
          })
          res.on('error', reject)
        },
      )
      req.on('error', reject)
      if (payload !== undefined) req.write(payload)
      req.end()
    })
  return {
    app,
    request,
    async close() {
      agent.destroy()
      await app.close()
    },
  }
}

/** Signs a demo user in with password and code, as the staff app does; returns the session cookie. */
export async function signIn(running: RunningApp, organisation: string, credential: DemoCredential): Promise<string> {
  const first = await running.request('POST', '/api/v1/session', {
    body: { organisation, username: credential.username, password: credential.password },
  })
  if (first.status !== 200) throw new Error(`sign-in of ${credential.username} failed: ${first.status}`)
  let cookie = first.cookies.join('; ')
  const csrf = (JSON.parse(first.body) as { csrfToken: string }).csrfToken
  // A code is accepted once; after an earlier run in the same half minute, the next one is.
  for (const step of [0, 1]) {
    const second = await running.request('POST', '/api/v1/session/second-factor', {
      cookie,
      csrf,
      body: { code: currentTotp(credential.totpSecret!, Date.now() + step * 30_000) },
    })
    if (second.status === 200) {
      cookie = second.cookies.length > 0 ? second.cookies.join('; ') : cookie
      return cookie
    }
  }
  throw new Error(`second factor of ${credential.username} failed`)
}

export interface CoachSample {
  credential: DemoCredential
  userId: string
  teamIds: string[]
  clientIds: string[]
}

/**
 * Coaches spread over the organisation, with the clients of their current caseload: each
 * measured request is one of them opening one of their own clients.
 */
export async function sampleCoaches(data: ClientData, count: number, random: () => number): Promise<CoachSample[]> {
  const coaches = data.credentials.filter((c) => c.roles.includes('coach') && c.totpSecret !== null)
  const chosen = new Set<number>()
  while (chosen.size < Math.min(count, coaches.length)) chosen.add(Math.floor(random() * coaches.length))
  const picked = [...chosen].map((i) => coaches[i]!)
  const users = await data.db.owner.query<{ id: string; username: string; team_ids: string[] }>(
    `SELECT u.id, u.username, coalesce(array_agg(m.team_id) FILTER (WHERE m.team_id IS NOT NULL), '{}') AS team_ids
       FROM users u LEFT JOIN team_members m ON m.tenant_id = u.tenant_id AND m.user_id = u.id
      WHERE u.tenant_id = $1 AND u.username = ANY($2) GROUP BY u.id, u.username`,
    [data.tenantId, picked.map((c) => c.username)],
  )
  const caseload = await data.db.owner.query<{ coach_id: string; client_id: string }>(
    `SELECT coach_id, client_id FROM client_assignments WHERE tenant_id = $1 AND valid_to IS NULL AND coach_id = ANY($2) ORDER BY client_id`,
    [data.tenantId, users.rows.map((u) => u.id)],
  )
  return picked
    .map((credential) => {
      const user = users.rows.find((u) => u.username === credential.username)!
      return { credential, userId: user.id, teamIds: user.team_ids, clientIds: caseload.rows.filter((r) => r.coach_id === user.id).map((r) => r.client_id) }
    })
    .filter((coach) => coach.clientIds.length > 0)
}

/** A trace id as the app makes them, for the audit rows the bare-SQL runs write. */
export const traceId = () => crypto.randomBytes(16).toString('hex')
export const spanId = () => crypto.randomBytes(8).toString('hex')
