import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countSms } from '../../src/common/messaging/smsCount.js'
import type { DemoCredential } from '../../src/server/demo/demoTenants.js'
import { deliverDueMessages } from '../../src/server/modules/messaging/delivery.js'
import { signIn, type TestApp } from '../support/testApp.js'
import { type BrowserTest, expectNoSeriousAxeViolations, heading, signInWithBrowser, slow, startBrowserTest, stopBrowserTest } from './browser.js'

/** For what waits on the server: a send, a save, a preview (the machine may be busy). */

/**
 * As expectNoSeriousAxeViolations, for a page with the email preview: axe cannot run inside an
 * iframe without scripts (sandbox=""), which is how the preview keeps the email's HTML inert, so
 * it checks the page around it (legacy mode: one run in the top frame, not one per frame).
 */
async function expectNoSeriousAxeViolationsBesideTheEmail(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).options({ iframes: false }).setLegacyMode(true).analyze()
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

// A long, wordy sentence (24 words) for the plain-language check to point at.
const longSentence =
  'Tijdens deze bijeenkomst krijgt u informatie over de mogelijkheden van werkervaringsplaatsen bij verschillende werkgevers in de regio en over de ondersteuning die daarbij hoort.'
const smsText = 'Kom dinsdag 10 juni om 10.00 uur naar de banenmarkt in de bibliotheek. Neem je cv mee!'

