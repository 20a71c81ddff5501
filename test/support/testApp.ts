import crypto from 'node:crypto'
import type { LightMyRequestResponse } from 'fastify'
import { buildApp } from '../../src/server/app.js'
import type { AppContext } from '../../src/server/appContext.js'
import { loadConfig, type Config } from '../../src/server/config.js'
import { createSecretBox } from '../../src/server/crypto/secretBox.js'
import { createDemoTenant, type DemoCredential } from '../../src/server/demo/demoTenants.js'
import type { App } from '../../src/server/http/types.js'
import { openPubSub } from '../../src/server/realtime/pubsub.js'
import { currentTotp } from '../../src/server/modules/identity/totp.js'
import { inTenant } from '../../src/server/db/database.js'
import { createDeviceSession, deviceCookieName } from '../../src/server/modules/clientApp/deviceSession.js'
import type { DatabaseUnderTest } from './testDatabase.js'

export interface TestApp {
  ctx: AppContext
  app: App
  close(): Promise<void>
}

export async function startTestApp(database: DatabaseUnderTest, env: Record<string, string> = {}): Promise<TestApp> {
  const config: Config = loadConfig({
    KOERS_DATA_DIR: '/nonexistent',
    KOERS_RATE_LIMIT_PER_MINUTE: '100000',
    KOERS_SIGN_IN_RATE_LIMIT_PER_MINUTE: '10000',
    ...env,
  })
  const db = await database.open()
  const realtime = await openPubSub(db)
  const ctx: AppContext = { config, db, secretBox: createSecretBox(crypto.randomBytes(32).toString('hex')), realtime }
  const app = await buildApp(ctx, { logger: false })
  await app.ready()
  return {
    ctx,
    app,
    async close() {
      await app.close()
      await realtime.close()
      await db.close()
    },
  }
}

let tenantCounter = 0

/** A new organisation with staff of every role, as the demo generator makes them. */
export async function createTestTenant(ctx: AppContext, coaches = 2) {
  tenantCounter += 1
  const slug = `test-${process.pid}-${tenantCounter}-${crypto.randomBytes(3).toString('hex')}`
  const credentials = await createDemoTenant(ctx, {
    slug,
    name: `Test ${tenantCounter}`,
    primaryColor: '#123456',
    accentColor: '#654321',
    seed: crypto.randomInt(1, 2 ** 31),
    coaches,
  })
  const tenant = await ctx.db.owner.query<{ id: string }>('SELECT id FROM tenants WHERE slug = $1', [slug])
  const byRole = (role: string) => credentials.find((c) => c.roles.includes(role as never) && c.totpSecret !== null)!
  return {
    id: tenant.rows[0]!.id,
    slug,
    credentials,
    coach: byRole('coach'),
    admin: byRole('admin'),
    manager: byRole('manager'),
    unenrolled: credentials.find((c) => c.totpSecret === null)!,
  }
}

/** Cookies as a browser keeps them, for app.inject. */
export class CookieJar {
  private cookies = new Map<string, string>()
  store(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies) {
      const expired = cookie.expires !== undefined && new Date(cookie.expires).getTime() <= Date.now()
      if (cookie.value === '' || expired || cookie.maxAge === 0) this.cookies.delete(cookie.name)
      else this.cookies.set(cookie.name, cookie.value)
    }
  }
  header(): Record<string, string> {
    return this.cookies.size === 0 ? {} : { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }
  }
  get(name: string): string | undefined {
    return this.cookies.get(name)
  }
}

/** A browser-like client: keeps cookies and sends the CSRF token of the session. */
export class TestClient {
  readonly jar = new CookieJar()
  csrfToken: string | null = null
  constructor(private readonly app: App) {}

  async request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...this.jar.header(),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    })
    this.jar.store(response)
    if (response.statusCode === 200 && response.headers['content-type']?.toString().startsWith('application/json')) {
      const json = response.json() as { csrfToken?: string; session?: { csrfToken?: string } }
      const token = json.csrfToken ?? json.session?.csrfToken
      if (typeof token === 'string') this.csrfToken = token
    }
    return response
  }
}

const usedSteps = new Map<string, number>()

/**
 * A valid code that was not used before (each code is accepted once, in step order). When the
 * window holds no unused code it waits for the next 30-second step.
 */
export async function freshTotp(secret: string): Promise<string> {
  for (;;) {
    const now = Date.now()
    const nowStep = Math.floor(now / 30_000)
    const last = usedSteps.get(secret) ?? nowStep - 2
    // The previous step's code holds only until the current step ends: not when that is near,
    // as a browser may take seconds to type it.
    const step = Math.max(now % 30_000 < 20_000 ? nowStep - 1 : nowStep, last + 1)
    if (step <= nowStep + 1) {
      usedSteps.set(secret, step)
      return currentTotp(secret, step * 30_000 + 1000)
    }
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (now % 30_000) + 50))
  }
}

export async function signIn(app: App, tenantSlug: string, credential: DemoCredential): Promise<TestClient> {
  const client = new TestClient(app)
  const first = await client.request('POST', '/api/v1/session', {
    organisation: tenantSlug,
    username: credential.username,
    password: credential.password,
  })
  if (first.statusCode !== 200) throw new Error(`password step failed: ${first.body}`)
  const second = await client.request('POST', '/api/v1/session/second-factor', { code: await freshTotp(credential.totpSecret!) })
  if (second.statusCode !== 200) throw new Error(`second factor failed: ${second.body}`)
  return client
}

/**
 * A client's phone with the app, signed in: the device session is made the way a correct
 * one-time code makes it (the code path itself is tested in clientApp.test.ts), and the
 * returned client sends the device cookie and the session's CSRF token.
 */
export async function signedInClientDevice(t: TestApp, tenantId: string, clientId: string, label = 'Chrome · Android'): Promise<TestClient & { deviceId: string; cookie: string }> {
  const session = await inTenant(t.ctx.db, { tenantId }, (tx) => createDeviceSession(tx, tenantId, clientId, label))
  const device = new TestClient(t.app) as TestClient & { deviceId: string; cookie: string }
  const cookie = `${deviceCookieName(t.ctx.config)}=${tenantId}.${session.token}`
  device.jar.store({ cookies: [{ name: deviceCookieName(t.ctx.config), value: `${tenantId}.${session.token}` }] } as unknown as LightMyRequestResponse)
  device.csrfToken = session.csrfToken
  device.deviceId = session.deviceId
  device.cookie = cookie
  return device
}
