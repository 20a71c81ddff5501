import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, type TestApp } from '../support/testApp.js'
import { amsterdamDate, type BrowserTest, expectNoSeriousAxeViolations, signInWithBrowser, startBrowserTest, stopBrowserTest } from './browser.js'

describe('a coach finds a client and records on the client page', () => {
  let t: TestApp
  let browser: Browser
  let base: string
  let tenant: BrowserTest['tenant']
  const intake = amsterdamDate(-7)
  const benefitFrom = amsterdamDate(-6)
  const today = amsterdamDate(0)

  beforeAll(async () => {
    ;({ t, tenant, base, browser } = await startBrowserTest())
    const api = await signIn(t.app, tenant.slug, tenant.coach)
    const created = await api.request('POST', '/api/v1/clients', {
      firstNames: 'Anouk',
      tussenvoegsel: 'van den',
      surname: 'Berg',
      dateOfBirth: '1988-04-12',
      intakeDate: intake.iso,
    })
    expect(created.statusCode).toBe(201)
    const { id } = created.json<{ id: string }>()
    const status = await api.request('POST', `/api/v1/clients/${id}/statuses`, { statusCode: 'benefit', validFrom: benefitFrom.iso, regime: 'WW' })
    expect(status.statusCode).toBe(201)
    // A client of another team, without a coach: outside the coach's caseload and teams.
    const admin = await signIn(t.app, tenant.slug, tenant.admin)
    const team = await admin.request('POST', '/api/v1/teams', { name: 'Team Oost' })
    expect(team.statusCode).toBe(201)
    const elsewhere = await api.request('POST', '/api/v1/clients', {
      clientNumber: 'X123456',
      firstNames: 'Olga',
      surname: 'Buiten',
      teamId: team.json<{ id: string }>().id,
    })
    expect(elsewhere.statusCode).toBe(201)
    const handedOver = await api.request('PUT', `/api/v1/clients/${elsewhere.json<{ id: string }>().id}/assignment`, {
      teamId: team.json<{ id: string }>().id,
      coachId: null,
      reason: 'Verhuisd naar Oost',
    })
    expect(handedOver.statusCode).toBe(204)
  })
  afterAll(() => stopBrowserTest({ t, browser }))

  it('searches with a typo, opens the client, records a note and a status, sees both in the timeline, and opens a client outside the caseload with a reason', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    await signInWithBrowser(page, base, tenant.slug, tenant.coach)

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cliënten' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Cliënten')
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cliënten')
    await expect.poll(() => page.title()).toBe('Cliënten – Koers')
    await expectNoSeriousAxeViolations(page)

    await page.getByRole('searchbox', { name: 'Zoek op naam, klantnummer, BSN, geboortedatum of postcode' }).fill('anuk van den brg')
    await page.keyboard.press('Enter')
    const result = page.getByRole('link', { name: 'Berg, A. van den' })
    await expect.poll(() => result.isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'gevonden' }).textContent()).toContain('1 cliënt gevonden')
    await expectNoSeriousAxeViolations(page)
    await result.click()

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Anouk van den Berg')
    await expect.poll(() => page.title()).toBe('Anouk van den Berg – Koers')
    await expect.poll(() => page.getByText('6–12 maanden werkzoekend').isVisible()).toBe(true)
    await expect.poll(() => page.getByText('Uitkering – WW').isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('heading', { name: 'Voorgestelde acties' }).isVisible()).toBe(true)
    await expectNoSeriousAxeViolations(page)

    // A note: typed, saved, listed, and in the timeline.
    await page.getByRole('textbox', { name: 'Nieuwe notitie' }).fill('Belafspraak gemaakt voor volgende week.')
    await page.getByRole('button', { name: 'Notitie opslaan' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'De notitie is opgeslagen.' }).isVisible()).toBe(true)
    const timeline = page.getByRole('list', { name: 'Gebeurtenissen, nieuwste eerst' })
    await expect
      .poll(() => timeline.getByText(`${tenant.coach.displayName} schreef een notitie: “Belafspraak gemaakt voor volgende week.”`).isVisible())
      .toBe(true)

    // A status change: a new benefit period under another regime, from today.
    await page.getByText('Status vastleggen', { exact: true }).click()
    const statusForm = page.getByRole('form', { name: 'Status vastleggen' })
    await statusForm.getByLabel('Status', { exact: true }).selectOption({ label: 'Uitkering' })
    await statusForm.getByLabel('Geldt vanaf').fill(today.iso)
    await statusForm.getByLabel('Regeling').selectOption('Participatiewet')
    await statusForm.getByRole('button', { name: 'Status opslaan' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'De status is vastgelegd.' }).isVisible()).toBe(true)
    await expect.poll(() => page.getByText('Uitkering – Participatiewet').isVisible()).toBe(true)
    await expect
      .poll(() => timeline.getByText(`${tenant.coach.displayName} legde een status vast: Uitkering vanaf ${today.shown}`).isVisible())
      .toBe(true)
    const entries = await timeline.getByRole('listitem').allTextContents()
    expect(entries[0]).toContain('legde een status vast: Uitkering')
    expect(entries[1]).toContain('schreef een notitie')
    await expectNoSeriousAxeViolations(page)

    // A client outside the caseload: found by client number without a name, opened with a reason.
    await page.getByRole('link', { name: 'Terug naar cliënten zoeken' }).click()
    await page.getByRole('searchbox', { name: 'Zoek op naam, klantnummer, BSN, geboortedatum of postcode' }).fill('X123456')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByText('Buiten uw caseload').isVisible()).toBe(true)
    await page.getByRole('button', { name: 'Openen met reden (klantnummer X123456)' }).click()
    const dialog = page.getByRole('dialog', { name: 'Cliënt X123456 openen met een reden' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    await expectNoSeriousAxeViolations(page)
    await dialog.getByRole('textbox', { name: 'Reden' }).fill('kort')
    await dialog.getByRole('button', { name: 'Dossier openen' }).click()
    await expect.poll(() => dialog.getByRole('link', { name: 'Schrijf een reden van minstens 5 tekens.' }).isVisible()).toBe(true)
    await dialog.getByRole('textbox', { name: 'Reden' }).fill('Ik val in voor een zieke collega')
    await dialog.getByRole('button', { name: 'Dossier openen' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Olga Buiten')
    await expect
      .poll(() => timeline.getByText(`${tenant.coach.displayName} opende het dossier met een reden: “Ik val in voor een zieke collega”`).isVisible())
      .toBe(true)
    await context.close()
  })

  it('an administrator manages the client settings; the page passes axe', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    await signInWithBrowser(page, base, tenant.slug, tenant.admin)
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cliëntinstellingen' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Cliëntinstellingen')
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Statussen' }).isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('rowheader', { name: 'Uitkering' }).isVisible()).toBe(true)
    await expectNoSeriousAxeViolations(page)

    await page.getByRole('button', { name: 'Nieuwe competentie' }).click()
    const dialog = page.getByRole('dialog', { name: 'Nieuwe competentie' })
    await dialog.getByLabel('Naam in het Nederlands').fill('Klantgerichtheid')
    await dialog.getByLabel('Naam in het Engels').fill('Customer focus')
    await expect.poll(() => dialog.getByLabel('Code').inputValue()).toBe('klantgerichtheid')
    await expectNoSeriousAxeViolations(page)
    await dialog.getByRole('button', { name: 'Opslaan' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Klantgerichtheid is opgeslagen.' }).isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('rowheader', { name: 'Klantgerichtheid' }).isVisible()).toBe(true)
    await context.close()
  })
})
