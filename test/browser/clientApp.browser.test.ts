import crypto from 'node:crypto'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deliverDueMessages } from '../../src/server/modules/messaging/delivery.js'
import { signIn, type TestApp, type TestClient } from '../support/testApp.js'
import { type BrowserTest, expectNoSeriousAxeViolations, heading, phoneScreen, signInWithBrowser, slow, startBrowserTest, stopBrowserTest } from './browser.js'

const phone = '06 24681357'

describe('a client signs in to the app on a phone, reads a message from the coach aloud and marks it read; the coach invites and revokes', () => {
  let t: TestApp
  let browser: Browser
  let base: string
  let tenant: BrowserTest['tenant']
  let coach: TestClient
  let clientId: string

  /** No provider is configured: messages land in the outbox viewer, where the coach can read them. */
  const deliver = () => deliverDueMessages(t.ctx, { email: null, sms: null, push: null })

  beforeAll(async () => {
    ;({ t, tenant, base, browser } = await startBrowserTest())
    coach = await signIn(t.app, tenant.slug, tenant.coach)
    // The organisation's own language, added by its admin: Tigrinya, right to left, one text translated.
    const admin = await signIn(t.app, tenant.slug, tenant.admin)
    const tigrinya = await admin.request('PUT', '/api/v1/app-languages/ti', { name: 'ትግርኛ', direction: 'rtl', texts: { 'clientApp.signIn.title': 'እቶ' } })
    expect(tigrinya.statusCode, tigrinya.body).toBe(201)
    const created = await coach.request('POST', '/api/v1/clients', { firstNames: 'Anna Maria', surname: 'de Wit', phone })
    expect(created.statusCode, created.body).toBe(201)
    clientId = created.json<{ id: string }>().id
  })
  afterAll(() => stopBrowserTest({ t, browser }))

  it('code by SMS (from the outbox), a message card read aloud and marked read, axe in nl and ar; invitation with QR and revocation by the coach', async () => {
    const context = await browser.newContext(phoneScreen)
    // Speech is the edge of the world: record what would be spoken instead of speaking.
    await context.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = []
      ;(window as unknown as { spoken: typeof spoken }).spoken = spoken
      window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
        spoken.push({ text: utterance.text, lang: utterance.lang })
      }
    })
    const page = await context.newPage()
    await page.goto(`${base}/app/?organisation=${tenant.slug}`)
    await expect.poll(() => heading(page), slow).toBe('Inloggen')
    expect(await page.getAttribute('html', 'dir')).toBe('ltr')
    await expectNoSeriousAxeViolations(page)
    await page.getByRole('button', { name: 'العربية' }).click()
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl')
    expect(await page.getAttribute('html', 'lang')).toBe('ar')
    await expect.poll(() => heading(page)).toBe('تسجيل الدخول')
    await expectNoSeriousAxeViolations(page)
    // Turkish arrives when chosen, left to right again.
    await page.getByRole('button', { name: 'Türkçe' }).click()
    await expect.poll(() => heading(page)).toBe('Giriş yapın')
    expect(await page.getAttribute('html', 'dir')).toBe('ltr')
    expect(await page.getAttribute('html', 'lang')).toBe('tr')
    // The organisation's own language follows the six: its translated text, Dutch for the rest.
    await page.getByRole('button', { name: 'ትግርኛ' }).click()
    await expect.poll(() => heading(page), slow).toBe('እቶ')
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    expect(await page.getAttribute('html', 'lang')).toBe('ti')
    await expect.poll(() => page.getByRole('button', { name: 'Stuur mij een code' }).count()).toBe(1)
    await page.getByRole('button', { name: 'Nederlands' }).click()
    await expect.poll(() => heading(page)).toBe('Inloggen')

    // A number Koers knows: the code arrives by SMS, through the outbox.
    await page.getByLabel('Mobiel nummer of e-mailadres').fill(phone)
    await page.getByRole('button', { name: 'Stuur mij een code' }).click()
    await expect.poll(() => heading(page), slow).toBe('Vul de code in')
    await expectNoSeriousAxeViolations(page)
    await deliver()
    // The outbox shows staff the SMS with the code hidden; the phone gets the code itself.
    const outbox = (await coach.request('GET', `/api/v1/clients/${clientId}/messages`)).json<{ messages: { channel: string; body: string }[] }>().messages
    expect(outbox.find((m) => m.channel === 'sms')!.body).toContain('••••••')
    const sent = await t.ctx.db.owner.query<{ code: string }>(
      "SELECT s.variables->>'code' AS code FROM message_sends s JOIN outbox_messages o ON o.send_id = s.id WHERE o.client_id = $1 AND o.channel = 'sms' ORDER BY s.created_at DESC LIMIT 1",
      [clientId],
    )
    const code = sent.rows[0]!.code

    // A wrong code first: a clear message, and the right one still works.
    await page.getByLabel('Code (6 cijfers)').fill(code === '123456' ? '654321' : '123456')
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click()
    await expect.poll(() => page.getByRole('alert').textContent(), slow).toContain('Deze code klopt niet')
    await page.getByLabel('Code (6 cijfers)').fill(code)
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click()
    await expect.poll(() => heading(page), slow).toBe('Hallo Anna')
    await expect.poll(() => page.getByText('U heeft nog geen berichten.').isVisible(), slow).toBe(true)

    // The coach sends a message; it reaches the app (the client now has it), not SMS.
    const editor = await signIn(t.app, tenant.slug, tenant.credentials.find((c) => c.roles.includes('editor') && c.totpSecret !== null)!)
    const template = await editor.request('POST', '/api/v1/message-templates', {
      name: 'Afspraak morgen',
      category: 'service',
      icon: 'calendar',
      texts: [{ language: 'nl', title: 'Afspraak morgen', body: 'Hoi {{ first_name }}. Morgen om 10 uur ben je bij ons. Neem je pas mee.' }],
    })
    expect(template.statusCode, template.body).toBe(201)
    const send = await coach.request('POST', '/api/v1/message-sends', { idempotencyKey: crypto.randomUUID(), templateId: template.json().id, target: { kind: 'clients', clientIds: [clientId] } })
    expect(send.statusCode, send.body).toBe(201)
    await deliver()

    await page.reload()
    const card = page.getByRole('article', { name: 'Afspraak morgen' })
    await expect.poll(() => card.isVisible(), slow).toBe(true)
    await expect.poll(() => card.textContent()).toContain('Hoi Anna. Morgen om 10 uur ben je bij ons.')
    expect(await card.textContent()).toContain('Nieuw')
    expect(await page.getByText('Nieuwe berichten: 1').isVisible()).toBe(true)
    await expectNoSeriousAxeViolations(page)

    await card.getByRole('button', { name: 'Voorlezen' }).click()
    const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken)
    expect(spoken).toEqual([{ text: 'Afspraak morgen. Hoi Anna. Morgen om 10 uur ben je bij ons. Neem je pas mee.', lang: 'nl-NL' }])

    await card.getByRole('button', { name: 'Ik heb het gelezen' }).click()
    await expect.poll(() => page.getByText('Nieuwe berichten: 0').isVisible(), slow).toBe(true)
    expect(await card.textContent()).not.toContain('Nieuw')
    const report = await coach.request('GET', `/api/v1/message-sends/${send.json<{ id: string }>().id}`)
    expect(report.json<{ counts: { opened: number } }>().counts.opened).toBe(1)

    // Right to left, in Arabic: the app's own words change, the coach's message stays Dutch.
    await page.getByRole('button', { name: 'العربية' }).click()
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl')
    await expect.poll(() => heading(page)).toBe('مرحباً Anna')
    expect(await card.getByRole('heading').getAttribute('lang')).toBe('nl')
    await expectNoSeriousAxeViolations(page)

    // "Mijn keuzes" in both languages; the client switches off news.
    await page.getByRole('link', { name: 'اختياراتي' }).click()
    await expect.poll(() => heading(page), slow).toBe('اختياراتي')
    await expect.poll(() => page.getByRole('button', { name: 'حفظ' }).isVisible(), slow).toBe(true)
    await expectNoSeriousAxeViolations(page)
    await page.getByRole('button', { name: 'Nederlands' }).click()
    await expect.poll(() => heading(page)).toBe('Mijn keuzes')
    await page.getByLabel('Nieuws').check()
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await expect.poll(() => page.getByText('Uw keuzes zijn opgeslagen.').isVisible(), slow).toBe(true)
    await expectNoSeriousAxeViolations(page)
    const preferences = (await coach.request('GET', `/api/v1/clients/${clientId}/messaging-preferences`)).json<{ optedOutCategories: string[]; updatedByClient: boolean }>()
    expect(preferences).toEqual(expect.objectContaining({ optedOutCategories: ['news'], updatedByClient: true }))

    // The coach invites from the client page (link by SMS and a QR code) and revokes the device.
    const staffContext = await browser.newContext({ locale: 'nl-NL' })
    const staffPage = await staffContext.newPage()
    await signInWithBrowser(staffPage, base, tenant.slug, tenant.coach)
    await staffPage.goto(`${base}/clients/${clientId}`)
    await expect.poll(() => heading(staffPage), slow).toBe('Anna Maria de Wit')
    await staffPage.getByRole('button', { name: 'App-uitnodiging' }).click()
    const invitation = staffPage.getByRole('dialog', { name: 'Uitnodiging voor de app' })
    await expect.poll(() => invitation.getByText('De link is per sms verstuurd.').isVisible(), slow).toBe(true)
    expect(await invitation.getByRole('img', { name: 'QR-code met de link naar de app' }).isVisible()).toBe(true)
    expect(await invitation.getByRole('link').textContent()).toContain(`/app/?organisation=${tenant.slug}`)
    await expectNoSeriousAxeViolations(staffPage)
    await invitation.getByRole('button', { name: 'Sluiten' }).click()

    await staffPage.getByRole('button', { name: 'Apparaten' }).click()
    const devices = staffPage.getByRole('dialog', { name: 'Apparaten met de app' })
    await expect.poll(() => devices.getByRole('row').count(), slow).toBe(2)
    expect(await devices.getByRole('row').nth(1).textContent()).toContain('Chrome')
    await expectNoSeriousAxeViolations(staffPage)
    await devices.getByRole('button', { name: 'Intrekken' }).click()
    await staffPage.getByRole('dialog', { name: 'Apparaat intrekken?' }).getByRole('button', { name: 'Intrekken' }).click()
    await expect.poll(() => devices.getByText('Het apparaat is ingetrokken.').isVisible(), slow).toBe(true)
    await expect.poll(() => devices.getByRole('row').nth(1).textContent(), slow).toContain('Ingetrokken op')
    await staffContext.close()

    // The revoked phone is signed out: the app asks to sign in again.
    await page.reload()
    await expect.poll(() => heading(page), slow).toBe('Inloggen')
    await context.close()
  })
})
