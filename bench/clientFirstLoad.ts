import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { webRoot } from '../src/server/http/staticWeb.js'
import { signInReadyMark } from '../src/web/client/load-marks.js'
import { assertBrowserTestPrerequisites, launchChromium } from '../test/browser/browser.js'
import { runCli, runKoers, type ServerProcess } from '../test/support/serverProcess.js'
import { percentile, type Benchmark } from './framework.js'

/**
 * The client app's first load on a phone over a slow mobile connection: from navigating to
 * /app/?organisation=… until the sign-in form is usable, in Debian's Chromium with a cold cache
 * (a new browser context every run), next to the same profile loading the smallest static file
 * the same server has. Also the compressed bytes of the JavaScript the first screen loaded.
 */

/**
 * Chromium DevTools' "Slow 4G" network preset (`Slow4GConditions` in
 * front_end/core/sdk/NetworkManager.ts; called "Fast 3G" until May 2024, crbug.com/342406608):
 * ~1.6 Mbit/s down and ~750 kbit/s up, each × 0.9, and 150 ms RTT × 3.75 because DevTools adds
 * latency per request rather than per packet. Lighthouse's mobile profile uses the same numbers.
 */
const slow4g = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
  connectionType: 'cellular4g',
} as const

/** Lighthouse's mobile profile slows the CPU down 4× (`cpuSlowdownMultiplier`), for a mid-range phone. */
const cpuSlowdown = 4

/** Lighthouse's emulated phone (a Moto G Power): screen size and pixel ratio. */
const phone = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, locale: 'nl-NL' }

const runs = 7
const interactiveBudgetMs = 3000
const javaScriptBudgetBytes = 200 * 1000
const organisation = 'eerste-keer'

interface LoadedScript {
  url: string
  /** The response body as it came over the wire (compressed). */
  encodedBytes: number
  decodedBytes: number
}

interface FirstLoad {
  interactiveMs: number
  scripts: LoadedScript[]
  requests: number
  /** The API requests before the form was ready and what started them: `link` for the page's preload hints. */
  api: { path: string; initiator: string }[]
}

/** A new context is a cold start: no HTTP cache, no cookies, no service worker. */
async function throttledPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  // The app shell's service worker installs after the load event and precaches the shell; the
  // DevTools throttling of a page does not apply to a worker's requests, so it is left out.
  const context = await browser.newContext({ ...phone, serviceWorkers: 'block' })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', slow4g)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
  return { context, page }
}

async function loadClientApp(browser: Browser, base: string): Promise<FirstLoad> {
  const { context, page } = await throttledPage(browser)
  try {
    await page.goto(`${base}/app/?organisation=${organisation}`, { waitUntil: 'commit' })
    // The mark's start time counts from the start of the navigation, as the page's own clock does.
    const interactiveMs = await page.evaluate(
      (mark) =>
        new Promise<number>((resolve, reject) => {
          setTimeout(() => reject(new Error(`no ${mark} mark within a minute`)), 60_000)
          const existing = performance.getEntriesByName(mark)[0]
          if (existing) return resolve(existing.startTime)
          new PerformanceObserver((list, observer) => {
            const entry = list.getEntriesByName(mark)[0]
            if (entry) {
              observer.disconnect()
              resolve(entry.startTime)
            }
          }).observe({ type: 'mark' })
        }),
      signInReadyMark,
    )
    const input = page.getByLabel('Mobiel nummer of e-mailadres')
    if (!(await input.isVisible()) || !(await input.isEnabled())) throw new Error('the sign-in form was marked ready, but its first field is not usable')
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => {
        const resource = entry as PerformanceResourceTiming
        return {
          url: resource.name,
          initiator: resource.initiatorType,
          encodedBytes: resource.encodedBodySize,
          decodedBytes: resource.decodedBodySize,
          responseEnd: resource.responseEnd,
        }
      }),
    )
    const beforeReady = resources.filter((r) => r.responseEnd <= interactiveMs)
    const scripts = beforeReady.filter((r) => new URL(r.url).pathname.endsWith('.js'))
    return {
      api: beforeReady.filter((r) => new URL(r.url).pathname.startsWith('/api/')).map((r) => ({ path: new URL(r.url).pathname, initiator: r.initiator })),
      interactiveMs,
      scripts: scripts.map(({ url, encodedBytes, decodedBytes }) => ({ url: new URL(url).pathname, encodedBytes, decodedBytes })),
      requests: resources.length + 1,
    }
  } finally {
    await context.close()
  }
}

/** The limit: the smallest static document the server has (the app icon), as a page, on the same profile. */
async function loadStaticDocument(browser: Browser, base: string): Promise<number> {
  const { context, page } = await throttledPage(browser)
  try {
    await page.goto(`${base}/app/icons/icon.svg`, { waitUntil: 'load' })
    return await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
      return navigation.loadEventEnd
    })
  } finally {
    await context.close()
  }
}

