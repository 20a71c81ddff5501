import { createECDH, createHash, createPublicKey, randomBytes, randomUUID, type ECDH } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import jwt from 'jsonwebtoken'
import { simpleParser } from 'mailparser'
import { SMTPServer, type SMTPServerAddress } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createChannels } from '../src/server/modules/messaging/channels/channels.js'
import { createEmailChannel } from '../src/server/modules/messaging/channels/email.js'
import { createMessageBirdChannel } from '../src/server/modules/messaging/channels/messagebird.js'
import { MessageBirdReportError, verifyMessageBirdReport } from '../src/server/modules/messaging/channels/messagebirdReport.js'
import { ProviderError, type EmailMessage, type PushMessage, type SmsMessage } from '../src/server/modules/messaging/channels/types.js'
import { createWebPushChannel, generateVapidKeys } from '../src/server/modules/messaging/channels/webPush.js'
import { loadMessagingConfig } from '../src/server/modules/messaging/messagingConfig.js'

/** http_ece (RFC 8188/8291) ships no types; the test only decrypts with it. */
const ece = createRequire(import.meta.url)('http_ece') as {
  decrypt(buffer: Buffer, params: { version: 'aes128gcm'; privateKey: ECDH; authSecret: string }): Buffer
}

async function rejection(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ProviderError)
  return error as ProviderError
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function stop(server: http.Server): Promise<void> {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
}

/** A port nobody listens on: bind one, remember it, release it. */
async function closedPort(): Promise<number> {
  const server = http.createServer()
  await listen(server)
  const { port } = server.address() as AddressInfo
  await stop(server)
  return port
}

