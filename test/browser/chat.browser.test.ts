import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signedInClientDevice, signIn, type TestApp } from '../support/testApp.js'
import { type BrowserTest, expectNoSeriousAxeViolations, heading, phoneWithApp, signInWithBrowser, slow, startBrowserTest, stopBrowserTest } from './browser.js'

/** For what waits on the server or the other browser (the machine may be busy). */
/** A real 1×1 PNG: a photo as far as the browser and the server's type check are concerned. */
const photo = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')

describe('a client on a phone and a coach at a desk chat in real time', () => {
  let t: TestApp
  let browser: Browser
  let base: string
  let tenant: BrowserTest['tenant']
  let clientId: string

  beforeAll(async () => {
    ;({ t, tenant, base, browser } = await startBrowserTest())
    const coach = await signIn(t.app, tenant.slug, tenant.coach)
    const created = await coach.request('POST', '/api/v1/clients', { firstNames: 'Noor', surname: 'Jansen' })
    expect(created.statusCode, created.body).toBe(201)
    clientId = created.json<{ id: string }>().id
  })
  afterAll(() => stopBrowserTest({ t, browser }))

  /** The phone, signed in as a correct one-time code would sign it in (that path has its own test). */
  async function phoneContext(): Promise<BrowserContext> {
    return phoneWithApp(browser, await signedInClientDevice(t, tenant.id, clientId), t.ctx.config.cookieSecure)
  }

  const storedCount = async (body: string) =>
    (await t.ctx.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM chat_messages WHERE client_id = $1 AND body = $2', [clientId, body])).rows[0]!.n

  it('an admin adds a quick reply; both ways with read marks and the quick reply; a photo; offline and back, once; a hand-over; axe in nl, ar and on the staff pages', async () => {
    // The admin keeps the organisation's quick replies.
    const office = await browser.newContext({ locale: 'nl-NL' })
    const admin = await office.newPage()
    await signInWithBrowser(admin, base, tenant.slug, tenant.admin)
    await admin.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Snelle antwoorden' }).click()
    await expect.poll(() => heading(admin)).toBe('Snelle antwoorden')
    await admin.getByLabel('Knoptekst').fill('Ik bel je terug')
    await admin.getByLabel('Tekst in de chat').fill('Ik bel je vandaag nog terug.')
    await admin.getByRole('button', { name: 'Toevoegen' }).click()
    await expect.poll(() => admin.getByRole('rowheader', { name: 'Ik bel je terug' }).isVisible(), slow).toBe(true)
    await expectNoSeriousAxeViolations(admin)
    await office.close()

    const phoneBrowser = await phoneContext()
    const phone = await phoneBrowser.newPage()
    // The push notification's address opens the chat.
    await phone.goto(`${base}/app/chat`)
    await expect.poll(() => heading(phone), slow).toBe('Chat')
    await expect.poll(() => phone.getByText(`${tenant.coach.displayName}, uw coach`).isVisible(), slow).toBe(true)
    await expect.poll(() => phone.getByText('Er zijn nog geen berichten.').isVisible(), slow).toBe(true)
    await expectNoSeriousAxeViolations(phone)

    const phoneMessages = phone.getByRole('list', { name: 'Berichten' })
    await phone.getByLabel('Uw bericht').fill('Hoi, ik ben ziek. Kan ik morgen later komen?')
    await phone.getByRole('button', { name: 'Versturen' }).click()
    await expect.poll(() => phoneMessages.getByRole('listitem').last().textContent(), slow).toContain('Verstuurd')

    // The coach: the menu counts the unread message, the inbox says who waits and why.
    const desk = await browser.newContext({ locale: 'nl-NL' })
    const coach = await desk.newPage()
    await signInWithBrowser(coach, base, tenant.slug, tenant.coach)
    const chatLink = coach.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /^Chat/ })
    await expect.poll(() => chatLink.textContent(), slow).toContain('1 ongelezen')
    await chatLink.click()
    await expect.poll(() => heading(coach)).toBe('Chat')
    const line = coach.getByRole('link', { name: /Noor Jansen/ })
    await expect.poll(() => line.textContent(), slow).toContain('wacht net')
    expect(await line.textContent()).toContain('Eigen caseload')
    await line.click()
    await expect.poll(() => coach.getByRole('heading', { name: 'Gesprek met Noor Jansen' }).isVisible(), slow).toBe(true)
    const coachMessages = coach.getByRole('list', { name: 'Berichten' })
    await expect.poll(() => coachMessages.textContent(), slow).toContain('Hoi, ik ben ziek.')
    // Opening it read it: the phone shows "Gelezen" without a reload.
    await expect.poll(() => phoneMessages.getByRole('listitem').last().textContent(), slow).toContain('Gelezen')
    await expectNoSeriousAxeViolations(coach)

    // A quick reply fills the box; Enter sends; the phone has it at once and reads it, the coach sees "Gelezen".
    await coach.getByRole('group', { name: 'Snelle antwoorden' }).getByRole('button', { name: 'Ik bel je terug' }).click()
    const composer = coach.getByRole('textbox', { name: 'Uw bericht' })
    expect(await composer.inputValue()).toBe('Ik bel je vandaag nog terug.')
    await composer.press('Enter')
    await expect.poll(() => phoneMessages.textContent(), slow).toContain('Ik bel je vandaag nog terug.')
    await expect.poll(() => coachMessages.getByRole('listitem').last().textContent(), slow).toContain('Gelezen')

    // A photo from the phone: checked, uploaded and shown to the coach in place.
    await phone.locator('input[type=file]').setInputFiles({ name: 'briefje.png', mimeType: 'image/png', buffer: photo })
    await expect.poll(() => coachMessages.getByRole('img', { name: 'Foto: briefje.png' }).isVisible(), slow).toBe(true)
    await phone.locator('input[type=file]').setInputFiles({ name: 'groot.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(5 * 1024 * 1024 + 1) })
    await expect.poll(() => phone.getByRole('alert').textContent()).toContain('Dit bestand is te groot.')

    // Offline: the message waits on the phone, and arrives once when the connection is back.
    await phoneBrowser.setOffline(true)
    await expect.poll(() => phone.getByText('Geen verbinding. Uw bericht wordt later verstuurd.').isVisible(), slow).toBe(true)
    await phone.getByLabel('Uw bericht').fill('Tot morgen.')
    await phone.getByRole('button', { name: 'Versturen' }).click()
    await expect.poll(() => phoneMessages.getByRole('listitem').last().textContent()).toContain('Wordt verstuurd')
    expect(await storedCount('Tot morgen.')).toBe(0)
    await phoneBrowser.setOffline(false)
    await expect.poll(() => coachMessages.textContent(), slow).toContain('Tot morgen.')
    await expect.poll(() => phoneMessages.getByRole('listitem').last().textContent(), slow).not.toContain('Wordt verstuurd')
    expect(await storedCount('Tot morgen.')).toBe(1)
    expect(await coachMessages.getByText('Tot morgen.').count()).toBe(1)
    expect(await phoneMessages.getByText('Tot morgen.').count()).toBe(1)

    // The coach is away: a colleague answers, and the app says who helps and until when.
    const colleague = tenant.credentials.find((c) => c.roles.includes('coach') && c.username !== tenant.coach.username)!
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())
    await coach.getByText('Afwezig? Draag uw chats over').click()
    await coach.getByLabel('Naar collega').selectOption({ label: colleague.displayName })
    await coach.getByLabel('Tot en met').fill(today)
    await coach.getByRole('button', { name: 'Chats overdragen' }).click()
    await expect.poll(() => coach.getByRole('button', { name: 'Ik ben terug' }).isVisible(), slow).toBe(true)
    await phone.reload()
    await expect.poll(() => phone.getByText(`${colleague.displayName} helpt u tot en met`).textContent(), slow).toContain(`${tenant.coach.displayName} is er niet.`)

    // Right to left, in Arabic.
    await phone.getByRole('button', { name: 'العربية' }).click()
    await expect.poll(() => phone.getAttribute('html', 'dir')).toBe('rtl')
    await expect.poll(() => heading(phone)).toBe('الدردشة')
    await expectNoSeriousAxeViolations(phone)

    await coach.getByRole('button', { name: 'Ik ben terug' }).click()
    await expect.poll(() => coach.getByText('Er lopen geen overdrachten.').isVisible(), slow).toBe(true)
    await desk.close()
    await phoneBrowser.close()
  })
})