async function startKoers(dataDir: string, log: (message: string) => void): Promise<{ server: ServerProcess; base: string }> {
  const env = { KOERS_DATA_DIR: dataDir, KOERS_DEMO: 'false', KOERS_RATE_LIMIT_PER_MINUTE: '100000', KOERS_COOKIE_SECURE: 'false' }
  log(`making the organisation "${organisation}" in a fresh embedded database`)
  const seeded = await runCli(['seed', '--organisation', organisation, '--name', 'Werkplein Eerste Keer', '--clients', '0'], env)
  if (seeded.code !== 0) throw new Error(`koers seed failed (${seeded.code}):\n${seeded.output}`)
  const server = runKoers('server', [], { ...env, PORT: '0' })
  await server.ready
  const deadline = Date.now() + 15_000
  let port: string | undefined
  while (port === undefined && Date.now() < deadline) {
    port = /running at http:\/\/localhost:(\d+)/.exec(server.output())?.[1]
    if (port === undefined) await new Promise((resolve) => setTimeout(resolve, 50))
  }
  if (port === undefined) throw new Error(`Koers did not say its port:\n${server.output()}`)
  return { server, base: `http://127.0.0.1:${port}` }
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

export const clientFirstLoad: Benchmark = {
  name: 'client-first-load',
  description: 'the client app to a usable sign-in form on Slow 4G and 4× CPU slowdown, cold cache (median, ms; budget 3000)',
  async run(options) {
    if (options.db !== 'embedded') {
      throw new Error('client-first-load runs Koers on a fresh embedded database of its own (the first screen reads two small rows); run it with --db embedded')
    }
    assertBrowserTestPrerequisites()
    if (!fs.existsSync(path.join(webRoot, 'app', 'index.html'))) throw new Error('The client app is not built: run `npm run build:web` first.')
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-first-load-'))
    const { server, base } = await startKoers(dataDir, options.log)
    const browser = await launchChromium()
    try {
      options.log(
        `Slow 4G: ${(slow4g.downloadThroughput / 1000).toFixed(0)} kB/s down, ${(slow4g.uploadThroughput / 1000).toFixed(1)} kB/s up, ` +
          `${slow4g.latency} ms per request; CPU ${cpuSlowdown}× slower; ${runs} runs after one to warm up the server ` +
          `(machine: load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores)`,
      )
      await loadClientApp(browser, base)
      const loads: FirstLoad[] = []
      for (let run = 1; run <= runs; run++) {
        const load = await loadClientApp(browser, base)
        loads.push(load)
        options.log(`  app run ${run}: sign-in form usable after ${load.interactiveMs.toFixed(0)} ms (${load.requests} requests)`)
        const unhinted = load.api.filter((request) => request.initiator !== 'link')
        if (unhinted.length > 0) options.log(`  WARNING: not started by the page's preload hints: ${unhinted.map((r) => `${r.path} (${r.initiator})`).join(', ')}`)
      }
      await loadStaticDocument(browser, base)
      const statics: number[] = []
      for (let run = 1; run <= runs; run++) statics.push(await loadStaticDocument(browser, base))
      options.log(`  static document (the app icon, ${fs.statSync(path.join(webRoot, 'app', 'icons', 'icon.svg')).size} bytes): ${statics.map((ms) => ms.toFixed(0)).join(', ')} ms`)

      const times = loads.map((load) => load.interactiveMs)
      const value = percentile(times, 50)
      const worst = Math.max(...times)
      const limit = percentile(statics, 50)
      options.log(`interactive: median ${value.toFixed(0)} ms, worst ${worst.toFixed(0)} ms (budget ${interactiveBudgetMs} ms); static document: median ${limit.toFixed(0)} ms`)

      const scripts = loads[0]!.scripts
      const encoded = scripts.reduce((sum, script) => sum + script.encodedBytes, 0)
      const decoded = scripts.reduce((sum, script) => sum + script.decodedBytes, 0)
      for (const script of scripts) options.log(`  ${script.url}: ${kB(script.encodedBytes)} compressed, ${kB(script.decodedBytes)} uncompressed`)
      options.log(
        `JavaScript of the first screen: ${kB(encoded)} compressed (${kB(decoded)} uncompressed) in ${scripts.length} files; ` +
          `budget ${kB(javaScriptBudgetBytes)}: ${encoded <= javaScriptBudgetBytes ? 'within' : 'OVER'}`,
      )
      return {
        value,
        unit: 'ms',
        limit,
        budget: interactiveBudgetMs,
        details: { worst, runs: times, staticRuns: statics, javaScriptBytes: encoded, javaScriptBudgetBytes, javaScriptFiles: scripts.length },
      }
    } finally {
      await browser.close()
      server.child.kill('SIGTERM')
      await server.exited
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  },
}
