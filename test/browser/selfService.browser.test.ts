import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays } from '../../src/server/modules/attendance/scheduledDays.js'
import { todayInAmsterdam } from '../../src/server/modules/clients/dutchFormats.js'
import { signedInClientDevice, signIn, type TestApp, type TestClient } from '../support/testApp.js'
import { expectNoSeriousAxeViolations, heading, phoneWithApp, signInWithBrowser, slow, startBrowserTest, stopBrowserTest, type BrowserTest } from './browser.js'

const pixelPng = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='

describe('a client on a phone finds their coach and where to be, asks for leave (and withdraws it) and reports sick in two taps; the coach sees it', () => {
  let t: TestApp
  let browser: Browser
  let base: string
  let tenant: BrowserTest['tenant']
  let coach: TestClient
  let coachName: string
  let clientId: string
  const today = todayInAmsterdam()

  beforeAll(async () => {
    // Plain cookie names: the phone's session is handed to the browser directly, over http on localhost.
    ;({ t, tenant, base, browser } = await startBrowserTest({ KOERS_COOKIE_SECURE: 'false' }))
    coach = await signIn(t.app, tenant.slug, tenant.coach)
    const session = (await coach.request('GET', '/api/v1/session')).json<{ user: { id: string; displayName: string } }>()
    coachName = session.user.displayName
    expect((await coach.request('PUT', `/api/v1/users/${session.user.id}/contact-card`, { phone: '06 12345678', availability: 'Maandag tot en met donderdag, 9.00 tot 17.00 uur' })).statusCode).toBe(200)
    expect((await coach.request('PUT', `/api/v1/users/${session.user.id}/photo`, { photo: pixelPng })).statusCode).toBe(200)
    const created = await coach.request('POST', '/api/v1/clients', { firstNames: 'Daan', surname: 'Bakker' })
    expect(created.statusCode, created.body).toBe(201)
    clientId = created.json<{ id: string }>().id
    const schedule = await coach.request('POST', `/api/v1/clients/${clientId}/attendance-schedules`, {
      location: 'Werkleercentrum Noord',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      startsAt: '08:30',
      endsAt: '16:00',
      validFrom: today,
      address: 'Industrieweg 12, Groningen',
      activity: 'Inpakken in de kas',
      whatToBring: 'Je pasje en een lunch',
      whatToWear: 'Werkschoenen',
    })
    expect(schedule.statusCode, schedule.body).toBe(201)
  })
  afterAll(() => stopBrowserTest({ t, browser }))

  it('Mijn coach, Waar moet ik zijn?, Verlof and Ziek melden in nl and ar, axe-clean; the coach reads the notification and approves the leave', async () => {
    const context = await phoneWithApp(browser, await signedInClientDevice(t, tenant.id, clientId), t.ctx.config.cookieSecure)
    const page = await context.newPage()
    await page.goto(`${base}/app/`)
    await expect.poll(() => heading(page), slow).toBe('Hallo Daan')
    let menu = page.getByRole('navigation', { name: 'Menu' })
    const open = async (link: string, title: string) => {
      await menu.getByRole('link', { name: link }).click()
      await expect.poll(() => heading(page), slow).toBe(title)
    }

    // Mijn coach: name, photo, a button to call, when to call.
    await open('Mijn coach', 'Mijn coach')
    const card = page.getByRole('article', { name: coachName })
    await expect.poll(() => card.isVisible(), slow).toBe(true)
    expect(await card.getByRole('img', { name: `Foto van ${coachName}` }).isVisible()).toBe(true)
    expect(await card.getByRole('link', { name: /^Bel / }).getAttribute('href')).toBe('tel:+31612345678')
    expect(await card.textContent()).toContain('Bereikbaar: Maandag tot en met donderdag, 9.00 tot 17.00 uur')
    await expectNoSeriousAxeViolations(page)

    // Waar moet ik zijn?: today's card with the place, what to bring and what to wear.
    await open('Waar moet ik zijn?', 'Waar moet ik zijn?')
    const todayCard = page.getByRole('article', { name: 'Vandaag' })
    await expect.poll(() => todayCard.isVisible(), slow).toBe(true)
    const todayText = await todayCard.textContent()
    for (const words of ['8.30 tot 16.00 uur', 'Industrieweg 12, Groningen', 'Neem mee: Je pasje en een lunch', 'Trek aan: Werkschoenen']) expect(todayText).toContain(words)
    await expectNoSeriousAxeViolations(page)

    // Verlof: one day, the day after tomorrow.
    await open('Verlof', 'Verlof aanvragen')
    await page.getByLabel('Eerste dag').fill(addDays(today, 2))
    await page.getByRole('button', { name: 'Verlof aanvragen' }).click()
    await expect.poll(() => page.getByText('Uw vraag is verstuurd.').isVisible(), slow).toBe(true)
    expect(await page.getByText(`${coachName} kijkt ernaar.`).isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('article').first().textContent(), slow).toContain('Gevraagd')
    await expectNoSeriousAxeViolations(page)

    // Ziek melden: two taps, then the confirmation naming the coach.
    await open('Ziek melden', 'Ziek melden')
    await page.getByRole('button', { name: 'Ik ben ziek' }).click()
    await page.getByRole('button', { name: 'Ja, ik ben ziek' }).click()
    const confirmation = page.getByRole('status').filter({ hasText: 'U bent ziek gemeld.' })
    await expect.poll(() => confirmation.isVisible(), slow).toBe(true)
    expect(await confirmation.textContent()).toContain(`${coachName} weet het nu.`)
    await expect.poll(() => page.getByRole('button', { name: 'Ik ben weer beter' }).isVisible(), slow).toBe(true)
    await expectNoSeriousAxeViolations(page)

    // Right to left: every new screen stays accessible.
    await page.getByRole('button', { name: 'العربية' }).click()
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl')
    expect(await page.getAttribute('html', 'lang')).toBe('ar')
    menu = page.getByRole('navigation', { name: 'القائمة' })
    for (const [link, title] of [['مرشدي', 'مرشدي'], ['أين يجب أن أكون؟', 'أين يجب أن أكون؟'], ['الإجازة', 'طلب إجازة'], ['الإبلاغ عن المرض', 'الإبلاغ عن المرض']] as const) {
      await open(link, title)
      await expect.poll(() => page.getByText(/أوقات التواصل|اليوم|طلباتي|مسجل مريضاً/).first().isVisible(), slow).toBe(true)
      await expectNoSeriousAxeViolations(page)
    }
    await context.close()

    // The coach: the notification on the start page, then the leave on the client page.
    const staffContext = await browser.newContext({ locale: 'nl-NL' })
    const staffPage = await staffContext.newPage()
    await signInWithBrowser(staffPage, base, tenant.slug, tenant.coach)
    const notifications = staffPage.getByRole('region', { name: 'Meldingen' })
    await expect.poll(() => notifications.getByText('Daan Bakker heeft zich ziek gemeld in de app').isVisible(), slow).toBe(true)
    expect(await notifications.getByText('Daan Bakker vraagt verlof').isVisible()).toBe(true)
    await expectNoSeriousAxeViolations(staffPage)
    await notifications.getByRole('link', { name: 'Open Daan Bakker' }).first().click()
    await expect.poll(() => heading(staffPage), slow).toBe('Daan Bakker')
    const leave = staffPage.getByRole('region', { name: 'Verlofaanvragen uit de app' })
    await leave.getByLabel('Toelichting voor de cliënt').fill('Veel plezier!')
    await leave.getByRole('button', { name: 'Goedkeuren' }).click()
    await expect.poll(() => leave.getByText('Het verlof is goedgekeurd.').isVisible(), slow).toBe(true)
    await expect.poll(() => leave.textContent(), slow).toContain('Goedgekeurd')
    await expectNoSeriousAxeViolations(staffPage)

    // Mijn contactkaart, from the header.
    await staffPage.getByRole('link', { name: 'Mijn contactkaart' }).click()
    await expect.poll(() => heading(staffPage), slow).toBe('Mijn contactkaart')
    await expect.poll(() => staffPage.getByLabel('Telefoonnummer').inputValue(), slow).toBe('+31612345678')
    await expectNoSeriousAxeViolations(staffPage)
    await staffContext.close()
  })

  it('the client withdraws approved leave after one question, axe-clean; the coach sees it withdrawn by the client', async () => {
    const created = await coach.request('POST', '/api/v1/clients', { firstNames: 'Eva', surname: 'Visser' })
    expect(created.statusCode, created.body).toBe(201)
    const evaId = created.json<{ id: string }>().id
    const schedule = await coach.request('POST', `/api/v1/clients/${evaId}/attendance-schedules`, { location: 'Werkleercentrum Noord', weekdays: [1, 2, 3, 4, 5, 6, 7], startsAt: '08:30', endsAt: '16:00', validFrom: today })
    expect(schedule.statusCode, schedule.body).toBe(201)
    const device = await signedInClientDevice(t, tenant.id, evaId)
    const asked = await device.request('POST', '/api/v1/me/leave-requests', { firstDay: addDays(today, 3) })
    expect(asked.statusCode, asked.body).toBe(201)
    const leaveRequestId = asked.json<{ leaveRequest: { id: string } }>().leaveRequest.id
    expect((await coach.request('POST', `/api/v1/clients/${evaId}/leave-requests/${leaveRequestId}/decision`, { decision: 'approved' })).statusCode).toBe(200)

    const context = await phoneWithApp(browser, device, t.ctx.config.cookieSecure)
    const page = await context.newPage()
    await page.goto(`${base}/app/`)
    await expect.poll(() => heading(page), slow).toBe('Hallo Eva')
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Verlof' }).click()
    await expect.poll(() => heading(page), slow).toBe('Verlof aanvragen')
    const card = page.getByRole('article').filter({ hasText: 'Goedgekeurd' })
    await expect.poll(() => card.isVisible(), slow).toBe(true)
    await card.getByRole('button', { name: 'Intrekken' }).click()
    expect(await card.getByText('Wilt u deze aanvraag intrekken?').isVisible()).toBe(true)
    await expectNoSeriousAxeViolations(page)
    await card.getByRole('button', { name: 'Ja, intrekken' }).click()
    const confirmation = page.getByRole('status').filter({ hasText: 'Uw aanvraag is ingetrokken.' })
    await expect.poll(() => confirmation.isVisible(), slow).toBe(true)
    expect(await confirmation.textContent()).toContain(`${coachName} weet het nu.`)
    const withdrawn = page.getByRole('article').filter({ hasText: 'Ingetrokken' })
    expect(await withdrawn.getByRole('button', { name: 'Intrekken' }).count()).toBe(0)
    await expectNoSeriousAxeViolations(page)

    // The screen has its address: it survives a reload, and the phone's back button returns home.
    expect(new URL(page.url()).hash).toBe('#verlof')
    await page.reload()
    await expect.poll(() => heading(page), slow).toBe('Verlof aanvragen')
    await expect.poll(() => page.getByRole('article').filter({ hasText: 'Ingetrokken' }).isVisible(), slow).toBe(true)
    await page.goBack()
    await expect.poll(() => heading(page), slow).toBe('Hallo Eva')
    await page.goForward()
    await expect.poll(() => heading(page), slow).toBe('Verlof aanvragen')
    await context.close()

    const staffContext = await browser.newContext({ locale: 'nl-NL' })
    const staffPage = await staffContext.newPage()
    await signInWithBrowser(staffPage, base, tenant.slug, tenant.coach)
    await staffPage.goto(`${base}/clients/${evaId}`)
    await expect.poll(() => heading(staffPage), slow).toBe('Eva Visser')
    const leave = staffPage.getByRole('region', { name: 'Verlofaanvragen uit de app' })
    await expect.poll(() => leave.textContent(), slow).toContain('Ingetrokken door cliënt')
    expect(await leave.getByRole('button', { name: 'Goedkeuren' }).count()).toBe(0)
    await expectNoSeriousAxeViolations(staffPage)
    await staffContext.close()
  })
})