describe('an editor writes a template and previews it; a coach sends it to one client and follows it', () => {
  let t: TestApp
  let browser: Browser
  let base: string
  let tenant: BrowserTest['tenant']
  let editor: DemoCredential
  let clientId: string

  beforeAll(async () => {
    ;({ t, tenant, base, browser } = await startBrowserTest())
    editor = tenant.credentials.find((c) => c.roles.includes('editor') && c.totpSecret !== null)!
    const coach = await signIn(t.app, tenant.slug, tenant.coach)
    // A client of the coach with a Dutch mobile number: reachable by SMS.
    const created = await coach.request('POST', '/api/v1/clients', {
      firstNames: 'Fenna',
      surname: 'Bosman',
      dateOfBirth: '1991-02-03',
      phone: '+31612345678',
    })
    expect(created.statusCode, created.body).toBe(201)
    clientId = created.json<{ id: string }>().id
    // The editor works with the coach's team, so the client is in the editor's scope for a preview.
    const session = await coach.request('GET', '/api/v1/session')
    const teamIds = session.json<{ user: { teams: { id: string }[] } }>().user.teams.map((team) => team.id)
    const admin = await signIn(t.app, tenant.slug, tenant.admin)
    const users = (await admin.request('GET', '/api/v1/users')).json<{ users: { id: string; username: string }[] }>().users
    const editorId = users.find((user) => user.username === editor.username)!.id
    expect((await admin.request('PATCH', `/api/v1/users/${editorId}`, { teamIds })).statusCode).toBe(200)
  })
  afterAll(() => stopBrowserTest({ t, browser }))

  it('writes a template with a variable, sees the SMS counter and the plain-language check, and previews it', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    await signInWithBrowser(page, base, tenant.slug, editor)

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Berichten' }).click()
    await expect.poll(() => heading(page)).toBe('Berichten')
    await page.getByRole('link', { name: 'Sjablonen' }).click()
    await expect.poll(() => heading(page)).toBe('Sjablonen')
    await expect.poll(() => page.getByText('Er zijn nog geen sjablonen.').isVisible()).toBe(true)
    await page.getByRole('link', { name: 'Nieuw sjabloon' }).click()
    await expect.poll(() => heading(page)).toBe('Nieuw sjabloon')
    await expectNoSeriousAxeViolations(page)

    // Saving an empty form names what is missing, linked to the fields.
    await page.getByRole('button', { name: 'Sjabloon opslaan' }).click()
    await expect.poll(() => page.getByRole('link', { name: 'Vul een naam in.' }).isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('link', { name: 'Kies de soort bericht.' }).isVisible()).toBe(true)

    await page.getByLabel('Naam van het sjabloon').fill('Afspraak op de banenmarkt')
    await page.getByRole('radio', { name: /^Dienstverlening/ }).check()
    await page.getByRole('radio', { name: 'Agenda' }).check()
    const dutch = page.getByRole('tabpanel', { name: 'Nederlands' })
    await dutch.getByLabel('Titel', { exact: true }).fill('Banenmarkt in de bibliotheek')
    const body = dutch.getByLabel('Bericht', { exact: true })
    await body.fill('Hoi ')
    // The variable goes where the cursor is.
    await dutch.getByRole('button', { name: 'Invoegen: {{ first_name }}' }).click()
    await expect.poll(() => body.inputValue()).toBe('Hoi {{ first_name }}')
    await body.press('End')
    await body.pressSequentially(',')
    await body.press('Enter')
    await body.pressSequentially(`Kom naar de banenmarkt. ${longSentence}`)
    await expect.poll(() => body.inputValue()).toBe(`Hoi {{ first_name }},\nKom naar de banenmarkt. ${longSentence}`)

    // The plain-language panel follows the typing and points at the long sentence.
    const plain = dutch.getByRole('region', { name: 'Eenvoudige taal', exact: true })
    await expect.poll(() => plain.getByText('Moeilijker dan B1').first().isVisible()).toBe(true)
    await expect.poll(() => plain.getByText('Lange zin: 24 woorden').isVisible()).toBe(true)
    await expect.poll(() => plain.getByText(longSentence).isVisible()).toBe(true)

    // The SMS counter counts as one types, as providers bill it.
    const sms = dutch.getByLabel('Tekst van de sms')
    await sms.fill(smsText)
    const count = countSms(smsText)
    expect(count).toEqual({ characters: smsText.length, segments: 1, encoding: 'gsm-7' })
    await expect.poll(() => dutch.getByTestId('sms-counter').textContent()).toBe(`${count.characters} tekens · 1 sms`)
    await sms.fill(`${smsText} Kosten: € 0.`.repeat(2))
    const longer = countSms(`${smsText} Kosten: € 0.`.repeat(2))
    expect(longer.segments).toBe(2)
    await expect.poll(() => dutch.getByTestId('sms-counter').textContent()).toBe(`${longer.characters} tekens · 2 sms'jes`)
    await sms.fill(smsText)
    await expectNoSeriousAxeViolations(page)

    await page.getByRole('button', { name: 'Sjabloon opslaan' }).click()
    await expect.poll(() => heading(page), slow).toBe('Afspraak op de banenmarkt')
    await expect.poll(() => page.getByText('Het sjabloon is opgeslagen.', { exact: false }).first().isVisible()).toBe(true)
    // The server's warnings after saving: the long sentence, in Dutch.
    await expect.poll(() => page.getByText('Een zin van 24 woorden. Maak de zin korter.').isVisible()).toBe(true)

    // The preview, for a client, on every channel.
    const preview = page.getByRole('region', { name: 'Voorbeeld', exact: true })
    await preview.getByLabel('Cliënt zoeken').fill('Bosman')
    await preview.getByRole('button', { name: 'Zoeken', exact: true }).click()
    await preview.getByRole('radio', { name: /^Bosman, F\./ }).check()
    await preview.getByRole('button', { name: 'Voorbeeld tonen' }).click()
    const result = page.getByRole('region', { name: 'Voorbeeld van het bericht', exact: true })
    await expect.poll(() => result.getByRole('article', { name: 'Bericht in de app' }).textContent(), slow).toContain('Hoi Fenna,')
    await expect.poll(() => result.getByText(smsText, { exact: true }).isVisible()).toBe(true)
    await expect.poll(() => result.getByText(`${count.characters} tekens · 1 sms`).isVisible()).toBe(true)
    const email = result.locator('iframe')
    await expect.poll(() => email.getAttribute('sandbox')).toBe('')
    await expect.poll(() => email.getAttribute('title')).toBe('E-mail: Banenmarkt in de bibliotheek')
    await expect.poll(() => page.frameLocator('iframe').getByText('Hoi Fenna,').isVisible()).toBe(true)
    await expectNoSeriousAxeViolationsBesideTheEmail(page)
    await context.close()
  }, 180_000)

  it('a coach sends it to one client after the confirmation, follows it in the report and the outbox, then uses the caseload selection and the channels panel', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    await signInWithBrowser(page, base, tenant.slug, tenant.coach)
    await page.goto(`${base}/clients/${clientId}`)
    await expect.poll(() => heading(page)).toBe('Fenna Bosman')
    // The client's channels: reachable by SMS.
    const channels = page.getByRole('region', { name: 'Kanalen', exact: true })
    await expect.poll(() => channels.getByText('Sms', { exact: true }).isVisible(), slow).toBe(true)
    await page.getByRole('link', { name: 'Bericht sturen' }).click()
    await expect.poll(() => heading(page)).toBe('Bericht sturen')
    await expect.poll(() => page.getByText('Het bericht gaat naar Fenna Bosman.').isVisible(), slow).toBe(true)
    await page.getByLabel('Sjabloon', { exact: true }).selectOption({ label: 'Afspraak op de banenmarkt (Dienstverlening)' })
    // A service message may go out during quiet hours when it is urgent; this one must go now.
    await page.getByRole('checkbox', { name: 'Dringend: ook in de stille uren versturen' }).check()
    await expectNoSeriousAxeViolations(page)

    await page.getByRole('button', { name: 'Verder' }).click()
    const dialog = page.getByRole('dialog', { name: 'Bericht versturen?' })
    await expect.poll(() => dialog.isVisible(), slow).toBe(true)
    await expect.poll(() => dialog.getByText('Dit bericht gaat naar 1 persoon: 1 per sms.').isVisible()).toBe(true)
    await expectNoSeriousAxeViolations(page)
    // A double click sends once.
    await dialog.getByRole('button', { name: 'Versturen' }).dblclick()

    await expect.poll(() => heading(page), slow).toBe('Afspraak op de banenmarkt')
    await expect.poll(() => page.getByText('Het bericht wordt verstuurd naar 1 persoon.').isVisible()).toBe(true)
    const reach = page.getByRole('region', { name: 'Bereik', exact: true })
    await expect.poll(() => reach.getByText('Bereikt').locator('xpath=..').textContent()).toBe('Bereikt1')
    const outbox = page.getByRole('region', { name: 'Berichten per ontvanger', exact: true })
    const row = outbox.getByRole('row').filter({ hasText: 'Fenna Bosman' })
    await expect.poll(() => row.count(), slow).toBe(1)
    await expect.poll(() => row.getByRole('cell', { name: 'Sms', exact: true }).isVisible()).toBe(true)
    await expect.poll(() => row.textContent()).toContain('In de wachtrij')

    // The delivery worker runs (no SMS provider configured: the message lands in the built-in outbox).
    expect(await deliverDueMessages(t.ctx, { email: null, sms: null, push: null })).toBe(1)
    await page.reload()
    await expect.poll(() => row.textContent(), slow).toContain(smsText)
    await expect.poll(() => row.textContent()).toContain('Verstuurd')
    await expect.poll(() => row.textContent()).toContain('geen sms-provider')
    await expectNoSeriousAxeViolations(page)

    // Filtering on a status the message does not have leaves nothing.
    await outbox.getByLabel('Status').selectOption({ label: 'Mislukt' })
    await outbox.getByRole('button', { name: 'Filteren' }).click()
    await expect.poll(() => outbox.getByText('Geen berichten met deze filters.').isVisible(), slow).toBe(true)

    // One send in the list, not two.
    await page.getByRole('link', { name: 'Terug naar berichten' }).click()
    await expect.poll(() => heading(page)).toBe('Berichten')
    const sends = page.getByRole('region', { name: 'Verstuurde en ingeplande berichten, nieuwste eerst' })
    await expect.poll(() => sends.getByRole('row').filter({ hasText: 'Afspraak op de banenmarkt' }).count()).toBe(1)

    // From the caseload: choose clients with the checkboxes, then send to the selection.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn caseload' }).click()
    await expect.poll(() => heading(page)).toBe('Mijn caseload')
    await expect.poll(() => page.getByText('Kies eerst cliënten met de vakjes in de tabel.').isVisible(), slow).toBe(true)
    await page.getByRole('checkbox', { name: 'Bosman, F. kiezen' }).check()
    await page.getByRole('link', { name: 'Bericht sturen aan selectie (1 cliënt)' }).click()
    await expect.poll(() => heading(page)).toBe('Bericht sturen')
    await expect.poll(() => page.getByRole('radio', { name: 'De gekozen cliënt (1)' }).isChecked()).toBe(true)
    await expect.poll(() => page.url()).toContain(`clients=${clientId}`)

    // The client no longer wants text messages: the coach records it, with a note, on the client page.
    await page.goto(`${base}/clients/${clientId}#client-channels`)
    await expect.poll(() => heading(page), slow).toBe('Fenna Bosman')
    await channels.getByText('Kanalen wijzigen').click()
    await channels.getByRole('checkbox', { name: 'Toestemming voor sms' }).uncheck()
    await channels.getByRole('button', { name: 'Kanalen opslaan' }).click()
    await expect.poll(() => channels.getByRole('link', { name: 'Schrijf op waarom u dit wijzigt, minstens 5 tekens.' }).isVisible()).toBe(true)
    await expectNoSeriousAxeViolations(page)
    await channels.getByLabel('Waarom wijzigt u dit?').fill('Cliënt belde: liever geen sms meer.')
    await channels.getByRole('button', { name: 'Kanalen opslaan' }).click()
    await expect.poll(() => channels.getByText('De kanalen zijn opgeslagen.').isVisible(), slow).toBe(true)
    await expect.poll(() => channels.getByText(/^Niet bereikbaar/).isVisible()).toBe(true)
    // The message sent before shows under "Berichten".
    const messages = page.getByRole('region', { name: 'Berichten', exact: true })
    await expect.poll(() => messages.getByRole('row').filter({ hasText: smsText }).count(), slow).toBe(1)
    await context.close()
  }, 180_000)

  it('an administrator sets an extra language and sees the dead letters; the editor then gets a tab for it', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    await signInWithBrowser(page, base, tenant.slug, tenant.admin)
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Berichten' }).click()
    await page.getByRole('link', { name: 'Instellingen voor berichten' }).click()
    await expect.poll(() => heading(page)).toBe('Instellingen voor berichten')
    await page.getByLabel('Maximum aantal berichten per persoon per week').fill('80')
    await page.getByLabel('Extra talen').fill('ar, tr')
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click()
    await expect.poll(() => page.getByRole('link', { name: 'Vul een heel getal in van 1 tot en met 50.' }).isVisible()).toBe(true)
    await expectNoSeriousAxeViolations(page)
    await page.getByLabel('Maximum aantal berichten per persoon per week').fill('4')
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'De instellingen zijn opgeslagen.' }).isVisible(), slow).toBe(true)

    await page.getByRole('link', { name: 'Terug naar berichten' }).click()
    await page.getByRole('link', { name: 'Niet bezorgde berichten' }).click()
    await expect.poll(() => heading(page)).toBe('Niet bezorgde berichten')
    await expect.poll(() => page.getByText('Er zijn geen niet bezorgde berichten.').isVisible(), slow).toBe(true)
    await expectNoSeriousAxeViolations(page)
    await context.close()

    const editorContext = await browser.newContext({ locale: 'nl-NL' })
    const editorPage = await editorContext.newPage()
    await signInWithBrowser(editorPage, base, tenant.slug, editor)
    await editorPage.goto(`${base}/messages/templates/new`)
    await expect.poll(() => heading(editorPage)).toBe('Nieuw sjabloon')
    const tabs = editorPage.getByRole('tablist', { name: 'Talen' })
    await expect.poll(() => tabs.getByRole('tab').allTextContents(), slow).toEqual(['Nederlands', 'Engels (nog leeg)', 'Arabisch (nog leeg)', 'Turks (nog leeg)'])
    // Arrow keys move between the tabs.
    await tabs.getByRole('tab', { name: 'Nederlands' }).focus()
    await editorPage.keyboard.press('ArrowLeft')
    await expect.poll(() => tabs.getByRole('tab', { name: /^Turks/ }).getAttribute('aria-selected')).toBe('true')
    await expect.poll(() => editorPage.getByRole('tabpanel', { name: /^Turks/ }).getByLabel(/^Titel/).isVisible()).toBe(true)
    await editorContext.close()
  }, 180_000)
})
