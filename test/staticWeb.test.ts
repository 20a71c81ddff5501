import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { webRoot } from '../src/server/http/staticWeb.js'
import { startTestApp, type TestApp } from './support/testApp.js'
import { databasesUnderTest } from './support/testDatabase.js'

/** The built web apps over HTTP: compressed where the browser accepts it, and cached as they should be. */
describe('the web apps as the server sends them', () => {
  let t: TestApp
  let entry: string
  beforeAll(async () => {
    if (!fs.existsSync(path.join(webRoot, 'app', 'index.html'))) throw new Error('The web apps are not built: run `npm run build` first.')
    const page = fs.readFileSync(path.join(webRoot, 'app', 'index.html'), 'utf8')
    entry = /<script type="module" crossorigin src="([^"]+)"/.exec(page)![1]!
    t = await startTestApp(databasesUnderTest()[0]!)
  })
  afterAll(async () => {
    await t?.close()
  })

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers })

  it('sends a script as Brotli or gzip when the browser accepts it, and as is otherwise; cached for a year, per encoding', async () => {
    const original = fs.readFileSync(path.join(webRoot, entry))
    const br = await get(entry, { 'accept-encoding': 'gzip, deflate, br, zstd' })
    expect(br.statusCode).toBe(200)
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['content-type']).toMatch(/^(?:text|application)\/javascript/)
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(br.headers.vary).toMatch(/accept-encoding/i)
    expect(Number(br.headers['content-length'])).toBeLessThan(original.length / 2)
    expect(zlib.brotliDecompressSync(br.rawPayload).equals(original)).toBe(true)

    const gzip = await get(entry, { 'accept-encoding': 'gzip' })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gzip.rawPayload).equals(original)).toBe(true)

    const plain = await get(entry)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers.vary).toMatch(/accept-encoding/i)
    expect(plain.rawPayload.equals(original)).toBe(true)

    // Each encoding is its own representation: revalidating one does not hand out another.
    expect(new Set([br.headers.etag, gzip.headers.etag, plain.headers.etag]).size).toBe(3)
    const again = await get(entry, { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) })
    expect(again.statusCode).toBe(304)
  })

  it('has browsers check the pages and the service worker on every use; the worker compressed too', async () => {
    // The staff page is smaller than a compressed copy would pay for (under 1 kB).
    const staff = await get('/', { 'accept-encoding': 'br' })
    expect(staff.statusCode).toBe(200)
    expect(staff.headers['cache-control']).toBe('no-cache')
    expect(staff.body).toContain('<div id="root">')

    const worker = await get('/app/sw.js', { 'accept-encoding': 'br' })
    expect(worker.headers['content-encoding']).toBe('br')
    expect(worker.headers['cache-control']).toBe('no-cache')
    expect(worker.headers['service-worker-allowed']).toBe('/app/')

    // The compressed copies are no files of their own: the name leads to the page, not to Brotli bytes.
    const copy = await get(`${entry}.br`)
    expect(copy.headers['content-encoding']).toBeUndefined()
    expect(copy.headers['content-type']).toMatch(/^text\/html/)
  })

  it("hints the client app's first API answers from its page: the session, and the house style and added languages of the organisation in the link", async () => {
    const page = await get('/app/?organisation=werkplein-oost', { 'accept-encoding': 'br' })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['cache-control']).toBe('no-cache')
    const hints = [...page.body.matchAll(/<link rel="preload" as="fetch" crossorigin href="([^"]+)">/g)].map((m) => m[1])
    expect(hints).toEqual(['/api/v1/me/session', '/api/v1/organisations/werkplein-oost/house-style', '/api/v1/organisations/werkplein-oost/app-languages'])
    // After the page's own scripts and styles, so that they go first.
    expect(page.body.indexOf('rel="preload"')).toBeGreaterThan(page.body.lastIndexOf('rel="stylesheet"'))
    expect(page.body).toContain(`src="${entry}"`)

    // A link from a notification, and the app opened again later (the organisation remembered on the phone).
    for (const url of ['/app/berichten/0b4c7a55-5d0e-4d3c-9d58-2f0b6a1d7c11', '/app/', '/app']) {
      const other = await get(url)
      expect(other.statusCode, url).toBe(200)
      expect([...other.body.matchAll(/rel="preload" as="fetch" crossorigin href="([^"]+)"/g)].map((m) => m[1]), url).toEqual(['/api/v1/me/session'])
    }

    // Whatever the link holds, only an organisation's name in its own form becomes a hint.
    for (const organisation of ['"><script>alert(1)</script>', 'Werkplein', '../../api/v1/session', 'a'.repeat(64)]) {
      const odd = await get(`/app/?organisation=${encodeURIComponent(organisation)}`)
      expect(odd.statusCode).toBe(200)
      expect(odd.body).not.toContain('house-style')
      expect(odd.body).not.toContain('app-languages')
      expect(odd.body).not.toContain('<script>alert')
    }
  })
})
