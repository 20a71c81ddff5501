import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInReadyMark } from '../../src/web/client/load-marks.js'
import type { TestApp } from '../support/testApp.js'
import { expectNoSeriousAxeViolations, startBrowserTest, stopBrowserTest, type BrowserTest } from './browser.js'

/**
 * What makes the client app's first load fast, checked in a real browser (its speed on a slow
 * connection is measured by `npm run bench -- client-first-load`): compressed scripts, the
 * page's hints for the first API answers used by the app's own requests, and the mark that
 * says when the sign-in form is usable.
 */
describe('the client app loads its first screen in one go', () => {
  let t: TestApp
  let browser: Browser
  let base: string
  let slug: string

  beforeAll(async () => {
    let tenant: BrowserTest['tenant']
    ;({ t, tenant, base, browser } = await startBrowserTest())
    slug = tenant.slug
  })
  afterAll(() => stopBrowserTest({ t, browser }))

  it('asks for the session, the house style and the added languages once each, gets compressed scripts, and marks the sign-in form ready', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' })
    const page = await context.newPage()
    const apiRequests: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.pathname.startsWith('/api/')) apiRequests.push(url.pathname)
    })
    await page.goto(`${base}/app/?organisation=${slug}`)
    await expect.poll(() => page.evaluate((mark) => performance.getEntriesByName(mark).length, signInReadyMark), { timeout: 15_000 }).toBe(1)
    const address = page.getByLabel('Mobiel nummer of e-mailadres')
    expect(await address.isVisible()).toBe(true)
    expect(await address.isEnabled()).toBe(true)

    // The page's hints started the three requests, and the app's own requests took their answers.
    expect(apiRequests.sort()).toEqual(['/api/v1/me/session', `/api/v1/organisations/${slug}/app-languages`, `/api/v1/organisations/${slug}/house-style`])
    const initiators = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry as PerformanceResourceTiming)
        .filter((entry) => new URL(entry.name).pathname.startsWith('/api/'))
        .map((entry) => entry.initiatorType),
    )
    expect(initiators).toEqual(['link', 'link', 'link'])

    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry as PerformanceResourceTiming)
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({ url: entry.name, encoded: entry.encodedBodySize, decoded: entry.decodedBodySize })),
    )
    const large = scripts.filter((script) => script.decoded > 1024)
    expect(large.length).toBeGreaterThan(1)
    for (const script of large) expect(script.encoded, script.url).toBeLessThan(script.decoded / 2)

    await expectNoSeriousAxeViolations(page)
    await context.close()
  })
})