describe('email over SMTP', () => {
  let smtp: SMTPServer
  let port: number
  const received: { from: string; to: string[]; raw: Buffer }[] = []

  beforeAll(async () => {
    smtp = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === 'koers' && auth.password === 's3cret') callback(null, { user: 'koers' })
        else callback(Object.assign(new Error('Invalid credentials'), { responseCode: 535 }))
      },
      onRcptTo(address: SMTPServerAddress, _session, callback) {
        const local = address.address.split('@')[0]!
        if (local === 'busy') return callback(Object.assign(new Error('4.2.0 Mailbox busy, try later'), { responseCode: 451 }))
        if (local === 'nobody') return callback(Object.assign(new Error('5.1.1 No such user here'), { responseCode: 550 }))
        if (local === 'blocked') return callback(Object.assign(new Error('5.7.1 Message refused by policy'), { responseCode: 550 }))
        callback()
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks),
          })
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
    port = (smtp.server.address() as AddressInfo).port
  })
  afterAll(async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()))
  })

  const message = (overrides: Partial<EmailMessage> = {}): EmailMessage => ({
    outboxId: randomUUID(),
    to: 'jan.jansen@example.nl',
    subject: 'Uitnodiging: speeddate in de zorg',
    text: 'Hallo Jan,\n\nOp 12 maart is er een speeddate. Doe je mee?',
    html: '<p>Hallo Jan,</p><p>Op 12 maart is er een <strong>speeddate</strong>. Doe je mee?</p>',
    unsubscribeUrl: 'https://koers.example/u/abc123?category=vacancies',
    ...overrides,
  })

  it('delivers subject, text and html, the List-Unsubscribe headers, and a Message-ID fixed by the outbox row', async () => {
    const channel = createEmailChannel({ url: `smtp://koers:s3cret@127.0.0.1:${port}`, from: 'Werkplein Twente <noreply@werkplein-twente.nl>' })
    try {
      const first = message()
      const before = received.length
      expect(await channel.send(first)).toEqual({ providerId: null })
      await channel.send(first) // the worker retries the same outbox row
      await channel.send(message({ outboxId: randomUUID() }))
      const mails = await Promise.all(received.slice(before).map((r) => simpleParser(r.raw)))
      expect(mails).toHaveLength(3)

      const mail = mails[0]!
      expect(received[before]!.to).toEqual(['jan.jansen@example.nl'])
      expect(received[before]!.from).toBe('noreply@werkplein-twente.nl')
      expect(mail.subject).toBe(first.subject)
      expect(mail.text?.trim()).toBe(first.text)
      expect(mail.html).toContain('<strong>speeddate</strong>')
      expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' })
      expect(mail.messageId).toBe(`<${first.outboxId}@werkplein-twente.nl>`)
      expect(mails[1]!.messageId).toBe(mail.messageId)
      expect(mails[2]!.messageId).not.toBe(mail.messageId)
      const header = (name: string) => mail.headerLines.find((line) => line.key === name)?.line.replace(/\r?\n\s+/g, ' ')
      expect(header('list-unsubscribe')).toBe('List-Unsubscribe: <https://koers.example/u/abc123?category=vacancies>')
      expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
    } finally {
      await channel.close()
    }
  })

  it('sends a batch of 300 over the pooled connections, each message once', async () => {
    const channel = createEmailChannel({ url: `smtp://koers:s3cret@127.0.0.1:${port}`, from: 'noreply@werkplein-twente.nl' })
    try {
      const before = received.length
      const batch = Array.from({ length: 300 }, (_, i) => message({ to: `client${i}@example.nl` }))
      await Promise.all(batch.map((m) => channel.send(m)))
      const recipients = received.slice(before).flatMap((r) => r.to)
      expect(new Set(recipients).size).toBe(300)
    } finally {
      await channel.close()
    }
  })

  it('maps the server’s answers: 451 is retried, 550 5.1.1 marks the address gone, a 5.7 refusal does not', async () => {
    const channel = createEmailChannel({ url: `smtp://koers:s3cret@127.0.0.1:${port}`, from: 'noreply@werkplein-twente.nl' })
    try {
      const deferred = await rejection(channel.send(message({ to: 'busy@example.nl' })))
      expect(deferred).toMatchObject({ retryable: true, addressGone: false })
      expect(deferred.message).toContain('451')

      const unknown = await rejection(channel.send(message({ to: 'nobody@example.nl' })))
      expect(unknown).toMatchObject({ retryable: false, addressGone: true })
      expect(unknown.message).toContain('550 5.1.1')
      expect(unknown.message).not.toContain('nobody@example.nl')

      const policy = await rejection(channel.send(message({ to: 'blocked@example.nl' })))
      expect(policy).toMatchObject({ retryable: false, addressGone: false })

      // The pooled connection stays usable after refusals.
      await expect(channel.send(message())).resolves.toEqual({ providerId: null })
    } finally {
      await channel.close()
    }
  })

  it('a wrong password is refused without retry; a server that is not there is retried', async () => {
    const wrongPassword = createEmailChannel({ url: `smtp://koers:wrong@127.0.0.1:${port}`, from: 'noreply@werkplein-twente.nl' })
    try {
      expect(await rejection(wrongPassword.send(message()))).toMatchObject({ retryable: false, addressGone: false })
    } finally {
      await wrongPassword.close()
    }
    const nowhere = createEmailChannel({ url: `smtp://127.0.0.1:${await closedPort()}`, from: 'noreply@werkplein-twente.nl' })
    try {
      expect(await rejection(nowhere.send(message()))).toMatchObject({ retryable: true, addressGone: false })
    } finally {
      await nowhere.close()
    }
  })
})

