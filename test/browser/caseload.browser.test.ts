import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DemoCredential } from '../../src/server/demo/demoTenants.js'
import { signIn, type TestApp } from '../support/testApp.js'
import { amsterdamDate, type BrowserTest, expectNoSeriousAxeViolations, signInWithBrowser, startBrowserTest, stopBrowserTest } from './browser.js'

describe('a coach works from the caseload overview; a team lead and an administrator see theirs', () => {
  let t: TestApp
  let browser: Browser
  let base: string
  let tenant: BrowserTest['tenant']
  let colleague: DemoCredential

  beforeAll(async () => {
    ;({ t, tenant, base, browser } = await startBrowserTest())
    colleague = tenant.credentials.find((c) => c.roles.includes('coach') && c.username !== tenant.coach.username)!
    const api = await signIn(t.app, tenant.slug, tenant.coach)
    // In guidance for 8 months without any intervention: a warning, and no contact either.
    const old = await api.request('POST', '/api/v1/clients', {
      firstNames: 'Anouk',
      tussenvoegsel: 'van den',
      surname: 'Berg',
      dateOfBirth: '1988-04-12',
      intakeDate: amsterdamDate(-8).iso,
    })
    expect(old.statusCode).toBe(201)
    // In guidance for 2 months: only the "no contact" signal, whose next step is recording contact.
    const recent = await api.request('POST', '/api/v1/clients', {
      firstNames: 'Bram',
      tussenvoegsel: 'de',
      surname: 'Vries',
      dateOfBirth: '1995-09-30',
      intakeDate: amsterdamDate(-2).iso,
    })
    expect(recent.statusCode).toBe(201)
  })
  afterAll(() => stopBrowserTest({ t, browser }))

  it('shows signals and counts, records contact in one click, snoozes a signal with a reason', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    await signInWithBrowser(page, base, tenant.slug, tenant.coach)

    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' })
    await expect.poll(() => menu.getByRole('link').first().textContent()).toBe('Mijn caseload')
    await menu.getByRole('link', { name: 'Mijn caseload' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Mijn caseload')
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Mijn caseload')
    await expect.poll(() => page.title()).toBe('Mijn caseload – Koers')

    const anouk = page.getByRole('row').filter({ hasText: 'Berg, A. van den' })
    const bram = page.getByRole('row').filter({ hasText: 'Vries, B. de' })
    await expect.poll(() => anouk.getByText('Geen interventie geregistreerd, 6 maanden na instroom').isVisible()).toBe(true)
    await expect.poll(() => anouk.getByRole('link', { name: 'Interventie plannen (Berg, A. van den)' }).isVisible()).toBe(true)
    await expect.poll(() => bram.getByText('Al 6 weken geen contact').isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('button', { name: 'Geen interventie (1)' }).isVisible()).toBe(true)
    const noContact = page.getByRole('button', { name: 'Geen contact (2)' })
    await expect.poll(() => noContact.getAttribute('aria-pressed')).toBe('false')
    await expectNoSeriousAxeViolations(page)

    // A count filters the list, and says so.
    await page.getByRole('button', { name: 'Geen interventie (1)' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Geen interventie (1)' }).getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => bram.count()).toBe(0)
    await expect.poll(() => page.url()).toContain('signal=no_intervention_after_intake')
    await page.getByRole('button', { name: 'Geen interventie (1)' }).click()
    await expect.poll(() => bram.count()).toBe(1)

    // The one-click action: record contact, and the signal is gone.
    await page.getByRole('button', { name: 'Contact vastleggen (Vries, B. de)' }).click()
    const contact = page.getByRole('dialog', { name: 'Contact vastleggen' })
    await expect.poll(() => contact.isVisible()).toBe(true)
    await expectNoSeriousAxeViolations(page)
    await contact.getByLabel('Soort contact').selectOption({ label: 'Telefoon' })
    await contact.getByLabel('Korte samenvatting').fill('Gebeld over de sollicitatie bij de bakker.')
    await contact.getByRole('button', { name: 'Contact opslaan' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Het contact met Vries, B. de is vastgelegd.' }).isVisible()).toBe(true)
    await expect.poll(() => contact.isVisible()).toBe(false)
    await expect.poll(() => bram.getByText('Al 6 weken geen contact').count()).toBe(0)
    await expect.poll(() => bram.getByText('Vandaag').isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('button', { name: 'Geen contact (1)' }).isVisible()).toBe(true)

    // Putting a signal aside until a date, with a reason.
    await anouk.getByRole('button', { name: 'Uitstellen: Al 6 weken geen contact (Berg, A. van den)' }).click()
    const snooze = page.getByRole('dialog', { name: 'Signaal uitstellen' })
    await expect.poll(() => snooze.isVisible()).toBe(true)
    await snooze.getByRole('button', { name: 'Signaal uitstellen' }).click()
    await expect.poll(() => snooze.getByRole('link', { name: 'Vul de datum in tot wanneer u het signaal uitstelt.' }).isVisible()).toBe(true)
    await snooze.getByLabel('Uitstellen tot').fill(amsterdamDate(1).iso)
    await snooze.getByRole('textbox', { name: 'Reden' }).fill('Cliënt is een maand op vakantie.')
    await snooze.getByRole('button', { name: 'Signaal uitstellen' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'is uitgesteld tot' }).isVisible()).toBe(true)
    await expect.poll(() => anouk.getByText('Al 6 weken geen contact').count()).toBe(0)
    await expect.poll(() => page.getByRole('button', { name: /^Geen contact/ }).count()).toBe(0)
    await expect.poll(() => anouk.getByText('Geen interventie geregistreerd, 6 maanden na instroom').isVisible()).toBe(true)
    await expectNoSeriousAxeViolations(page)
    await context.close()
  })

  it('the team lead sees the team overview and moves a client to a colleague', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    await signInWithBrowser(page, base, tenant.slug, tenant.coach)
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Team', exact: true }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Team')
    await expect.poll(() => page.title()).toBe('Team – Koers')
    await expect.poll(() => page.getByRole('rowheader', { name: tenant.coach.displayName }).isVisible()).toBe(true)
    await expectNoSeriousAxeViolations(page)

    await page.getByRole('link', { name: `Caseload bekijken van ${tenant.coach.displayName}` }).click()
    await expect.poll(() => page.getByRole('heading', { level: 2, name: `Caseload van ${tenant.coach.displayName}` }).isVisible()).toBe(true)
    await page.getByRole('checkbox', { name: 'Vries, B. de kiezen' }).check()
    await page.getByLabel('Naar coach').selectOption({ label: colleague.displayName })
    await page.getByRole('textbox', { name: 'Reden' }).fill('Verdeling na herindeling van het team')
    await page.getByRole('button', { name: '1 cliënt verplaatsen' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: `1 cliënt is verplaatst naar ${colleague.displayName}.` }).isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('checkbox', { name: 'Vries, B. de kiezen' }).count()).toBe(0)
    await expectNoSeriousAxeViolations(page)
    await context.close()
  })

  it('a large caseload comes a page at a time; the counts cover all pages', async () => {
    const api = await signIn(t.app, tenant.slug, colleague)
    for (let i = 1; i <= 51; i++) {
      const created = await api.request('POST', '/api/v1/clients', { firstNames: 'Kees', surname: `Pagina${String(i).padStart(2, '0')}`, intakeDate: amsterdamDate(-2).iso })
      expect(created.statusCode).toBe(201)
    }
    const whole = (await api.request('GET', '/api/v1/caseload')).json<{ total: number; counts: Record<string, number> }>()
    const total = whole.total
    const noContact = `Geen contact (${String(whole.counts.no_contact)})`
    expect(total).toBeGreaterThan(50)
    expect(whole.counts.no_contact).toBeGreaterThan(50)

    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    await signInWithBrowser(page, base, tenant.slug, colleague)
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn caseload' }).click()
    await expect.poll(() => page.getByText(`Cliënten 1 tot en met 50 van ${total}`).isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('button', { name: noContact }).isVisible()).toBe(true)
    // The list sorted by name: the first page ends before the last of these clients.
    await page.goto(`${base}/caseload?sort=name`)
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Pagina01, K.' }).count()).toBe(1)
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Pagina51, K.' }).count()).toBe(0)
    const pages = page.getByRole('navigation', { name: "Pagina's van de lijst" })
    await expect.poll(() => pages.getByText('Pagina 1 van 2').isVisible()).toBe(true)
    await expectNoSeriousAxeViolations(page)

    await pages.getByRole('link', { name: 'Volgende pagina' }).click()
    await expect.poll(() => page.url()).toContain('page=2')
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Pagina51, K.' }).count()).toBe(1)
    await expect.poll(() => page.getByText(`Cliënten 51 tot en met ${total} van ${total}`).isVisible()).toBe(true)
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cliënten')
    await expect.poll(() => page.getByRole('button', { name: noContact }).isVisible()).toBe(true)

    // A filter starts again at the first page.
    await page.getByRole('button', { name: noContact }).click()
    await expect.poll(() => page.url()).not.toContain('page=2')
    await expect.poll(() => page.getByText(`Cliënten 1 tot en met 50 van ${String(whole.counts.no_contact)}`).isVisible()).toBe(true)
    await context.close()
  })

  it('an administrator tunes the signals; the page passes axe', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    await signInWithBrowser(page, base, tenant.slug, tenant.admin)
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signalen' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Signalen')
    const noContact = page.getByRole('region', { name: 'Geen contact' })
    await expect.poll(() => noContact.getByRole('switch', { name: 'Signaal staat aan' }).isChecked()).toBe(true)
    await expectNoSeriousAxeViolations(page)

    await noContact.getByRole('spinbutton', { name: 'Drempel in weken' }).fill('60')
    await noContact.getByRole('button', { name: 'Opslaan (Geen contact)' }).click()
    await expect.poll(() => noContact.getByRole('link', { name: 'Een heel getal van 1 tot en met 52 weken. Standaard is 6.' }).isVisible()).toBe(true)
    await noContact.getByRole('spinbutton', { name: 'Drempel in weken' }).fill('8')
    await noContact.getByRole('button', { name: 'Opslaan (Geen contact)' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Het signaal "Geen contact" is opgeslagen.' }).isVisible()).toBe(true)
    await expect.poll(() => noContact.getByText('Al 8 weken geen contact').isVisible()).toBe(true)
    await context.close()
  })
})
