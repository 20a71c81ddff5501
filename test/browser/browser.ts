import fs from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { expect } from 'vitest'
import type { DemoCredential } from '../../src/server/demo/demoTenants.js'
import { webRoot } from '../../src/server/http/staticWeb.js'
import { createTestTenant, freshTotp, startTestApp, type TestApp } from '../support/testApp.js'
import { databasesUnderTest } from '../support/testDatabase.js'

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Browser tests need the built web apps (npm test builds them first) and Debian's Chromium. */
export function assertBrowserTestPrerequisites(): void {
  if (!fs.existsSync(`${webRoot}/index.html`)) throw new Error('The web apps are not built: run `npm run build` first.')
  if (!fs.existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath}: install it with apt-get install chromium.`)
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export interface BrowserTest {
  t: TestApp
  tenant: Awaited<ReturnType<typeof createTestTenant>>
  /** Where the app listens, as `http://localhost:…` (a secure context for the browser). */
  base: string
  browser: Browser
}

/**
 * What every browser test starts from: the app on the first database under test, listening on
 * loopback, one organisation, and Chromium. `env` sets the app's configuration.
 */
export async function startBrowserTest(env: Record<string, string> = {}): Promise<BrowserTest> {
  assertBrowserTestPrerequisites()
  const t = await startTestApp(databasesUnderTest()[0]!, env)
  try {
    const tenant = await createTestTenant(t.ctx)
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' })
    const browser = await launchChromium()
    return { t, tenant, base: address.replace('127.0.0.1', 'localhost'), browser }
  } catch (error) {
    // The caller never gets the app to close: close it here.
    await t.close()
    throw error
  }
}

/** Closes what `startBrowserTest` started (nothing when it failed: it cleans up after itself). */
export async function stopBrowserTest(test: Partial<BrowserTest>): Promise<void> {
  await test.browser?.close()
  await test.t?.close()
}

/** Fails on serious or critical accessibility violations (WCAG 2.x A and AA rules). */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

/** Signs a staff user in through the sign-in pages (password, then the TOTP code), as a person would. */
export async function signInWithBrowser(page: Page, base: string, slug: string, credential: DemoCredential): Promise<void> {
  await page.goto(base + '/')
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Inloggen')
  await page.getByLabel('Organisatie').selectOption(slug)
  await page.getByLabel('Gebruikersnaam').fill(credential.username)
  await page.getByLabel('Wachtwoord').fill(credential.password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Controlecode')
  await page.getByRole('textbox', { name: 'Controlecode' }).fill(await freshTotp(credential.totpSecret!))
  await page.keyboard.press('Enter')
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(credential.displayName)
}

/** A calendar date in Amsterdam, some months from today, as YYYY-MM-DD and as the pages show it. */
export function amsterdamDate(monthsFromToday: number): { iso: string; shown: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())
  const [year, month, day] = today.split('-').map(Number) as [number, number, number]
  const iso = new Date(Date.UTC(year, month - 1 + monthsFromToday, Math.min(day, 28))).toISOString().slice(0, 10)
  return { iso, shown: iso.split('-').reverse().join('-') }
}

/** For what waits on the server (the machine may be busy). */
export const slow = { timeout: 15_000 }

/** The page's main heading, as a person reads it first. */
export const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent()

/** A phone as the client app's users have one. */
export const phoneScreen = { locale: 'nl-NL', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }

/**
 * A phone with the app signed in: the device cookie as the server sets it (a __Host- cookie when
 * cookies are secure; a browser keeps those for localhost too) in a phone-sized context.
 */
export async function phoneWithApp(browser: Browser, device: { cookie: string }, secure: boolean): Promise<BrowserContext> {
  const separator = device.cookie.indexOf('=')
  const context = await browser.newContext(phoneScreen)
  await context.addCookies([{ name: device.cookie.slice(0, separator), value: device.cookie.slice(separator + 1), domain: 'localhost', path: '/', secure, httpOnly: true, sameSite: 'Strict' }])
  return context
}
