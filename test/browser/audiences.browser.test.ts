import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, type TestApp } from '../support/testApp.js'
import { amsterdamDate, type BrowserTest, expectNoSeriousAxeViolations, signInWithBrowser, startBrowserTest, stopBrowserTest } from './browser.js'

describe('a communication officer builds an audience from conditions and sees who is in it as they go', () => {
  let t: TestApp
  let browser: Browser
  let base: string
  let tenant: BrowserTest['tenant']

  beforeAll(async () => {
    ;({ t, tenant, base, browser } = await startBrowserTest())
    const coach = await signIn(t.app, tenant.slug, tenant.coach)
    const register = async (firstNames: string, surname: string, monthsAgo: number, benefit: boolean) => {
      const created = await coach.request('POST', '/api/v1/clients', { firstNames, surname, intakeDate: amsterdamDate(-monthsAgo).iso })
      expect(created.statusCode).toBe(201)
      if (benefit) {
        const status = await coach.request('POST', `/api/v1/clients/${created.json<{ id: string }>().id}/statuses`, {
          statusCode: 'benefit',
          validFrom: amsterdamDate(-monthsAgo).iso,
          regime: 'Participatiewet',
        })
        expect(status.statusCode).toBe(201)
      }
    }
    await register('Anna', 'Bakker', 1, true)
    await register('Bram', 'Claassen', 8, true)
    await register('Cees', 'Dijkstra', 1, false)
  })
  afterAll(() => stopBrowserTest({ t, browser }))

  it('adds two conditions by keyboard and mouse, sees the count follow, and saves', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    const editor = tenant.credentials.find((c) => c.roles.includes('editor'))!
    await signInWithBrowser(page, base, tenant.slug, editor)

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Doelgroepen' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Doelgroepen')
    await page.getByRole('link', { name: 'Nieuwe doelgroep' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nieuwe doelgroep')
    const count = page.locator('.koers-audience-preview__count')
    // No conditions yet: everyone being guided.
    await expect.poll(() => count.textContent()).toBe('3 cliënten')

    // By keyboard: choose the kind, press the button with Enter; focus moves into the new condition.
    await page.getByLabel('Soort voorwaarde', { exact: true }).selectOption({ label: 'Status' })
    await page.getByLabel('Soort voorwaarde', { exact: true }).press('Tab')
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Voorwaarde toevoegen')
    await page.keyboard.press('Enter')
    const status = page.getByRole('combobox', { name: 'Status' })
    await expect.poll(() => status.evaluate((element) => element === document.activeElement)).toBe(true)
    await status.selectOption({ label: 'Uitkering' })
    await expect.poll(() => count.textContent()).toBe('2 cliënten')

    // By mouse: a second condition in the same group.
    await page.getByLabel('Soort voorwaarde', { exact: true }).first().selectOption({ label: 'Fase van werkloosheid' })
    await page.getByRole('button', { name: 'Voorwaarde toevoegen aan groep 1' }).click()
    await page.getByRole('checkbox', { name: '0–3 maanden werkzoekend' }).click()
    await expect.poll(() => count.textContent()).toBe('1 cliënt')
    const sample = page.getByRole('list', { name: 'Bijvoorbeeld' })
    await expect.poll(() => sample.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('Bakker, A.')])

    // NOT turns the phase around.
    const negate = page.getByRole('group', { name: 'Voorwaarde 2: Fase van werkloosheid' }).getByRole('checkbox', { name: /^Niet/ })
    await negate.check()
    await expect.poll(() => count.textContent()).toBe('1 cliënt')
    await expect.poll(() => sample.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('Claassen, B.')])
    await negate.uncheck()
    await expect.poll(() => count.textContent()).toBe('1 cliënt')
    await expectNoSeriousAxeViolations(page)

    await page.getByLabel('Naam van de doelgroep').fill('Nieuwe instroom met uitkering')
    await page.getByRole('button', { name: 'Doelgroep opslaan' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Doelgroep: Nieuwe instroom met uitkering')
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'opgeslagen' }).textContent()).toContain('is opgeslagen: 1 cliënt.')
    const send = page.getByRole('link', { name: 'Bericht sturen' })
    await expect.poll(() => send.getAttribute('href')).toMatch(/^\/messages\/new\?audience=[0-9a-f-]{36}$/)

    await page.getByRole('link', { name: 'Terug naar doelgroepen' }).click()
    const row = page.getByRole('row').filter({ hasText: 'Nieuwe instroom met uitkering' })
    await expect.poll(() => row.getByRole('cell').allTextContents()).toEqual(['Met voorwaarden', '1', expect.any(String), expect.stringContaining('Bericht sturen')])
    await expectNoSeriousAxeViolations(page)
    await context.close()
  })
})
