import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshTotp, type TestApp } from '../support/testApp.js'
import { type BrowserTest, expectNoSeriousAxeViolations, startBrowserTest, stopBrowserTest } from './browser.js'

describe('a coach signs in with the browser', () => {
  let t: TestApp
  let browser: Browser
  let base: string
  let tenant: BrowserTest['tenant']

  beforeAll(async () => {
    ;({ t, tenant, base, browser } = await startBrowserTest())
  })
  afterAll(() => stopBrowserTest({ t, browser }))

  it('password, then the TOTP code, lands on home; switches language; passes axe', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    await page.goto(base + '/')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Inloggen')
    expect(await page.getAttribute('html', 'lang')).toBe('nl')
    await expectNoSeriousAxeViolations(page)

    await page.getByLabel('Organisatie').selectOption(tenant.slug)
    await page.getByLabel('Gebruikersnaam').fill(tenant.coach.username)
    await page.getByLabel('Wachtwoord').fill(tenant.coach.password)
    await page.getByRole('button', { name: 'Inloggen' }).click()

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Controlecode')
    await expectNoSeriousAxeViolations(page)
    // Keyboard only: the code field has focus or is reached by Tab, Enter submits.
    await page.getByRole('textbox', { name: 'Controlecode' }).fill(await freshTotp(tenant.coach.totpSecret!))
    await page.keyboard.press('Enter')

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(tenant.coach.displayName)
    await expect.poll(() => page.getByRole('main').isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('navigation').first().isVisible()).toBe(true)
    await expectNoSeriousAxeViolations(page)

    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en')
    await expect.poll(() => page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true)
    await expectNoSeriousAxeViolations(page)

    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in')
  })
})
