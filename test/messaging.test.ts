import http from 'node:http'
import type { AddressInfo } from 'node:net'
import crypto from 'node:crypto'
import jwt from 'jsonwebtoken'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createChannels } from '../src/server/modules/messaging/channels/channels.js'
import { deliverDueMessages, type DeliveryChannels } from '../src/server/modules/messaging/delivery.js'
import { materialiseDueSends } from '../src/server/modules/messaging/deliveryLoop.js'
import { createTestTenant, signIn, startTestApp, type TestApp, type TestClient } from './support/testApp.js'
import { databasesUnderTest } from './support/testDatabase.js'

/** A real SMTP server that keeps what it receives. */
async function startSmtpSink() {
  const received: { to: string; raw: Buffer }[] = []
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('gone@')) return callback(Object.assign(new Error('5.1.1 No such user'), { responseCode: 550 }))
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo[0]!.address, raw: Buffer.concat(chunks) })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** A stand-in for MessageBird's SMS API: answers as told per recipient, keeps the requests. */
async function startSmsProvider(accessKey: string) {
  const requests: { recipients: string[]; body: string; reference: string; reportUrl: string }[] = []
  let failWith: number | null = null
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      if (req.headers.authorization !== `AccessKey ${accessKey}`) return res.writeHead(401).end('{"errors":[{"code":2}]}')
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { recipients: string[]; body: string; reference: string; reportUrl: string }
      if (failWith !== null) return res.writeHead(failWith, { 'Content-Type': 'application/json' }).end('{"errors":[{"code":25,"description":"unavailable"}]}')
      requests.push(body)
      res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: crypto.randomBytes(16).toString('hex'), reference: body.reference, recipients: { totalCount: 1 } }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    requests,
    fail(status: number | null) {
      failWith = status
    },
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const accessKey = 'test_access_key'
const signingKey = 'test_signing_key'

