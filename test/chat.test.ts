import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChatInbox, ChatMessage, MyChat } from '../src/common/api/chat.js'
import { sessionCookieName } from '../src/server/http/sessionCookie.js'
import { runChatWaitingSignals } from '../src/server/modules/chat/waitingSignals.js'
import { ChatSocket } from './support/chatSocket.js'
import { createTestTenant, signedInClientDevice, signIn, startTestApp, type TestApp, type TestClient } from './support/testApp.js'
import { databasesUnderTest } from './support/testDatabase.js'

const key = () => crypto.randomUUID()
/** The smallest valid PNG: what a phone's photo starts with, as far as the type check is concerned. */
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')

function multipart(fileName: string, bytes: Buffer, contentType = 'application/octet-stream') {
  const boundary = `----koers${crypto.randomBytes(8).toString('hex')}`
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { body, contentType: `multipart/form-data; boundary=${boundary}` }
}

describe.each(databasesUnderTest())('chat between client and coach on $name', (database) => {
  let t: TestApp
  let base: string
  let tenant: Awaited<ReturnType<typeof createTestTenant>>
  let coach: TestClient
  let colleague: TestClient
  let admin: TestClient
  let userIds: Map<string, string>

  const staffCookie = (client: TestClient) => `${sessionCookieName(t.ctx.config)}=${client.jar.get(sessionCookieName(t.ctx.config))}`
  const newClient = async (firstNames = 'Sem') => {
    const response = await coach.request('POST', '/api/v1/clients', { firstNames, surname: 'de Vries', intakeDate: '2026-02-02' })
    expect(response.statusCode, response.body).toBe(201)
    const clientId = response.json<{ id: string }>().id
    return { clientId, phone: await signedInClientDevice(t, tenant.id, clientId) }
  }
  const inbox = async (who: TestClient) => {
    const response = await who.request('GET', '/api/v1/chat/inbox')
    expect(response.statusCode, response.body).toBe(200)
    return response.json<ChatInbox>()
  }

  beforeAll(async () => {
    t = await startTestApp(database)
    base = await t.app.listen({ port: 0, host: '127.0.0.1' })
    tenant = await createTestTenant(t.ctx, 3)
    const coaches = tenant.credentials.filter((c) => c.roles.includes('coach') && c.totpSecret !== null)
    coach = await signIn(t.app, tenant.slug, coaches[0]!)
    colleague = await signIn(t.app, tenant.slug, coaches[1]!)
    admin = await signIn(t.app, tenant.slug, tenant.admin)
    const users = await t.ctx.db.owner.query<{ id: string; username: string }>('SELECT id, username FROM users WHERE tenant_id = $1', [tenant.id])
    userIds = new Map(users.rows.map((u) => [u.username, u.id]))
    userIds.set('coach', userIds.get(coaches[0]!.username)!)
    userIds.set('colleague', userIds.get(coaches[1]!.username)!)
  }, 120_000)
  afterAll(() => t?.close())

  it('a client writes, the coach sees who waits, reads and answers; a resend is never a second message', async () => {
    const { clientId, phone } = await newClient('Noor')
    const clientKey = key()
    const first = await phone.request('POST', '/api/v1/me/chat/messages', { clientKey, body: 'Ik kan morgen niet komen.' })
    expect(first.statusCode, first.body).toBe(201)
    const again = await phone.request('POST', '/api/v1/me/chat/messages', { clientKey, body: 'Ik kan morgen niet komen.' })
    expect(again.statusCode).toBe(200)
    expect(again.json<ChatMessage>().id).toBe(first.json<ChatMessage>().id)

    const line = (await inbox(coach)).conversations.find((c) => c.clientId === clientId)!
    expect(line).toMatchObject({ clientName: 'Noor de Vries', unread: 1, lastAuthor: 'client', lastPreview: 'Ik kan morgen niet komen.', reason: 'caseload' })
    expect(line.waitingSince).not.toBeNull()

    const conversation = await coach.request('GET', `/api/v1/clients/${clientId}/chat`)
    expect(conversation.json<{ messages: ChatMessage[] }>().messages.map((m) => m.body)).toEqual(['Ik kan morgen niet komen.'])
    expect((await coach.request('POST', `/api/v1/clients/${clientId}/chat/read`)).statusCode).toBe(204)
    const answer = await coach.request('POST', `/api/v1/clients/${clientId}/chat/messages`, { clientKey: key(), body: 'Dank je. Word snel beter!' })
    expect(answer.statusCode, answer.body).toBe(201)

    const after = (await inbox(coach)).conversations.find((c) => c.clientId === clientId)!
    expect(after).toMatchObject({ unread: 0, waitingSince: null, lastAuthor: 'staff' })

    const mine = (await phone.request('GET', '/api/v1/me/chat')).json<MyChat>()
    expect(mine.messages.map((m) => [m.author, m.body])).toEqual([
      ['client', 'Ik kan morgen niet komen.'],
      ['staff', 'Dank je. Word snel beter!'],
    ])
    expect(mine.messages[0]!.readAt).not.toBeNull()
    expect(mine.unread).toBe(1)
    expect(mine.counterpart).toMatchObject({ kind: 'coach', name: tenant.credentials.find((c) => userIds.get(c.username) === userIds.get('coach'))!.displayName })

    const audit = await t.ctx.db.owner.query<{ action: string; actor_type: string }>(
      "SELECT action, actor_type FROM audit_events WHERE tenant_id = $1 AND data_subject_id = $2 AND action LIKE 'chat.%' ORDER BY occurred_at",
      [tenant.id, clientId],
    )
    expect(audit.rows.map((r) => `${r.actor_type}:${r.action}`)).toEqual(['client:chat.send', 'user:chat.read', 'user:chat.mark-read', 'user:chat.send', 'client:chat.read'])
  })

  it('over WebSockets both ways: messages, read marks and the inbox arrive at once; a dropped send is resent once', async () => {
    const { clientId, phone } = await newClient('Lotte')
    const app = await ChatSocket.open(base, '/api/v1/me/chat/socket', phone.cookie)
    const desk = await ChatSocket.open(base, '/api/v1/chat/socket', staffCookie(coach))
    desk.send({ type: 'watch', clientId })
    await desk.next((e) => e.type === 'watching', 'watching')

    const clientKey = key()
    app.send({ type: 'send', clientKey, body: 'Hoi! Hoe laat is de training?' })
    const ack = await app.next((e) => e.type === 'ack', 'ack')
    expect((ack.message as ChatMessage).body).toBe('Hoi! Hoe laat is de training?')
    await desk.next((e) => e.type === 'inbox' && e.clientId === clientId, 'inbox event')
    const arrived = await desk.next((e) => e.type === 'message', 'message at the coach')
    expect((arrived.message as ChatMessage).clientKey).toBe(clientKey)

    desk.send({ type: 'send', clientId, clientKey: key(), body: 'Om 10 uur.' })
    const answer = await app.next((e) => e.type === 'message' && (e.message as ChatMessage).author === 'staff', 'answer at the client')
    expect((answer.message as ChatMessage).body).toBe('Om 10 uur.')
    app.send({ type: 'read' })
    const read = await desk.next((e) => e.type === 'read' && e.by === 'client', 'read mark at the coach')
    expect(read.clientId).toBe(clientId)

    // The connection drops right after sending; the app sends the queued message again on reconnect.
    const dropped = key()
    app.send({ type: 'send', clientKey: dropped, body: 'Tot morgen.' })
    app.socket.terminate()
    const again = await ChatSocket.open(base, '/api/v1/me/chat/socket', phone.cookie)
    again.send({ type: 'send', clientKey: dropped, body: 'Tot morgen.' })
    await again.next((e) => e.type === 'ack' && e.clientKey === dropped, 'ack of the resend')
    const stored = await t.ctx.db.owner.query('SELECT count(*)::int AS n FROM chat_messages WHERE client_id = $1 AND client_key = $2', [clientId, dropped])
    expect(stored.rows[0].n).toBe(1)

    again.send({ type: 'send', clientKey: 'short', body: 'x' })
    const refused = await again.next((e) => e.type === 'error', 'an error')
    expect(refused).toMatchObject({ status: 400, code: 'invalid-input' })
    await Promise.all([again.close(), desk.close()])
  })

  it('refuses a socket without a session, from another site, or for a client outside the coach’s scope', async () => {
    const { clientId, phone } = await newClient('Ravi')
    expect(await ChatSocket.refused(base, '/api/v1/me/chat/socket', '')).toEqual({ status: 401 })
    expect(await ChatSocket.refused(base, '/api/v1/me/chat/socket', phone.cookie, 'https://evil.example')).toEqual({ closeCode: 1008 })

    const stranger = await signIn(t.app, tenant.slug, tenant.credentials.find((c) => c.roles.includes('editor') && c.totpSecret !== null)!)
    const desk = await ChatSocket.open(base, '/api/v1/chat/socket', staffCookie(stranger))
    desk.send({ type: 'watch', clientId })
    expect(await desk.next((e) => e.type === 'error', 'refusal')).toMatchObject({ status: 403 })
    expect((await stranger.request('GET', `/api/v1/clients/${clientId}/chat`)).statusCode).toBe(403)
    await desk.close()

    // A signed-out device's socket ends.
    const app = await ChatSocket.open(base, '/api/v1/me/chat/socket', phone.cookie)
    expect((await phone.request('DELETE', '/api/v1/me/session')).statusCode).toBe(204)
    await expect.poll(() => app.closeCode).toBe(1008)
  })

  it('a colleague stands in while the coach is away; a coach who left hands the chat to the team', async () => {
    const { clientId, phone } = await newClient('Fatima')
    const handover = await coach.request('POST', '/api/v1/chat/handovers', { toUserId: userIds.get('colleague'), endsAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(), note: 'Vakantie' })
    expect(handover.statusCode, handover.body).toBe(201)
    expect((await phone.request('GET', '/api/v1/me/chat')).json<MyChat>().counterpart).toMatchObject({ kind: 'stand-in', standsInFor: expect.any(String) })

    await phone.request('POST', '/api/v1/me/chat/messages', { clientKey: key(), body: 'Is er iemand?' })
    const standIn = (await inbox(colleague)).conversations.find((c) => c.clientId === clientId)
    expect(standIn).toMatchObject({ reason: 'stand-in', unread: 1 })
    expect((await colleague.request('POST', `/api/v1/clients/${clientId}/chat/messages`, { clientKey: key(), body: 'Ja, ik help je deze week.' })).statusCode).toBe(201)

    const bad = await coach.request('POST', '/api/v1/chat/handovers', { toUserId: userIds.get('coach'), endsAt: new Date(Date.now() - 1000).toISOString() })
    expect(bad.statusCode).toBe(400)
    expect(bad.json<{ errors: { field: string }[] }>().errors.map((e) => e.field).sort()).toEqual(['endsAt', 'toUserId'])

    expect((await coach.request('DELETE', `/api/v1/chat/handovers/${handover.json<{ id: string }>().id}`)).statusCode).toBe(204)
    expect((await inbox(colleague)).conversations.find((c) => c.clientId === clientId && c.reason === 'stand-in')).toBeUndefined()

    // The coach leaves the organisation: the client's messages go to the team.
    const deactivated = await admin.request('PATCH', `/api/v1/users/${userIds.get('coach')}`, { active: false })
    expect(deactivated.statusCode, deactivated.body).toBe(200)
    try {
      expect((await phone.request('GET', '/api/v1/me/chat')).json<MyChat>().counterpart.kind).toBe('team')
      await phone.request('POST', '/api/v1/me/chat/messages', { clientKey: key(), body: 'Mijn coach is weg?' })
      const teamMembers = await t.ctx.db.owner.query<{ user_id: string }>(
        "SELECT m.user_id FROM team_members m JOIN client_assignments a ON a.team_id = m.team_id AND a.valid_to IS NULL WHERE a.client_id = $1",
        [clientId],
      )
      const memberWhoCanSee = tenant.credentials.find((c) => c.totpSecret !== null && c.roles.includes('coach') && userIds.get(c.username) !== userIds.get('coach') && teamMembers.rows.some((r) => r.user_id === userIds.get(c.username)))!
      const member = await signIn(t.app, tenant.slug, memberWhoCanSee)
      expect((await inbox(member)).conversations.find((c) => c.clientId === clientId)).toMatchObject({ reason: 'team', unread: 2 })
    } finally {
      await admin.request('PATCH', `/api/v1/users/${userIds.get('coach')}`, { active: true })
      // Deactivation ended the coach's session; they sign in again.
      coach = await signIn(t.app, tenant.slug, tenant.credentials.find((c) => userIds.get(c.username) === userIds.get('coach'))!)
    }
  })

  it('takes photos and PDFs up to 5 MB, refuses other files by their content, and serves them only to the conversation', async () => {
    const { clientId, phone } = await newClient('Joris')
    const upload = (who: TestClient, url: string, name: string, bytes: Buffer) => {
      const form = multipart(name, bytes, 'image/png')
      return t.app.inject({ method: 'POST', url, payload: form.body, headers: { ...who.jar.header(), 'x-csrf-token': who.csrfToken!, 'content-type': form.contentType } })
    }
    const photo = await upload(phone, '/api/v1/me/chat/attachments', 'ziekmelding.png', png)
    expect(photo.statusCode, photo.body).toBe(201)
    expect(photo.json()).toMatchObject({ fileName: 'ziekmelding.png', mediaType: 'image/png' })
    const fake = await upload(phone, '/api/v1/me/chat/attachments', 'virus.png', Buffer.from('MZ this is no picture'))
    expect(fake.statusCode).toBe(415)
    const huge = await upload(phone, '/api/v1/me/chat/attachments', 'big.png', Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024)]))
    expect(huge.statusCode).toBe(413)

    const attachmentId = photo.json<{ id: string }>().id
    const sent = await phone.request('POST', '/api/v1/me/chat/messages', { clientKey: key(), body: '', attachmentId })
    expect(sent.statusCode, sent.body).toBe(201)
    const file = await coach.request('GET', `/api/v1/clients/${clientId}/chat/attachments/${attachmentId}`)
    expect(file.statusCode).toBe(200)
    expect(file.headers['content-type']).toBe('image/png')
    expect(file.rawPayload.equals(png)).toBe(true)

    const other = await newClient('Anna')
    expect((await other.phone.request('GET', `/api/v1/me/chat/attachments/${attachmentId}`)).statusCode).toBe(404)
    const borrowed = await other.phone.request('POST', '/api/v1/me/chat/messages', { clientKey: key(), body: 'kijk', attachmentId })
    expect(borrowed.statusCode).toBe(400)
    expect((await phone.request('POST', '/api/v1/me/chat/messages', { clientKey: key(), body: '   ' })).statusCode).toBe(400)
  })

  it('nudges a client whose app is closed with one push, without the message text', async () => {
    const { clientId, phone } = await newClient('Daan')
    const subscribed = await phone.request('PUT', '/api/v1/me/push-subscription', { endpoint: 'https://push.example/abc', keys: { p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM', auth: 'tBHItJI5svbpez7KI4CCXg' } })
    expect(subscribed.statusCode, subscribed.body).toBe(204)
    const pushes = async () =>
      (await t.ctx.db.owner.query<{ n: number }>("SELECT count(*)::int AS n FROM outbox_messages o JOIN message_sends s ON s.id = o.send_id WHERE o.client_id = $1 AND o.channel = 'push'", [clientId])).rows[0]!.n
    await coach.request('POST', `/api/v1/clients/${clientId}/chat/messages`, { clientKey: key(), body: 'Je uitkering is goedgekeurd.' })
    await coach.request('POST', `/api/v1/clients/${clientId}/chat/messages`, { clientKey: key(), body: 'Bel me even.' })
    expect(await pushes()).toBe(1)
    const variables = await t.ctx.db.owner.query<{ variables: Record<string, string> }>("SELECT s.variables FROM message_sends s JOIN outbox_messages o ON o.send_id = s.id WHERE o.client_id = $1 AND o.channel = 'push'", [clientId])
    expect(JSON.stringify(variables.rows[0]!.variables)).not.toContain('uitkering')

    // With the app open, no push.
    await phone.request('POST', '/api/v1/me/chat/read')
    const app = await ChatSocket.open(base, '/api/v1/me/chat/socket', phone.cookie)
    await coach.request('POST', `/api/v1/clients/${clientId}/chat/messages`, { clientKey: key(), body: 'Zie je morgen.' })
    await app.next((e) => e.type === 'message', 'message')
    expect(await pushes()).toBe(1)
    await app.close()
  })

  it('a client who waits longer than the threshold shows in the caseload with "answer the chat"; the answer ends it', async () => {
    const { clientId, phone } = await newClient('Mila')
    await phone.request('POST', '/api/v1/me/chat/messages', { clientKey: key(), body: 'Wanneer krijg ik mijn geld?' })
    const signalsOf = async () => {
      const caseload = await coach.request('GET', `/api/v1/caseload?query=Mila`)
      expect(caseload.statusCode, caseload.body).toBe(200)
      const page = caseload.json<{ clients: { id: string; signals: { signalCode: string }[] }[]; signals: Record<string, { action: string }> }>()
      const row = page.clients.find((c) => c.id === clientId)
      return row?.signals.filter((s) => s.signalCode === 'chat_unanswered').map((s) => ({ ...s, ...page.signals[s.signalCode] })) ?? []
    }
    expect(await runChatWaitingSignals(t.ctx)).toBe(0)
    expect(await signalsOf()).toEqual([])
    // Nine hours on (the default threshold is 8 hours): the wait is what it would be by then.
    await t.ctx.db.owner.query("UPDATE chat_conversations SET waiting_since = now() - interval '8 hours 1 minute' WHERE client_id = $1", [clientId])
    expect(await runChatWaitingSignals(t.ctx)).toBeGreaterThanOrEqual(1)
    expect(await signalsOf()).toEqual([expect.objectContaining({ signalCode: 'chat_unanswered', action: 'answer-chat' })])
    await coach.request('POST', `/api/v1/clients/${clientId}/chat/messages`, { clientKey: key(), body: 'Op de 25e.' })
    expect(await signalsOf()).toEqual([])
  })

  it('quick replies are the organisation’s: an admin keeps them, every coach uses them', async () => {
    const created = await admin.request('POST', '/api/v1/chat/quick-replies', { label: 'Bel ik je terug?', body: 'Ik bel je vandaag nog terug.', position: 1 })
    expect(created.statusCode, created.body).toBe(201)
    expect((await admin.request('POST', '/api/v1/chat/quick-replies', { label: 'Bel ik je terug?', body: 'dubbel' })).statusCode).toBe(409)
    expect((await coach.request('POST', '/api/v1/chat/quick-replies', { label: 'Eigen', body: 'x' })).statusCode).toBe(403)
    const list = await coach.request('GET', '/api/v1/chat/quick-replies')
    expect(list.json<{ quickReplies: { label: string }[] }>().quickReplies.map((q) => q.label)).toContain('Bel ik je terug?')
    expect((await admin.request('DELETE', `/api/v1/chat/quick-replies/${created.json<{ id: string }>().id}`)).statusCode).toBe(204)
  })
})