describe('SMS through MessageBird', () => {
  const accessKey = 'live_0123456789abcdefABCDEF'
  let server: http.Server
  let baseUrl: string
  const requests: { method: string; path: string; authorization: string | undefined; contentType: string | undefined; body: unknown }[] = []
  /** How the stand-in answers a valid request, by recipient. */
  let answer: (recipient: string, body: Record<string, unknown>, res: http.ServerResponse) => void

  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body))
  }

  beforeAll(async () => {
    // Speaks MessageBird's SMS API as documented: POST /messages, AccessKey auth, JSON in and out.
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        let body: Record<string, unknown>
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>
        } catch {
          return send(res, 400, { errors: [{ code: 21, description: 'Bad request', parameter: null }] })
        }
        requests.push({ method: req.method!, path: req.url!, authorization: req.headers.authorization, contentType: req.headers['content-type'], body })
        if (req.method !== 'POST' || req.url !== '/messages') return send(res, 404, { errors: [{ code: 20, description: 'message not found', parameter: null }] })
        if (req.headers.authorization !== `AccessKey ${accessKey}`) {
          return send(res, 401, { errors: [{ code: 2, description: 'Request not allowed (incorrect access_key)', parameter: 'access_key' }] })
        }
        const recipients = body.recipients as string[]
        answer(recipients[0]!, body, res)
      })
    })
    baseUrl = await listen(server)
  })
  afterAll(async () => stop(server))

  const sms = (overrides: Partial<SmsMessage> = {}): SmsMessage => ({
    outboxId: randomUUID(),
    to: '+31612345678',
    originator: 'Werkplein',
    body: 'Morgen 10:00 gesprek met je coach. Lukt het niet? Bel 053 123 4567.',
    reportUrl: 'https://koers.example/api/v1/sms-status-reports',
    ...overrides,
  })

  const created = (body: Record<string, unknown>) => ({
    id: randomBytes(16).toString('hex'),
    href: 'https://rest.messagebird.com/messages/…',
    direction: 'mt',
    type: 'sms',
    originator: body.originator,
    body: body.body,
    reference: body.reference,
    validity: null,
    gateway: 10,
    typeDetails: {},
    datacoding: 'plain',
    mclass: 1,
    scheduledDatetime: null,
    createdDatetime: new Date().toISOString(),
    recipients: {
      totalCount: 1,
      totalSentCount: 1,
      totalDeliveredCount: 0,
      totalDeliveryFailedCount: 0,
      items: [{ recipient: Number((body.recipients as string[])[0]), status: 'sent', statusDatetime: new Date().toISOString() }],
    },
  })

  it('posts the documented request and returns MessageBird’s message id', async () => {
    let id = ''
    answer = (_recipient, body, res) => {
      const message = created(body)
      id = message.id
      send(res, 201, message)
    }
    const channel = createMessageBirdChannel({ baseUrl, accessKey })
    const message = sms()
    expect(await channel.send(message)).toEqual({ providerId: id })
    const request = requests.at(-1)!
    expect(request).toMatchObject({ method: 'POST', path: '/messages', authorization: `AccessKey ${accessKey}`, contentType: 'application/json' })
    expect(request.body).toEqual({
      originator: 'Werkplein',
      recipients: ['31612345678'],
      body: message.body,
      reference: message.outboxId,
      reportUrl: 'https://koers.example/api/v1/sms-status-reports',
      datacoding: 'auto',
    })
  })

  it('an invalid recipient is not retried and marks the number gone; a wrong key is not retried', async () => {
    answer = (_recipient, _body, res) => send(res, 422, { errors: [{ code: 9, description: 'no (correct) recipients found', parameter: 'recipients' }] })
    const invalid = await rejection(createMessageBirdChannel({ baseUrl, accessKey }).send(sms({ to: '+31600000000' })))
    expect(invalid).toMatchObject({ retryable: false, addressGone: true })
    expect(invalid.message).toContain('no (correct) recipients found')

    answer = (_recipient, _body, res) => send(res, 422, { errors: [{ code: 9, description: 'originator is invalid', parameter: 'originator' }] })
    expect(await rejection(createMessageBirdChannel({ baseUrl, accessKey }).send(sms()))).toMatchObject({ retryable: false, addressGone: false })

    const before = requests.length
    expect(await rejection(createMessageBirdChannel({ baseUrl, accessKey: 'live_wrong' }).send(sms()))).toMatchObject({
      retryable: false,
      addressGone: false,
      message: expect.stringContaining('401'),
    })
    expect(requests.length).toBe(before + 1)
  })

  it('a number that is not E.164 never reaches MessageBird', async () => {
    const before = requests.length
    expect(await rejection(createMessageBirdChannel({ baseUrl, accessKey }).send(sms({ to: '0612345678' })))).toMatchObject({ retryable: false, addressGone: true })
    expect(requests.length).toBe(before)
  })

  it('server errors, rate limits, timeouts and an unreachable API are retried', async () => {
    answer = (_recipient, _body, res) => send(res, 500, { errors: [{ code: 99, description: 'Internal error', parameter: null }] })
    expect(await rejection(createMessageBirdChannel({ baseUrl, accessKey }).send(sms()))).toMatchObject({ retryable: true, addressGone: false })

    answer = (_recipient, _body, res) => send(res, 429, { errors: [{ code: 29, description: 'Too many requests', parameter: null }] })
    expect(await rejection(createMessageBirdChannel({ baseUrl, accessKey }).send(sms()))).toMatchObject({ retryable: true })

    answer = (_recipient, body, res) => {
      setTimeout(() => send(res, 201, created(body)), 2000).unref()
    }
    const started = Date.now()
    const slow = await rejection(createMessageBirdChannel({ baseUrl, accessKey, timeoutMs: 200 }).send(sms()))
    expect(slow).toMatchObject({ retryable: true, message: 'MessageBird did not answer within 200 ms.' })
    expect(Date.now() - started).toBeLessThan(1500)

    const down = await rejection(createMessageBirdChannel({ baseUrl: `http://127.0.0.1:${await closedPort()}`, accessKey }).send(sms()))
    expect(down).toMatchObject({ retryable: true, message: expect.stringContaining('ECONNREFUSED') })
  })
})

