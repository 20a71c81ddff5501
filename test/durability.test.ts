import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { defaultDemoTenants, demoCredentials } from '../src/server/demo/demoTenants.js'
import { currentTotp } from '../src/server/modules/identity/totp.js'
import { runCli, runKoers } from './support/serverProcess.js'

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port
      server.close(() => resolve(port))
    })
  })

/** Signs in over real HTTP as a demo admin and returns a function to call the API. */
async function adminSession(port: number, step: number) {
  const spec = defaultDemoTenants[0]!
  const admin = demoCredentials(spec).find((c) => c.roles.includes('admin'))!
  const base = `http://127.0.0.1:${port}`
  let cookie = ''
  const call = async (method: string, url: string, body?: unknown, csrf?: string) => {
    const response = await fetch(base + url, {
      method,
      headers: { 'content-type': 'application/json', cookie, ...(csrf ? { 'x-csrf-token': csrf } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const setCookie = response.headers.get('set-cookie')
    if (setCookie) cookie = setCookie.split(';')[0]!
    return response
  }
  const first = await call('POST', '/api/v1/session', { organisation: spec.slug, username: admin.username, password: admin.password })
  const pending = (await first.json()) as { csrfToken: string }
  // Each start signs in once; use a code from a different time step each time (codes are single use).
  const code = currentTotp(admin.totpSecret!, Date.now() + step * 30_000)
  const second = await call('POST', '/api/v1/session/second-factor', { code }, pending.csrfToken)
  const { csrfToken } = (await second.json()) as { csrfToken: string }
  if (second.status !== 200) throw new Error(`sign-in failed: ${second.status} ${JSON.stringify(csrfToken)}`)
  return (method: string, url: string, body?: unknown) => call(method, url, body, csrfToken)
}

describe('the embedded database in a real process', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-durability-'))
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  it('keeps committed writes through SIGKILL, refuses a second process on the same data, and reuses the data on restart', async () => {
    const port = await freePort()
    const env = { KOERS_DATA_DIR: dataDir, PORT: String(port), KOERS_COOKIE_SECURE: 'false' }
    const first = runKoers('server', [], env)
    await first.ready
    // The demo sign-in details are printed just after the server says it is running.
    await expect.poll(() => first.output(), { timeout: 15_000 }).toContain('werkplein-demo')

    const second = runKoers('server', [], { ...env, PORT: String(await freePort()) })
    second.ready.catch(() => undefined)
    expect(await second.exited).not.toBe(0)
    expect(second.output()).toMatch(/in use by another Koers process/)

    const api = await adminSession(port, -1)
    const names = Array.from({ length: 20 }, (_, i) => `Team na crash ${i}`)
    for (const name of names) expect((await api('POST', '/api/v1/teams', { name })).status).toBe(201)
    first.child.kill('SIGKILL')
    await first.exited

    const again = runKoers('server', [], env)
    await again.ready
    expect(again.output()).not.toContain('created the demo organisations')
    const api2 = await adminSession(port, 1)
    const teams = (await (await api2('GET', '/api/v1/teams')).json()) as { teams: { name: string }[] }
    expect(teams.teams.map((t) => t.name)).toEqual(expect.arrayContaining(names))
    again.child.kill('SIGTERM')
    expect(await again.exited).toBe(0)
    expect(again.output()).toContain('closed cleanly')
    expect(fs.existsSync(path.join(dataDir, 'koers.lock'))).toBe(false)
  }, 120_000)

  it('backs up and restores the embedded database with the CLI', async () => {
    const env = { KOERS_DATA_DIR: dataDir }
    const file = path.join(dataDir, 'backup.tar.gz')
    const backup = await runCli(['backup', file], env)
    expect(backup.code).toBe(0)
    expect(fs.statSync(file).size).toBeGreaterThan(1000)
    const created = await runCli(['tenant', 'create', '--organisation', 'na-de-backup', '--name', 'Na de backup'], env)
    expect(created.code).toBe(0)
    const restored = await runCli(['restore', file], env)
    expect(restored.code).toBe(0)
    expect(restored.output).toMatch(/kept in/)
    const duplicate = await runCli(['tenant', 'create', '--organisation', 'na-de-backup', '--name', 'Opnieuw'], env)
    expect(duplicate.code).toBe(0) // the organisation made after the backup is gone again
  }, 120_000)

  it('stops at boot with a message naming a wrong configuration value', async () => {
    const run = runKoers('server', [], { KOERS_DATA_DIR: dataDir, PORT: 'drieduizend' })
    run.ready.catch(() => undefined)
    expect(await run.exited).toBe(78)
    expect(run.output()).toContain('PORT')
  })

  it('koers --help lists the operator commands', async () => {
    const help = await runCli(['--help'], {})
    for (const command of ['migrate', 'seed', 'user', 'backup', 'restore']) expect(help.output).toContain(command)
    const user = await runCli(['user', '--help'], {})
    expect(user.output).toContain('create')
  })
})
