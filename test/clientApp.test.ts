import http from 'node:http'
import type { AddressInfo } from 'node:net'
import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createChannels, type Channels } from '../src/server/modules/messaging/channels/channels.js'
import { runPurgeExpiredSessions } from '../src/server/jobs/purgeExpiredSessions.js'
import { codeRequestAnswerMs } from '../src/server/modules/clientApp/signInCodes.js'
import { deliverDueMessages } from '../src/server/modules/messaging/delivery.js'
import { createTestTenant, signIn, startTestApp, TestClient, type TestApp } from './support/testApp.js'
import { databasesUnderTest } from './support/testDatabase.js'

/** A stand-in for MessageBird's SMS API on loopback: accepts every message and keeps it. */
async function startSmsProvider(accessKey: string) {
  const received: { recipients: string[]; body: string }[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      if (req.headers.authorization !== `AccessKey ${accessKey}`) return res.writeHead(401).end('{"errors":[{"code":2}]}')
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { recipients: string[]; body: string; reference: string }
      received.push(body)
      res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: crypto.randomBytes(16).toString('hex'), reference: body.reference }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    received,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const accessKey = 'test_access_key'
let phoneCounter = 0
/** A fresh Dutch mobile number per client, so each test has its own rate-limit budget. */
const newPhone = () => `06 ${String(20_000_000 + process.pid * 100 + ++phoneCounter).slice(-8)}`
const e164 = (phone: string) => `+31${phone.replace(/\D/g, '').slice(1)}`

describe.each(databasesUnderTest())('the client app on $name', (database) => {
  let t: TestApp
  let tenant: Awaited<ReturnType<typeof createTestTenant>>
  let coach: TestClient
  let editor: TestClient
  let sms: Awaited<ReturnType<typeof startSmsProvider>>
  let channels: Channels

  const deliver = () => deliverDueMessages(t.ctx, channels)
  const register = async (extra: Record<string, unknown>, firstNames = 'Anna') => {
    const response = await coach.request('POST', '/api/v1/clients', { firstNames, surname: 'Jansen', intakeDate: '2026-01-05', ...extra })
    expect(response.statusCode, response.body).toBe(201)
    return response.json<{ id: string }>().id
  }
  const askCode = (address: string, organisation = tenant.slug, ip = '198.51.100.7') =>
    t.app.inject({ method: 'POST', url: '/api/v1/me/sign-in-codes', payload: { organisation, address }, remoteAddress: ip })
  const smsTo = (phone: string) => sms.received.filter((m) => m.recipients.includes(e164(phone).slice(1)))
  /** The code as the SMS provider received it. */
  const codeFromSms = async (phone: string) => {
    await deliver()
    const last = smsTo(phone).at(-1)
    expect(last, `an SMS to ${phone}`).toBeDefined()
    return /\b(\d{6})\b/.exec(last!.body)![1]!
  }
  const signInWith = async (address: string, code: string, organisation = tenant.slug) => {
    const device = new TestClient(t.app)
    const response = await device.request('POST', '/api/v1/me/session', { organisation, address, code }, { 'user-agent': 'Mozilla/5.0 (Linux; Android 14) Chrome/130.0 Mobile Safari/537.36' })
    return { device, response }
  }
  const signedInClient = async (phone: string) => {
    expect((await askCode(phone)).statusCode).toBe(202)
    const { device, response } = await signInWith(phone, await codeFromSms(phone))
    expect(response.statusCode, response.body).toBe(200)
    return device
  }
  const owner = (text: string, values: unknown[] = []) => t.ctx.db.owner.query(text, values)

  beforeAll(async () => {
    sms = await startSmsProvider(accessKey)
    t = await startTestApp(database, {
      KOERS_PUBLIC_URL: 'https://koers.example',
      KOERS_SMS_PROVIDER: 'messagebird',
      KOERS_MESSAGEBIRD_URL: sms.url,
      KOERS_MESSAGEBIRD_ACCESS_KEY: accessKey,
      KOERS_MESSAGEBIRD_SIGNING_KEY: 'test_signing_key',
    })
    channels = createChannels(t.ctx.config.messaging)
    tenant = await createTestTenant(t.ctx, 2)
    coach = await signIn(t.app, tenant.slug, tenant.coach)
    editor = await signIn(t.app, tenant.slug, tenant.credentials.find((c) => c.roles.includes('editor') && c.totpSecret)!)
  })
  afterAll(async () => {
    await channels?.close()
    await t?.close()
    await sms?.close()
  })

  it('answers a code request for a known and an unknown number alike, and only the known one gets a code by SMS', async () => {
    const known = newPhone()
    const clientId = await register({ phone: known })
    const unknown = newPhone()
    const timed = async (address: string) => {
      const started = performance.now()
      const response = await askCode(address)
      return { response, ms: performance.now() - started }
    }
    const { response: a, ms: knownMs } = await timed(known)
    const { response: b, ms: unknownMs } = await timed(unknown)
    // Not sooner for an unknown number: how long the answer takes does not tell who is a client.
    expect(knownMs).toBeGreaterThanOrEqual(codeRequestAnswerMs)
    expect(unknownMs).toBeGreaterThanOrEqual(codeRequestAnswerMs)
    expect(a.statusCode).toBe(202)
    expect(b.statusCode).toBe(202)
    expect(b.body).toBe(a.body)
    expect(a.json()).toEqual({ channel: 'sms', expiresInMinutes: 10 })

    const code = await codeFromSms(known)
    expect(code).toMatch(/^\d{6}$/)
    expect(smsTo(unknown)).toHaveLength(0)
    // The code went through the outbox like every message to the client; what the coach sees there keeps the code hidden.
    const messages = (await coach.request('GET', `/api/v1/clients/${clientId}/messages`)).json<{ messages: { channel: string; status: string; body: string }[] }>().messages
    const shown = messages.find((m) => m.channel === 'sms' && m.status === 'sent')!
    expect(shown.body).toContain('••••••')
    expect(shown.body).not.toContain(code)

    // Audited, without the number itself.
    const audit = await owner(`SELECT actor_type, outcome, attributes::text AS attributes FROM audit_events WHERE tenant_id = $1 AND action = 'client-app.code-request'`, [tenant.id])
    expect(audit.rows.map((r) => `${r.actor_type}/${r.outcome}`).sort()).toEqual(['anonymous/failure', 'client/success'])
    for (const row of audit.rows) expect(row.attributes).not.toMatch(/\d{8}/)

    expect((await askCode('geen nummer')).statusCode).toBe(400)
  })

  it('signs a device in with the code: a long-lived strict cookie of its own; the same code twice is refused', async () => {
    const phone = newPhone()
    await register({ phone })
    expect((await askCode(phone)).statusCode).toBe(202)
    const code = await codeFromSms(phone)
    const { device, response } = await signInWith(phone, code)
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json()).toEqual(expect.objectContaining({ client: { firstName: 'Anna', preferredLanguage: 'nl' }, organisation: expect.objectContaining({ slug: tenant.slug }) }))
    const cookie = response.cookies.find((c) => c.name.endsWith('koers_client'))!
    expect(cookie).toEqual(expect.objectContaining({ httpOnly: true, sameSite: 'Strict', path: '/' }))
    expect(cookie.maxAge).toBeGreaterThan(30 * 24 * 3600)
    expect(response.cookies.some((c) => c.name.endsWith('koers_session'))).toBe(false)

    expect((await device.request('GET', '/api/v1/me/session')).statusCode).toBe(200)
    // The staff API does not open for a client's cookie.
    expect((await device.request('GET', '/api/v1/caseload')).statusCode).toBe(401)

    const again = await signInWith(phone, code)
    expect(again.response.statusCode).toBe(400)
    expect(again.response.json().code).toBe('code-invalid')
  })

  it('voids a code after five wrong tries, and refuses an expired one', async () => {
    const phone = newPhone()
    await register({ phone })
    await askCode(phone)
    const code = await codeFromSms(phone)
    const wrong = code === '000000' ? '111111' : '000000'
    for (let i = 0; i < 5; i += 1) expect((await signInWith(phone, wrong)).response.statusCode).toBe(400)
    expect((await signInWith(phone, code)).response.statusCode).toBe(400)

    const late = newPhone()
    await register({ phone: late })
    await askCode(late)
    const lateCode = await codeFromSms(late)
    // Eleven minutes pass.
    await owner(`UPDATE client_sign_in_codes SET expires_at = now() - interval '1 minute', created_at = now() - interval '11 minutes' WHERE tenant_id = $1 AND used_at IS NULL AND voided_at IS NULL`, [tenant.id])
    const expired = await signInWith(late, lateCode)
    expect(expired.response.statusCode).toBe(400)
    expect(expired.response.json().code).toBe('code-invalid')
  })

  it('limits codes per number (also an unknown one) and per network address', async () => {
    const phone = newPhone()
    await register({ phone })
    const unknown = newPhone()
    for (let i = 0; i < 3; i += 1) {
      expect((await askCode(phone, tenant.slug, '203.0.113.1')).statusCode).toBe(202)
      expect((await askCode(unknown, tenant.slug, '203.0.113.1')).statusCode).toBe(202)
    }
    const over = await askCode(phone, tenant.slug, '203.0.113.2')
    expect(over.statusCode).toBe(429)
    expect(over.json().code).toBe('too-many-codes')
    expect((await askCode(unknown, tenant.slug, '203.0.113.2')).statusCode).toBe(429)
    await deliver()
    expect(smsTo(phone)).toHaveLength(3)

    // One network address asking for many numbers is stopped too.
    const statuses: number[] = []
    for (let i = 0; i < 31; i += 1) statuses.push((await askCode(newPhone(), tenant.slug, '203.0.113.9')).statusCode)
    expect(statuses.slice(0, 30).every((s) => s === 202)).toBe(true)
    expect(statuses[30]).toBe(429)
  })

  it('forgets requests for a code after a day', async () => {
    const phone = newPhone()
    expect((await askCode(phone, tenant.slug, '203.0.113.20')).statusCode).toBe(202)
    const count = async () => (await owner('SELECT count(*)::int AS n FROM client_sign_in_requests WHERE tenant_id = $1', [tenant.id])).rows[0].n as number
    const before = await count()
    await owner("UPDATE client_sign_in_requests SET requested_at = now() - interval '25 hours' WHERE tenant_id = $1 AND ip_hash = (SELECT ip_hash FROM client_sign_in_requests WHERE tenant_id = $1 ORDER BY requested_at DESC LIMIT 1)", [tenant.id])
    await runPurgeExpiredSessions(t.ctx)
    expect(await count()).toBeLessThan(before)
  })

  it('shows a client only their own app messages; reading one counts as opened in the send report', async () => {
    const phone = newPhone()
    const anna = await register({ phone })
    const annaApp = await signedInClient(phone)
    const otherPhone = newPhone()
    await register({ phone: otherPhone }, 'Bram')
    const otherApp = await signedInClient(otherPhone)

    const template = await editor.request('POST', '/api/v1/message-templates', {
      name: `Afspraak ${crypto.randomUUID()}`,
      category: 'service',
      icon: 'calendar',
      texts: [{ language: 'nl', title: 'Afspraak morgen', body: 'Hoi {{ first_name }}, morgen om 10 uur ben je bij ons.' }],
    })
    expect(template.statusCode, template.body).toBe(201)
    const send = await coach.request('POST', '/api/v1/message-sends', { idempotencyKey: crypto.randomUUID(), templateId: template.json().id, target: { kind: 'clients', clientIds: [anna] } })
    expect(send.statusCode, send.body).toBe(201)
    const sendId = send.json<{ id: string }>().id
    await deliver()

    const inbox = await annaApp.request('GET', '/api/v1/me/messages')
    expect(inbox.statusCode, inbox.body).toBe(200)
    const { messages, unread } = inbox.json<{ messages: { id: string; title: string; body: string; icon: string; read: boolean }[]; unread: number }>()
    expect(unread).toBe(1)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toEqual(expect.objectContaining({ title: 'Afspraak morgen', body: 'Hoi Anna, morgen om 10 uur ben je bij ons.', icon: 'calendar', read: false }))
    // The app counts as having the app: no SMS went out for this message.
    expect(smsTo(phone).filter((m) => m.body.includes('morgen'))).toHaveLength(0)

    expect((await otherApp.request('GET', '/api/v1/me/messages')).json().messages).toEqual([])
    expect((await otherApp.request('POST', `/api/v1/me/messages/${messages[0]!.id}/read`)).statusCode).toBe(404)
    expect((await annaApp.request('POST', `/api/v1/me/messages/${messages[0]!.id}/read`, undefined, { 'x-csrf-token': 'wrong' })).statusCode).toBe(403)

    const before = (await coach.request('GET', `/api/v1/message-sends/${sendId}`)).json<{ counts: { opened: number } }>().counts.opened
    expect(before).toBe(0)
    expect((await annaApp.request('POST', `/api/v1/me/messages/${messages[0]!.id}/read`)).statusCode).toBe(204)
    const after = (await coach.request('GET', `/api/v1/message-sends/${sendId}`)).json<{ counts: { opened: number } }>().counts.opened
    expect(after).toBe(1)
    const reread = (await annaApp.request('GET', '/api/v1/me/messages')).json<{ messages: { read: boolean }[]; unread: number }>()
    expect(reread.unread).toBe(0)
    expect(reread.messages[0]!.read).toBe(true)
  })

  it('lets the client switch their own channels, noted as theirs on the timeline', async () => {
    const phone = newPhone()
    const clientId = await register({ phone })
    const app = await signedInClient(phone)
    const view = await app.request('GET', '/api/v1/me/messaging-preferences')
    expect(view.statusCode).toBe(200)
    expect(view.json()).toEqual(expect.objectContaining({ smsConsent: true, reachableOn: ['app'], updatedByClient: false }))
    const change = { smsConsent: false, emailConsent: true, pushConsent: true, optedOutCategories: ['news'], clickTracking: false }
    const saved = await app.request('PUT', '/api/v1/me/messaging-preferences', change)
    expect(saved.statusCode, saved.body).toBe(200)
    expect(saved.json()).toEqual(expect.objectContaining({ ...change, updatedByClient: true }))
    expect((await app.request('PUT', '/api/v1/me/messaging-preferences', { ...change, note: 'x' })).statusCode).toBe(400)

    const events = await owner(`SELECT data FROM client_events WHERE client_id = $1 AND kind = 'messaging.preferences-changed'`, [clientId])
    expect(events.rows).toEqual([{ data: expect.objectContaining({ byClient: true, smsConsent: false, optedOutCategories: ['news'] }) }])
  })

  it('stores a push subscription on the device, and answers 404 for the key when push is not set up', async () => {
    const phone = newPhone()
    const clientId = await register({ phone })
    const app = await signedInClient(phone)
    expect((await app.request('GET', '/api/v1/me/push-key')).statusCode).toBe(404)
    const subscription = { endpoint: 'https://push.example/send/abc', keys: { p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM', auth: 'tBHItJI5svbpez7KI4CCXg' } }
    expect((await app.request('PUT', '/api/v1/me/push-subscription', subscription)).statusCode).toBe(204)
    const devices = async () => (await coach.request('GET', `/api/v1/clients/${clientId}/devices`)).json<{ devices: { id: string; push: boolean; label: string | null; revokedAt: string | null }[] }>().devices
    expect(await devices()).toEqual([expect.objectContaining({ push: true, label: 'Chrome · Android', revokedAt: null })])
    expect((await app.request('DELETE', '/api/v1/me/push-subscription')).statusCode).toBe(204)
    expect((await devices())[0]!.push).toBe(false)
    expect((await app.request('PUT', '/api/v1/me/push-subscription', { ...subscription, endpoint: 'http://insecure.example' })).statusCode).toBe(400)
  })

  it('ends a device when the coach revokes it or the client signs out', async () => {
    const phone = newPhone()
    const clientId = await register({ phone })
    const first = await signedInClient(phone)
    const second = await signedInClient(phone)
    const devices = (await coach.request('GET', `/api/v1/clients/${clientId}/devices`)).json<{ devices: { id: string }[] }>().devices
    expect(devices).toHaveLength(2)
    const firstId = (await first.request('GET', '/api/v1/me/session')).json<{ deviceId: string }>().deviceId

    expect((await coach.request('POST', `/api/v1/clients/${clientId}/devices/${firstId}/revoke`)).statusCode).toBe(204)
    const refused = await first.request('GET', '/api/v1/me/messages')
    expect(refused.statusCode).toBe(401)
    expect((await second.request('GET', '/api/v1/me/messages')).statusCode).toBe(200)

    expect((await second.request('DELETE', '/api/v1/me/session')).statusCode).toBe(204)
    expect((await second.request('GET', '/api/v1/me/messages')).statusCode).toBe(401)
    const audit = await owner(`SELECT action, actor_type FROM audit_events WHERE tenant_id = $1 AND data_subject_id = $2 AND action IN ('client.app-device-revoke', 'client-app.sign-out', 'client-app.sign-in') ORDER BY occurred_at`, [tenant.id, clientId])
    expect(audit.rows).toEqual([
      { action: 'client-app.sign-in', actor_type: 'client' },
      { action: 'client-app.sign-in', actor_type: 'client' },
      { action: 'client.app-device-revoke', actor_type: 'user' },
      { action: 'client-app.sign-out', actor_type: 'client' },
    ])
  })

  it('invites a client with a link by SMS and a QR code of the same link', async () => {
    const phone = newPhone()
    const clientId = await register({ phone })
    const response = await coach.request('POST', `/api/v1/clients/${clientId}/app-invitation`)
    expect(response.statusCode, response.body).toBe(200)
    const invitation = response.json<{ link: string; qrCodeSvg: string; sentOn: string }>()
    expect(invitation.link).toBe(`https://koers.example/app/?organisation=${tenant.slug}`)
    expect(invitation.sentOn).toBe('sms')
    expect(invitation.qrCodeSvg).toMatch(/^<svg/)
    await deliver()
    expect(smsTo(phone).at(-1)!.body).toContain('Zet de app')
    const nobody = await register({})
    expect((await coach.request('POST', `/api/v1/clients/${nobody}/app-invitation`)).json().sentOn).toBeNull()
  })

  it('keeps organisations apart: a number of one is unknown to another, a device of one sees nothing of another', async () => {
    const phone = newPhone()
    await register({ phone })
    const app = await signedInClient(phone)
    const message = await owner(`SELECT o.id FROM outbox_messages o WHERE o.tenant_id = $1 LIMIT 1`, [tenant.id])

    const other = await createTestTenant(t.ctx, 1)
    const otherCoach = await signIn(t.app, other.slug, other.coach)
    const before = smsTo(phone).length
    expect((await askCode(phone, other.slug)).statusCode).toBe(202)
    await deliver()
    expect(smsTo(phone)).toHaveLength(before)

    const otherPhone = newPhone()
    expect((await otherCoach.request('POST', '/api/v1/clients', { firstNames: 'Kees', surname: 'Smit', phone: otherPhone })).statusCode).toBe(201)
    expect((await askCode(otherPhone, other.slug)).statusCode).toBe(202)
    const { device: otherApp, response } = await signInWith(otherPhone, await codeFromSms(otherPhone), other.slug)
    expect(response.statusCode).toBe(200)
    expect((await otherApp.request('POST', `/api/v1/me/messages/${message.rows[0]!.id}/read`)).statusCode).toBe(404)

    // A device cookie presented with another organisation's id opens nothing.
    const [name, value] = app.jar.header().cookie!.split('=') as [string, string]
    expect(name).toMatch(/koers_client$/)
    const forged = await t.app.inject({ method: 'GET', url: '/api/v1/me/messages', headers: { cookie: `${name}=${other.id}.${value.split('.')[1]!}` } })
    expect(forged.statusCode).toBe(401)
  })
})