describe('MessageBird status reports', () => {
  const signingKey = randomBytes(32).toString('hex')
  const now = new Date('2026-03-12T09:00:00Z')
  const nowSeconds = Math.floor(now.getTime() / 1000)
  const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')

  const reportUrl = (params: Record<string, string>) => `https://koers.example/api/v1/sms-status-reports?${new URLSearchParams(params).toString()}`
  const sign = (url: string, options: { body?: string; key?: string; nbf?: number; exp?: number; iss?: string } = {}) =>
    jwt.sign(
      {
        iss: options.iss ?? 'MessageBird',
        nbf: options.nbf ?? nowSeconds,
        exp: options.exp ?? nowSeconds + 60,
        jti: randomUUID(),
        url_hash: sha256(url),
        ...(options.body !== undefined ? { payload_hash: sha256(options.body) } : {}),
      },
      options.key ?? signingKey,
      { algorithm: 'HS256', noTimestamp: true },
    )

  const outboxId = randomUUID()
  const delivered = reportUrl({
    id: 'e8077d803532c0b5937c639b60216938',
    reference: outboxId,
    recipient: '31612345678',
    status: 'delivered',
    statusDatetime: '2026-03-12T08:58:10+00:00',
  })

  it('accepts a correctly signed report and reads it', () => {
    expect(verifyMessageBirdReport({ signingKey, url: delivered, body: '', signatureJwt: sign(delivered), now })).toEqual({
      providerId: 'e8077d803532c0b5937c639b60216938',
      reference: outboxId,
      status: 'delivered',
      reason: null,
      at: new Date('2026-03-12T08:58:10Z'),
    })
  })

  it('maps every status and keeps the reason of a failure', () => {
    const read = (params: Record<string, string>) => {
      const url = reportUrl({ id: 'abc', reference: outboxId, recipient: '31612345678', statusDatetime: '2026-03-12T08:58:10+00:00', ...params })
      const { status, reason } = verifyMessageBirdReport({ signingKey, url, body: Buffer.alloc(0), signatureJwt: sign(url), now })
      return { status, reason }
    }
    expect(read({ status: 'delivery_failed', statusReason: 'unknown subscriber', statusErrorCode: '1' })).toEqual({ status: 'failed', reason: 'unknown subscriber (1)' })
    expect(read({ status: 'expired' })).toEqual({ status: 'failed', reason: 'expired' })
    for (const status of ['sent', 'buffered', 'scheduled']) expect(read({ status })).toEqual({ status: 'sent', reason: null })
    expect(() => read({ status: 'teleported' })).toThrow(expect.objectContaining({ kind: 'content' }))
  })

  it('checks a body against payload_hash', () => {
    const body = 'id=abc&status=delivered'
    expect(verifyMessageBirdReport({ signingKey, url: delivered, body, signatureJwt: sign(delivered, { body }), now }).status).toBe('delivered')
  })

  const rejected = (input: Partial<Parameters<typeof verifyMessageBirdReport>[0]>): MessageBirdReportError => {
    try {
      verifyMessageBirdReport({ signingKey, url: delivered, body: '', signatureJwt: sign(delivered), now, ...input })
    } catch (error) {
      expect(error).toBeInstanceOf(MessageBirdReportError)
      return error as MessageBirdReportError
    }
    throw new Error('the report was accepted')
  }

  it('rejects a missing signature, a tampered URL or body, a wrong key, and an expired or not yet valid token', () => {
    expect(rejected({ signatureJwt: undefined })).toMatchObject({ kind: 'signature', message: expect.stringContaining('missing') })
    const failed = delivered.replace('status=delivered', 'status=delivery_failed')
    expect(rejected({ url: failed })).toMatchObject({ kind: 'signature', message: expect.stringContaining('another URL') })
    expect(rejected({ url: delivered.replace('koers.example', 'evil.example') }).kind).toBe('signature')
    expect(rejected({ body: 'status=delivered', signatureJwt: sign(delivered, { body: 'status=expired' }) })).toMatchObject({
      message: expect.stringContaining('another body'),
    })
    expect(rejected({ body: 'status=delivered' })).toMatchObject({ message: expect.stringContaining('does not cover') })
    expect(rejected({ signatureJwt: sign(delivered, { key: randomBytes(32).toString('hex') }) })).toMatchObject({
      message: expect.stringContaining('invalid signature'),
    })
    expect(rejected({ signatureJwt: sign(delivered, { nbf: nowSeconds - 600, exp: nowSeconds - 540 }) })).toMatchObject({
      message: expect.stringContaining('expired'),
    })
    expect(rejected({ signatureJwt: sign(delivered, { nbf: nowSeconds + 600, exp: nowSeconds + 660 }) })).toMatchObject({
      message: expect.stringContaining('not active'),
    })
    expect(rejected({ signatureJwt: sign(delivered, { iss: 'SomeoneElse' }) })).toMatchObject({ message: expect.stringContaining('issuer') })
  })

  it('rejects an unsigned token (alg none)', () => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
    const unsigned = `${part({ alg: 'none', typ: 'JWT' })}.${part({ iss: 'MessageBird', nbf: nowSeconds, exp: nowSeconds + 60, jti: 'x', url_hash: sha256(delivered) })}.`
    expect(rejected({ signatureJwt: unsigned }).kind).toBe('signature')
  })

  it('accepts the signature of MessageBird’s published reference request and refuses its tampered twin', () => {
    // From MessageBird's own webhook signature reference data: a GET to this URL, signed at 2021-07-05T10:00:00Z.
    const secret = '36efdd1aace2e26cd490f0d951138253bef2f7c6d34d18981da781555cc4cebb'
    const token =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJNZXNzYWdlQmlyZCIsIm5iZiI6MTYyNTQ3OTIwMCwiZXhwIjoxNjI1NDc5MjYwLCJqdGkiOiJjOTQ2YWY3Ny1lMTgyLTRlYWEtYjJmZi0xYTU0NWI1ZTk5MWEiLCJ1cmxfaGFzaCI6IjQxZjA1ZjBkZGQwYTIyYWIyMDlhYzQ2ZjQ3YzQ1NzJkOWNlZmEyNTdlZDc0YjI0MDA0YmFlNzUzZWNlNmMyNjAifQ.huo2ou6JDoDc7sV25d75UMWeYhBeavQlLsqIibSZuac'
    const at = new Date('2021-07-05T12:00:00+02:00')
    // The signature holds; the request is just not a status report (it has no id).
    expect(() => verifyMessageBirdReport({ signingKey: secret, url: 'https://example.com/path?bar=1&foo=2', body: '', signatureJwt: token, now: at })).toThrow(
      expect.objectContaining({ kind: 'content' }),
    )
    expect(() => verifyMessageBirdReport({ signingKey: secret, url: 'https://example.com/path?foo=2&bar=1', body: '', signatureJwt: token, now: at })).toThrow(
      expect.objectContaining({ kind: 'signature' }),
    )
  })
})

