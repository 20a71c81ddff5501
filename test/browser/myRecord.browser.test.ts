import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signedInClientDevice, signIn, type TestApp, type TestClient } from '../support/testApp.js'
import { type BrowserTest, expectNoSeriousAxeViolations, heading, phoneWithApp, signInWithBrowser, slow, startBrowserTest, stopBrowserTest } from './browser.js'


describe('a client opens "Mijn gegevens" on a phone, sees the coach looked, adds something; the coach takes over a correction', () => {
  let t: TestApp
  let browser: Browser
  let base: string
  let tenant: BrowserTest['tenant']
  let coach: TestClient
  let clientId: string

  beforeAll(async () => {
    ;({ t, tenant, base, browser } = await startBrowserTest())
    coach = await signIn(t.app, tenant.slug, tenant.coach)
    const created = await coach.request('POST', '/api/v1/clients', { firstNames: 'Fatima', surname: 'El Amrani', phone: '06 12345678', city: 'Doetinchem' })
    expect(created.statusCode, created.body).toBe(201)
    clientId = created.json<{ id: string }>().id
    expect((await coach.request('POST', `/api/v1/clients/${clientId}/plan-goals`, { description: 'Werk in de zorg' })).statusCode).toBe(201)
    // The coach's visit that the client will see.
    expect((await coach.request('GET', `/api/v1/clients/${clientId}`)).statusCode).toBe(200)
  })
  afterAll(() => stopBrowserTest({ t, browser }))

  it('lists the coach’s visit, reads a section aloud, sends an addition and a correction; axe in nl and ar; the coach accepts the correction', async () => {
    const context = await phoneWithApp(browser, await signedInClientDevice(t, tenant.id, clientId), t.ctx.config.cookieSecure)
    // Speech is the edge of the world: record what would be spoken instead of speaking.
    await context.addInitScript(() => {
      const spoken: string[] = []
      ;(window as unknown as { spoken: string[] }).spoken = spoken
      window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
        spoken.push(utterance.text)
      }
    })
    const page = await context.newPage()
    await page.goto(`${base}/app/`)
    await expect.poll(() => heading(page), slow).toBe('Hallo Fatima')

    await page.getByRole('link', { name: 'Mijn gegevens' }).click()
    await expect.poll(() => heading(page), slow).toBe('Mijn gegevens')
    const views = page.getByRole('region', { name: 'Wie keek er in mijn gegevens?' })
    await expect.poll(() => views.getByRole('listitem').first().textContent(), slow).toContain(tenant.coach.displayName)
    expect(await views.getByRole('listitem').first().textContent()).toContain('Bekeken')
    expect(await page.getByRole('region', { name: 'Mijn plan' }).textContent()).toContain('Werk in de zorg')
    await expectNoSeriousAxeViolations(page)

    const aboutMe = page.getByRole('region', { name: 'Over mij' })
    await aboutMe.getByRole('button', { name: 'Voorlezen' }).click()
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)
    expect(spoken).toHaveLength(1)
    expect(spoken[0]).toMatch(/^Over mij\. /)
    expect(spoken[0]).toContain('Fatima El Amrani')

    // Something to add, in the client's own words.
    const add = page.getByRole('region', { name: 'Iets toevoegen of verbeteren' })
    await add.getByRole('button', { name: 'Versturen' }).click()
    await expect.poll(() => add.getByText('Schrijf eerst wat u wilt vertellen.').first().isVisible()).toBe(true)
    await add.getByLabel('Wat wilt u vertellen?').fill('Ik doe vrijwilligerswerk bij de voedselbank.')
    await add.getByRole('button', { name: 'Versturen' }).click()
    await expect.poll(() => add.getByText('Dank u. Uw coach ziet het nu.').isVisible(), slow).toBe(true)
    await expect.poll(() => add.getByRole('listitem').first().textContent(), slow).toContain('Ik doe vrijwilligerswerk bij de voedselbank.')

    // A new phone number: proposed to the coach, not applied yet.
    await add.getByLabel('Mijn adres, telefoon of e-mail verbeteren').check()
    await add.getByRole('textbox', { name: /^Telefoon/ }).fill('06 87654321')
    await add.getByRole('button', { name: 'Versturen' }).click()
    await expect.poll(() => add.getByText('Dank u. Uw coach kijkt ernaar.').isVisible(), slow).toBe(true)
    await expect.poll(() => add.getByRole('listitem').first().textContent(), slow).toContain('Uw coach kijkt ernaar')
    await expectNoSeriousAxeViolations(page)

    // Right to left, in Arabic.
    await page.getByRole('button', { name: 'العربية' }).click()
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl')
    await expectNoSeriousAxeViolations(page)
    await context.close()

    // The coach sees both on the client page, marked as the client's, and takes over the number.
    const staffContext = await browser.newContext({ locale: 'nl-NL' })
    const staffPage = await staffContext.newPage()
    await signInWithBrowser(staffPage, base, tenant.slug, tenant.coach)
    await staffPage.goto(`${base}/clients/${clientId}#client-profile`)
    await expect.poll(() => heading(staffPage), slow).toBe('Fatima El Amrani')
    const additions = staffPage.getByRole('region', { name: 'Aanvullingen van de cliënt' })
    await expect.poll(() => additions.getByRole('listitem').count(), slow).toBeGreaterThanOrEqual(2)
    expect(await additions.textContent()).toContain('Ik doe vrijwilligerswerk bij de voedselbank.')
    expect(await additions.textContent()).toContain('Telefoon: +31687654321')
    expect(await additions.getByText('Door cliënt toegevoegd').count()).toBe(2)
    await expectNoSeriousAxeViolations(staffPage)
    await additions.getByRole('button', { name: 'Overnemen' }).click()
    await expect.poll(() => staffPage.getByText('De gegevens zijn aangepast.').isVisible(), slow).toBe(true)
    await expect.poll(() => additions.textContent(), slow).toContain(`Overgenomen door ${tenant.coach.displayName}`)
    const page2 = (await coach.request('GET', `/api/v1/clients/${clientId}`)).json<{ client: { phone: string } }>()
    expect(page2.client.phone).toBe('+31687654321')
    await staffContext.close()
  }, 120_000)
})