describe.each(databasesUnderTest())('messaging on $name', (database) => {
  let t: TestApp
  let tenant: Awaited<ReturnType<typeof createTestTenant>>
  let coach: TestClient
  let editor: TestClient
  let admin: TestClient
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>
  let smsProvider: Awaited<ReturnType<typeof startSmsProvider>>
  let channels: DeliveryChannels & { close(): Promise<void> }
  const ids: Record<string, string> = {}

  const register = async (firstNames: string, surname: string, extra: Record<string, unknown>) => {
    const response = await coach.request('POST', '/api/v1/clients', { firstNames, surname, intakeDate: '2026-01-05', ...extra })
    expect(response.statusCode, response.body).toBe(201)
    return response.json<{ id: string }>().id
  }
  const template = async (body: Record<string, unknown>) => editor.request('POST', '/api/v1/message-templates', body)
  const newTemplate = async (name: string, category: string, texts: Record<string, unknown>) => {
    const response = await template({ name, category, icon: 'calendar', texts: [{ language: 'nl', ...texts }] })
    expect(response.statusCode, response.body).toBe(201)
    return response.json<{ id: string }>().id
  }
  const send = async (as: TestClient, body: Record<string, unknown>) => as.request('POST', '/api/v1/message-sends', { idempotencyKey: crypto.randomUUID(), ...body })
  const report = async (sendId: string) => (await coach.request('GET', `/api/v1/message-sends/${sendId}`)).json<{ send: { status: string }; counts: Record<string, number>; byChannel: { channel: string; counts: Record<string, number> }[] }>()
  const outbox = async (sendId: string) => (await coach.request('GET', `/api/v1/message-sends/${sendId}/messages`)).json<{ messages: { id: string; client: { id: string }; channel: string | null; status: string; reason: string | null; body: string | null; title: string | null; attempts: number }[] }>().messages
  const owner = (text: string, values: unknown[] = []) => t.ctx.db.owner.query(text, values)

  beforeAll(async () => {
    smtp = await startSmtpSink()
    smsProvider = await startSmsProvider(accessKey)
    t = await startTestApp(database, {
      KOERS_PUBLIC_URL: 'https://koers.example',
      KOERS_SMTP_URL: smtp.url,
      KOERS_MAIL_FROM: 'Werkplein <noreply@werkplein.example>',
      KOERS_SMS_PROVIDER: 'messagebird',
      KOERS_MESSAGEBIRD_URL: smsProvider.url,
      KOERS_MESSAGEBIRD_ACCESS_KEY: accessKey,
      KOERS_MESSAGEBIRD_SIGNING_KEY: signingKey,
    })
    channels = createChannels(t.ctx.config.messaging)
    tenant = await createTestTenant(t.ctx, 2)
    coach = await signIn(t.app, tenant.slug, tenant.coach)
    editor = await signIn(t.app, tenant.slug, tenant.credentials.find((c) => c.roles.includes('editor') && c.totpSecret)!)
    admin = await signIn(t.app, tenant.slug, tenant.admin)
    ids.sms = await register('Sanne Maria', 'Jansen', { phone: '06 12345678', preferredChannel: 'app' })
    ids.email = await register('Bram', 'Visser', { email: 'bram@example.nl', preferredChannel: 'email' })
    ids.none = await register('Ahmed', 'Bakker', {})
    ids.landline = await register('Fatima', 'de Boer', { phone: '053 1234567' })
  })
  afterAll(async () => {
    await channels?.close()
    await t?.close()
    await smtp?.close()
    await smsProvider?.close()
  })

  it('refuses a template with a syntax error, naming the field and line, and an SMS over the limit', async () => {
    const broken = await template({ name: 'Kapot', category: 'service', icon: 'info', texts: [{ language: 'nl', title: 'Hoi', body: 'Hoi {{ first_name }},\n\n{% if x %}geen einde' }] })
    expect(broken.statusCode).toBe(400)
    expect(broken.headers['content-type']).toContain('application/problem+json')
    expect(broken.json().errors).toEqual([expect.objectContaining({ field: 'texts[0].body', line: 3 })])

    const long = await template({ name: 'Lang', category: 'news', icon: 'news', texts: [{ language: 'nl', title: 'Nieuws', body: 'Nieuws', smsText: 'Dit is lang. '.repeat(45) }] })
    expect(long.statusCode).toBe(400)
    expect(long.json().errors[0].field).toBe('texts[0].smsText')

    const english = await template({ name: 'Alleen Engels', category: 'news', icon: 'news', texts: [{ language: 'en', title: 'News', body: 'News' }] })
    expect(english.statusCode).toBe(400)
    expect(english.json().detail).toContain('nl')

    const byCoach = await coach.request('POST', '/api/v1/message-templates', { name: 'Coach', category: 'service', icon: 'info', texts: [{ language: 'nl', title: 'x', body: 'x' }] })
    expect(byCoach.statusCode).toBe(403)
  })

  it('saves a template with warnings for unknown variables and long sentences, and previews it for a client', async () => {
    const response = await template({
      name: 'Uitnodiging gesprek',
      category: 'service',
      icon: 'calendar',
      texts: [
        {
          language: 'nl',
          title: 'Afspraak met {{ coach_name }}',
          body: 'Hoi {{ first_name }}, je hebt een afspraak op {{ meeting_place }}. Neem je id-kaart mee. Meer info: https://werkplein.example/afspraak',
          smsText: 'Hoi {{ first_name }}, afspraak op {{ meeting_place }}. Info: https://werkplein.example/afspraak',
        },
        {
          language: 'en',
          title: 'Appointment with {{ coach_name }}',
          body: 'Hi {{ first_name }}, you have an appointment at {{ meeting_place }}, in consideration of the aforementioned arrangements concerning your participation in the reintegration trajectory which we discussed.',
        },
      ],
    })
    expect(response.statusCode, response.body).toBe(201)
    const saved = response.json<{ id: string; warnings: { field: string; code: string }[] }>()
    ids.invite = saved.id
    expect(saved.warnings).toContainEqual(expect.objectContaining({ field: 'texts[0].body', code: 'unknown-variable' }))
    expect(saved.warnings).toContainEqual(expect.objectContaining({ field: 'texts[1].body', code: 'long-sentence' }))

    const preview = await coach.request('POST', `/api/v1/message-templates/${ids.invite}/preview`, { clientId: ids.sms, variables: { meeting_place: 'Stationsplein 1' } })
    expect(preview.statusCode, preview.body).toBe(200)
    const p = preview.json()
    expect(p.language).toBe('nl')
    expect(p.app.body).toContain('Hoi Sanne, je hebt een afspraak op Stationsplein 1.')
    expect(p.sms.count).toEqual(expect.objectContaining({ encoding: 'gsm-7', segments: 1 }))
    expect(p.email.html).toContain('Stationsplein 1')
  })

  it('asks for the variables a template needs, refuses a send to nobody, and keeps a coach within their caseload', async () => {
    const missing = await send(coach, { templateId: ids.invite, target: { kind: 'clients', clientIds: [ids.sms] } })
    expect(missing.statusCode).toBe(400)
    expect(missing.json().errors).toEqual([expect.objectContaining({ field: 'variables.meeting_place' })])

    const nobody = await send(coach, { templateId: ids.invite, variables: { meeting_place: 'Plein 1' }, target: { kind: 'clients', clientIds: [ids.none] } })
    expect(nobody.statusCode).toBe(400)
    expect(nobody.json().code).toBe('no-recipients')

    const other = await createTestTenant(t.ctx, 1)
    const outsider = await signIn(t.app, other.slug, other.coach)
    const foreign = await outsider.request('POST', '/api/v1/clients', { firstNames: 'Kees', surname: 'Smit', phone: '0611111111' })
    const foreignId = foreign.json<{ id: string }>().id
    const across = await send(coach, { templateId: ids.invite, variables: { meeting_place: 'Plein 1' }, target: { kind: 'clients', clientIds: [foreignId] } })
    expect(across.statusCode).toBe(403)
    expect((await outsider.request('GET', `/api/v1/message-templates/${ids.invite}`)).statusCode).toBe(404)
  })

  it('tells before sending who gets it on which channel, sends once on a double click, and delivers over SMS and email', async () => {
    const target = { kind: 'clients', clientIds: [ids.sms, ids.email, ids.none, ids.landline] }
    const estimate = await coach.request('POST', '/api/v1/message-sends/estimate', { templateId: ids.invite, target })
    expect(estimate.statusCode, estimate.body).toBe(200)
    expect(estimate.json()).toEqual({ recipients: 2, byChannel: { app: 0, push: 0, sms: 1, email: 1 }, notReached: { optedOut: 0, overCap: 0, unreachable: 2 } })

    const key = crypto.randomUUID()
    const body = { templateId: ids.invite, target, variables: { meeting_place: 'Stationsplein 1' }, idempotencyKey: key, urgent: true }
    const [first, second] = await Promise.all([coach.request('POST', '/api/v1/message-sends', body), coach.request('POST', '/api/v1/message-sends', body)])
    const answers = [first, second].map((r) => r.statusCode).sort()
    expect(answers).toEqual([200, 201])
    const sendId = first.json<{ id: string }>().id
    expect(second.json<{ id: string }>().id).toBe(sendId)
    expect(first.json().recipients).toBe(2)
    ids.inviteSend = sendId

    expect(await deliverDueMessages(t.ctx, channels)).toBe(2)
    expect(smsProvider.requests.filter((r) => r.reference !== undefined)).toHaveLength(1)
    const sms = smsProvider.requests.at(-1)!
    expect(sms.recipients).toEqual(['31612345678'])
    expect(sms.body).toMatch(/^Hoi Sanne, afspraak op Stationsplein 1\. Info: https:\/\/koers\.example\/r\/[A-Za-z0-9_-]+$/)
    expect(sms.reportUrl).toBe(`https://koers.example/api/v1/sms-status-reports/${tenant.id}`)
    const mails = smtp.received.filter((m) => m.to === 'bram@example.nl')
    expect(mails).toHaveLength(1)
    const mail = await simpleParser(mails[0]!.raw)
    expect(mail.subject).toBe('Afspraak met ' + tenant.coach.displayName)
    expect(mail.text).toContain('Hoi Bram')

    const rows = await outbox(sendId)
    expect(rows.map((r) => [r.client.id, r.channel, r.status, r.reason]).sort()).toEqual(
      [
        [ids.sms, 'sms', 'sent', null],
        [ids.email, 'email', 'sent', null],
        [ids.none, null, 'suppressed', 'unreachable'],
        [ids.landline, null, 'suppressed', 'unreachable'],
      ].sort(),
    )
    const r = await report(sendId)
    expect(r.send.status).toBe('done')
    expect(r.counts).toEqual(expect.objectContaining({ recipients: 2, sent: 2, unreachable: 2, delivered: 0 }))
    // Nothing is sent twice: a second round finds nothing to do.
    expect(await deliverDueMessages(t.ctx, channels)).toBe(0)
  })

  it('takes the SMS provider’s signed delivery report, and refuses an unsigned one', async () => {
    const sent = await owner(`SELECT provider_id FROM outbox_messages WHERE send_id = $1 AND channel = 'sms'`, [ids.inviteSend])
    const providerId = sent.rows[0]!.provider_id as string
    const path = `/api/v1/sms-status-reports/${tenant.id}?id=${providerId}&reference=x&recipient=31612345678&status=delivered&statusDatetime=${encodeURIComponent(new Date().toISOString())}`
    const urlHash = crypto.createHash('sha256').update(`https://koers.example${path}`).digest('hex')
    const token = jwt.sign({ url_hash: urlHash, jti: crypto.randomUUID() }, signingKey, { algorithm: 'HS256', issuer: 'MessageBird', expiresIn: 60, notBefore: 0 })
    const unsigned = await t.app.inject({ method: 'GET', url: path })
    expect(unsigned.statusCode).toBe(401)
    const signed = await t.app.inject({ method: 'GET', url: path, headers: { 'messagebird-signature-jwt': token } })
    expect(signed.statusCode, signed.body).toBe(204)
    const r = await report(ids.inviteSend!)
    expect(r.counts.delivered).toBe(1)
  })

  it('tracks a click through the redirect, and lets a client unsubscribe from news but not from service messages', async () => {
    const mail = await simpleParser(smtp.received.find((m) => m.to === 'bram@example.nl')!.raw)
    const tracked = /https:\/\/koers\.example(\/r\/[A-Za-z0-9_-]+)/.exec(mail.text!)![1]!
    const click = await t.app.inject({ method: 'GET', url: tracked })
    expect(click.statusCode).toBe(302)
    expect(click.headers.location).toBe('https://werkplein.example/afspraak')
    expect((await report(ids.inviteSend!)).counts).toEqual(expect.objectContaining({ clicked: 1, opened: 1 }))
    expect((await t.app.inject({ method: 'GET', url: tracked.slice(0, -2) + 'xx' })).statusCode).toBe(404)

    // A service message has no way out.
    const unsubscribeUrl = (m: typeof mail) => (m.headers.get('list') as { unsubscribe: { url: string } }).unsubscribe.url
    const servicePath = new URL(unsubscribeUrl(mail)).pathname
    expect((await t.app.inject({ method: 'GET', url: servicePath })).body).toContain('Afmelden kan niet')

    ids.news = await newTemplate('Banenmarkt', 'event', { title: 'Banenmarkt', body: 'Kom naar de banenmarkt!', emailText: 'Kom naar de banenmarkt!' })
    const newsSend = await send(coach, { templateId: ids.news, target: { kind: 'clients', clientIds: [ids.email] } })
    expect(newsSend.statusCode, newsSend.body).toBe(201)
    await deliverDueMessages(t.ctx, channels)
    const newsMail = await simpleParser(smtp.received.filter((m) => m.to === 'bram@example.nl').at(-1)!.raw)
    expect(newsMail.subject).toBe('Banenmarkt')
    const oneClick = new URL(unsubscribeUrl(newsMail)).pathname
    const done = await t.app.inject({ method: 'POST', url: oneClick, payload: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    expect(done.statusCode).toBe(200)
    expect(done.body).toContain('Je bent afgemeld')

    const prefs = await coach.request('GET', `/api/v1/clients/${ids.email}/messaging-preferences`)
    expect(prefs.json()).toEqual(expect.objectContaining({ optedOutCategories: ['event'], updatedByClient: true, reachableOn: ['email'] }))
    const estimate = await coach.request('POST', '/api/v1/message-sends/estimate', { templateId: ids.news, target: { kind: 'clients', clientIds: [ids.email] } })
    expect(estimate.json().notReached.optedOut).toBe(1)
  })

  it('holds non-urgent SMS in quiet hours while email goes, and caps non-service messages per week', async () => {
    const nowInAmsterdam = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(new Date())
    const hour = Number(nowInAmsterdam)
    const at = (h: number) => `${String((h + 24) % 24).padStart(2, '0')}:00`
    const settings = await admin.request('PUT', '/api/v1/messaging-settings', { quietFrom: at(hour - 1), quietUntil: at(hour + 2), weeklyCap: 2, smsSender: 'Werkplein', extraLanguages: [] })
    expect(settings.statusCode, settings.body).toBe(200)
    const vacancy = await newTemplate('Vacature', 'vacancy', { title: 'Vacature', body: 'Er is een baan voor je.', smsText: 'Er is een baan voor je.' })
    const target = { kind: 'clients', clientIds: [ids.sms, ids.email] }
    const first = await send(coach, { templateId: vacancy, target })
    const firstId = first.json<{ id: string }>().id
    await deliverDueMessages(t.ctx, channels)
    const rows = await outbox(firstId)
    expect(rows.find((r) => r.channel === 'sms')!.status).toBe('queued')
    expect(rows.find((r) => r.channel === 'email')!.status).toBe('sent')

    // Bram had the event message this week already: the cap of 2 is reached with this one.
    const second = await send(coach, { templateId: vacancy, target })
    const secondRows = await outbox(second.json<{ id: string }>().id)
    expect(secondRows.find((r) => r.client.id === ids.email)!.reason).toBe('over-cap')
    expect(secondRows.find((r) => r.client.id === ids.sms)!.channel).toBe('sms')
    await admin.request('PUT', '/api/v1/messaging-settings', { quietFrom: '21:00', quietUntil: '08:00', weeklyCap: 3, smsSender: 'Werkplein', extraLanguages: [] })
  })

  it('retries a failing provider with back-off, makes a dead letter after the last attempt, and an admin sends it again', async () => {
    smsProvider.fail(503)
    const text = await newTemplate('Herinnering', 'service', { title: 'Herinnering', body: 'Denk aan je afspraak morgen.' })
    const created = await send(coach, { templateId: text, urgent: true, target: { kind: 'clients', clientIds: [ids.sms] } })
    const sendId = created.json<{ id: string }>().id
    for (let attempt = 1; attempt <= 6; attempt++) {
      await deliverDueMessages(t.ctx, channels)
      const [row] = await outbox(sendId)
      expect(row!.attempts).toBe(attempt)
      expect(row!.status).toBe(attempt < 6 ? 'queued' : 'dead')
      // Let the back-off pass.
      await owner(`UPDATE outbox_messages SET next_attempt_at = now() WHERE send_id = $1`, [sendId])
    }
    const dead = await admin.request('GET', '/api/v1/outbox?status=dead')
    const letter = dead.json<{ messages: { id: string; reason: string }[] }>().messages.find((m) => m.id !== undefined)!
    expect(letter.reason).toContain('after 6 attempts')
    expect((await coach.request('POST', `/api/v1/outbox/${letter.id}/retry`)).statusCode).toBe(403)
    smsProvider.fail(null)
    expect((await admin.request('POST', `/api/v1/outbox/${letter.id}/retry`)).statusCode).toBe(204)
    await deliverDueMessages(t.ctx, channels)
    expect((await outbox(sendId))[0]!.status).toBe('sent')
    expect((await report(sendId)).send.status).toBe('done')
  })

  it('marks a bouncing address and does not use it again', async () => {
    const client = await register('Gijs', 'Mulder', { email: 'gone@example.nl', preferredChannel: 'email' })
    const text = await newTemplate('Welkom', 'service', { title: 'Welkom', body: 'Welkom bij het Werkplein.' })
    const created = await send(coach, { templateId: text, target: { kind: 'clients', clientIds: [client] } })
    await deliverDueMessages(t.ctx, channels)
    const [row] = await outbox(created.json<{ id: string }>().id)
    expect(row!.status).toBe('failed')
    const prefs = await coach.request('GET', `/api/v1/clients/${client}/messaging-preferences`)
    expect(prefs.json().reachableOn).toEqual([])
    const again = await send(coach, { templateId: text, target: { kind: 'clients', clientIds: [client] } })
    expect(again.json().code).toBe('no-recipients')
  })

  it('delivers a message whose worker died after claiming it, once, when its lease ends', async () => {
    const text = await newTemplate('Lease', 'service', { title: 'Lease', body: 'Tot morgen.' })
    const created = await send(coach, { templateId: text, target: { kind: 'clients', clientIds: [ids.email] } })
    const sendId = created.json<{ id: string }>().id
    // A worker claimed the row and was killed before it sent.
    await owner(`UPDATE outbox_messages SET status = 'sending', attempts = 1, lease_until = now() - interval '1 second' WHERE send_id = $1`, [sendId])
    const before = smtp.received.length
    await deliverDueMessages(t.ctx, channels)
    expect(smtp.received.length - before).toBe(1)
    expect((await outbox(sendId))[0]).toEqual(expect.objectContaining({ status: 'sent', attempts: 2 }))
  })

  it('plans a send for later, writes it out when due, and can cancel a planned one', async () => {
    const text = await newTemplate('Gepland', 'service', { title: 'Gepland', body: 'Morgen open.' })
    const later = new Date(Date.now() + 3600_000).toISOString()
    const planned = await send(coach, { templateId: text, scheduledAt: later, target: { kind: 'clients', clientIds: [ids.email] } })
    expect(planned.statusCode).toBe(201)
    expect(planned.json()).toEqual(expect.objectContaining({ status: 'scheduled', recipients: null }))
    const cancelled = await send(coach, { templateId: text, scheduledAt: later, target: { kind: 'clients', clientIds: [ids.email] } })
    expect((await coach.request('POST', `/api/v1/message-sends/${cancelled.json().id}/cancel`)).statusCode).toBe(204)
    await owner(`UPDATE message_sends SET scheduled_at = now() WHERE id = ANY($1::uuid[])`, [[planned.json().id, cancelled.json().id]])
    expect(await materialiseDueSends(t.ctx)).toBe(1)
    await deliverDueMessages(t.ctx, channels)
    expect((await report(planned.json().id)).counts).toEqual(expect.objectContaining({ recipients: 1, sent: 1 }))
    expect((await report(cancelled.json().id)).send.status).toBe('cancelled')
  })

  it('shows the messages on the client page, records channel choices with a note, and audits the reads', async () => {
    const messages = await coach.request('GET', `/api/v1/clients/${ids.sms}/messages`)
    expect(messages.json().messages.some((m: { channel: string }) => m.channel === 'sms')).toBe(true)
    const noNote = await coach.request('PUT', `/api/v1/clients/${ids.sms}/messaging-preferences`, { smsConsent: false, emailConsent: true, pushConsent: true, optedOutCategories: [], clickTracking: false })
    expect(noNote.statusCode).toBe(400)
    const changed = await coach.request('PUT', `/api/v1/clients/${ids.sms}/messaging-preferences`, {
      smsConsent: false,
      emailConsent: true,
      pushConsent: true,
      optedOutCategories: ['news'],
      clickTracking: false,
      note: 'Sanne wil liever geen sms meer, zei ze aan de telefoon.',
    })
    expect(changed.statusCode, changed.body).toBe(200)
    expect(changed.json()).toEqual(expect.objectContaining({ smsConsent: false, reachableOn: [], updatedByClient: false }))
    const audit = await owner(`SELECT action FROM audit_events WHERE tenant_id = $1 AND data_subject_id = $2`, [tenant.id, ids.sms])
    expect(audit.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['client.messages-read', 'client.messaging-preferences-change', 'message.preview']))
    const page = await coach.request('GET', `/api/v1/clients/${ids.sms}`)
    const kinds = page.json<{ timeline: { kind: string }[] }>().timeline.map((e) => e.kind)
    expect(kinds).toEqual(expect.arrayContaining(['messaging.preferences-changed', 'message.sent']))
  })
})