describe('Web Push', () => {
  const vapid = { ...generateVapidKeys(), subject: 'mailto:beheer@werkplein-twente.nl' }
  let server: http.Server
  let baseUrl: string
  const requests: { path: string; headers: http.IncomingHttpHeaders; body: Buffer }[] = []
  let status = 201

  beforeAll(async () => {
    // Plays the push service (RFC 8030): takes the encrypted message, answers with its status.
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        requests.push({ path: req.url!, headers: req.headers, body: Buffer.concat(chunks) })
        if (status === 201) res.writeHead(201, { Location: `${baseUrl}/message/${requests.length}` }).end()
        else res.writeHead(status).end()
      })
    })
    baseUrl = await listen(server)
  })
  afterAll(async () => stop(server))

  /** A browser's subscription: its own P-256 key pair and a 16-byte auth secret. */
  function browserSubscription(endpoint: string) {
    const keys = createECDH('prime256v1')
    keys.generateKeys()
    const auth = randomBytes(16).toString('base64url')
    return { keys, auth, subscription: { endpoint, p256dh: keys.getPublicKey('base64url'), auth } }
  }

  const push = (subscription: PushMessage['subscription'], overrides: Partial<PushMessage> = {}): PushMessage => ({
    outboxId: randomUUID(),
    subscription,
    title: 'Nieuwe vacature',
    body: 'Er is een vacature in de zorg die bij je past.',
    url: '/app/vacatures/42',
    urgent: false,
    ttlSeconds: 3600,
    ...overrides,
  })

  const channel = () => createWebPushChannel({ ...vapid, allowInsecureEndpoints: true })

  /** A VAPID public key (an uncompressed P-256 point, base64url) as a key to verify with. */
  const vapidPublicKey = (base64url: string) => {
    const point = Buffer.from(base64url, 'base64url')
    return createPublicKey({
      key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33, 65).toString('base64url') },
      format: 'jwk',
    })
  }

  it('delivers an encrypted payload that only the subscription can read, signed with the VAPID key', async () => {
    status = 201
    const browser = browserSubscription(`${baseUrl}/push/device-1`)
    const message = push(browser.subscription, { urgent: true })
    const delivered = await channel().send(message)
    const request = requests.at(-1)!
    expect(delivered).toEqual({ providerId: `${baseUrl}/message/${requests.length}` })
    expect(request.path).toBe('/push/device-1')
    expect(request.headers).toMatchObject({ 'content-encoding': 'aes128gcm', ttl: '3600', urgency: 'high' })

    const plain = ece.decrypt(request.body, { version: 'aes128gcm', privateKey: browser.keys, authSecret: browser.auth })
    expect(JSON.parse(plain.toString('utf8'))).toEqual({ title: message.title, body: message.body, url: '/app/vacatures/42', tag: message.outboxId })
    const stranger = browserSubscription(`${baseUrl}/push/device-2`)
    expect(() => ece.decrypt(request.body, { version: 'aes128gcm', privateKey: stranger.keys, authSecret: stranger.auth })).toThrow()

    const match = /^vapid t=([^,]+), k=(.+)$/.exec(request.headers.authorization ?? '')
    expect(match?.[2]).toBe(vapid.publicKey)
    const claims = jwt.verify(match![1]!, vapidPublicKey(vapid.publicKey), { algorithms: ['ES256'], audience: baseUrl }) as jwt.JwtPayload
    expect(claims.sub).toBe(vapid.subject)
    expect(claims.exp! - Date.now() / 1000).toBeLessThanOrEqual(24 * 3600)
    expect(() => jwt.verify(match![1]!, vapidPublicKey(generateVapidKeys().publicKey), { algorithms: ['ES256'] })).toThrow('invalid signature')
  })

  it('a resend of the same outbox row carries the same Topic; normal urgency when not urgent', async () => {
    status = 201
    const { subscription } = browserSubscription(`${baseUrl}/push/device-3`)
    const message = push(subscription)
    await channel().send(message)
    await channel().send(message)
    await channel().send(push(subscription))
    const [first, again, other] = requests.slice(-3)
    expect(first!.headers.urgency).toBe('normal')
    expect(first!.headers.topic).toMatch(/^[A-Za-z0-9_-]{1,32}$/)
    expect(again!.headers.topic).toBe(first!.headers.topic)
    expect(other!.headers.topic).not.toBe(first!.headers.topic)
  })

  it('maps the push service’s answers: 404/410 gone, 429/503 retried, 400/413 refused', async () => {
    const { subscription } = browserSubscription(`${baseUrl}/push/device-4`)
    const outcome = async (answer: number) => {
      status = answer
      const error = await rejection(channel().send(push(subscription)))
      return { retryable: error.retryable, addressGone: error.addressGone }
    }
    expect(await outcome(410)).toEqual({ retryable: false, addressGone: true })
    expect(await outcome(404)).toEqual({ retryable: false, addressGone: true })
    expect(await outcome(503)).toEqual({ retryable: true, addressGone: false })
    expect(await outcome(429)).toEqual({ retryable: true, addressGone: false })
    expect(await outcome(400)).toEqual({ retryable: false, addressGone: false })
    expect(await outcome(413)).toEqual({ retryable: false, addressGone: false })
  })

  it('refuses plain-http endpoints and broken subscription keys without sending', async () => {
    status = 201
    const before = requests.length
    const { subscription } = browserSubscription(`${baseUrl}/push/device-5`)
    const strict = createWebPushChannel(vapid)
    expect(await rejection(strict.send(push(subscription)))).toMatchObject({ retryable: false, addressGone: true })
    expect(await rejection(channel().send(push({ ...subscription, p256dh: 'AAAA' })))).toMatchObject({ retryable: false, addressGone: true })
    expect(requests.length).toBe(before)
  })

  it('retries when the push service cannot be reached', async () => {
    const { subscription } = browserSubscription(`http://127.0.0.1:${await closedPort()}/push/device-6`)
    expect(await rejection(channel().send(push(subscription)))).toMatchObject({ retryable: true, addressGone: false })
  })

  it('refuses VAPID keys that do not fit at start', () => {
    expect(() => createWebPushChannel({ ...vapid, privateKey: 'too-short' })).toThrow()
  })
})

describe('createChannels', () => {
  it('has no channel where no provider is configured', async () => {
    const channels = createChannels(loadMessagingConfig({}, 3000))
    expect(channels).toMatchObject({ email: null, sms: null, push: null })
    await channels.close()
  })

  it('builds every configured channel from the environment', async () => {
    const vapid = generateVapidKeys()
    const channels = createChannels(
      loadMessagingConfig(
        {
          KOERS_SMTP_URL: 'smtp://127.0.0.1:2525',
          KOERS_MAIL_FROM: 'Werkplein <noreply@werkplein.nl>',
          KOERS_SMS_PROVIDER: 'messagebird',
          KOERS_MESSAGEBIRD_ACCESS_KEY: 'live_key',
          KOERS_MESSAGEBIRD_SIGNING_KEY: 'signing_key',
          KOERS_VAPID_PUBLIC_KEY: vapid.publicKey,
          KOERS_VAPID_PRIVATE_KEY: vapid.privateKey,
          KOERS_VAPID_SUBJECT: 'mailto:beheer@werkplein.nl',
        },
        3000,
      ),
    )
    expect([channels.email?.provider, channels.sms?.provider, channels.push?.provider]).toEqual(['smtp', 'messagebird', 'web-push'])
    await channels.close()
  })
})
