import { Type } from '@sinclair/typebox'
import {
  AppDeviceList,
  AppInvitation,
  ClientSession,
  CodeRequest,
  CodeRequested,
  CodeSignIn,
  DeviceParams,
  Inbox,
  InboxMessageParams,
  MyMessagingPreferences,
  PushKey,
  PushSubscription,
} from '../../../common/api/clientApp.js'
import { ClientIdParams } from '../../../common/api/clients.js'
import { MessagingPreferencesView } from '../../../common/api/messaging.js'
import type { AppContext } from '../../appContext.js'
import { inTenant, type Tx } from '../../db/database.js'
import type { Trace } from '../../http/context.js'
import { userTrace } from '../../http/context.js'
import { clientActor, staffActor } from '../../http/guard.js'
import { notFound } from '../../http/problem.js'
import type { App } from '../../http/types.js'
import { recordAudit } from '../audit/recordAudit.js'
import { deviceTopic } from '../chat/topics.js'
import { requireClientAccess } from '../clients/access.js'
import { changeClient, clientActivity } from '../clients/clientService.js'
import { loadPreferences } from '../messaging/preferences.js'
import { clearDeviceCookie, deviceLabel, endDevice, setDeviceCookie, type ClientDeviceSession } from './deviceSession.js'
import { listDevices, revokeDevice, savePushSubscription } from './devices.js'
import { loadInbox, markRead } from './inbox.js'
import { inviteToApp } from './invitation.js'
import { savePreferences } from '../messaging/preferences.js'
import { clientAppAccess, requestSignInCode, signInWithCode } from './signInCodes.js'

const tags = ['Client app']
const client = { access: { kind: 'client' as const } }
const staff = { access: { kind: 'staff' as const } }
const noContent = { 204: Type.Null() }

const clientTrace = (traceId: string, actor: { clientId: string }): Trace => ({ traceId, actorType: 'client', actorId: actor.clientId })
const ownData = (actor: { clientId: string }) => ({ type: 'client', id: actor.clientId })

async function sessionView(tx: Tx, session: ClientDeviceSession) {
  const row = await tx
    .selectFrom('clients as c')
    .innerJoin('tenants as t', 't.id', 'c.tenant_id')
    .select(['c.first_names', 'c.preferred_language', 't.slug', 't.name'])
    .where('c.id', '=', session.clientId)
    .executeTakeFirstOrThrow()
  return {
    csrfToken: session.csrfToken,
    deviceId: session.deviceId,
    client: { firstName: row.first_names.split(/\s+/)[0] ?? row.first_names, preferredLanguage: row.preferred_language },
    organisation: { slug: row.slug, name: row.name },
  }
}

export function clientAppRoutes(app: App, ctx: AppContext): void {
  const signInLimit = { max: ctx.config.signInRateLimitPerMinute, timeWindow: '1 minute' }

  app.post(
    '/api/v1/me/sign-in-codes',
    {
      config: { access: { kind: 'public' }, csrf: false, rateLimit: signInLimit },
      schema: {
        tags,
        summary: 'Ask for a one-time sign-in code by SMS or email',
        description: 'The answer is the same whether or not the number or address is known: if it is, a code is on its way. At most 3 codes per number or address in 15 minutes.',
        body: CodeRequest,
        response: { 202: CodeRequested },
      },
    },
    async (request, reply) => reply.code(202).send(await requestSignInCode(ctx, request.id, request.body, request.ip)),
  )

  app.post(
    '/api/v1/me/session',
    {
      config: { access: { kind: 'public' }, csrf: false, rateLimit: signInLimit },
      schema: { tags, summary: 'Sign this device in with the code', body: CodeSignIn, response: { 200: ClientSession } },
    },
    async (request, reply) => {
      const signedIn = await signInWithCode(ctx, request.id, request.body, deviceLabel(request.headers['user-agent']))
      setDeviceCookie(ctx.config, reply, signedIn.session.tenantId, signedIn.token)
      return inTenant(ctx.db, { tenantId: signedIn.session.tenantId }, (tx) => sessionView(tx, signedIn.session))
    },
  )

  app.get('/api/v1/me/session', { config: client, schema: { tags, summary: 'This device’s session: who is signed in, for which organisation', response: { 200: ClientSession } } }, async (request) => {
    const actor = clientActor(request)
    return inTenant(ctx.db, actor, (tx) => sessionView(tx, request.clientSession!))
  })

  app.delete('/api/v1/me/session', { config: client, schema: { tags, summary: 'Sign this device out', response: noContent } }, async (request, reply) => {
    const actor = clientActor(request)
    await inTenant(ctx.db, actor, async (tx) => {
      await endDevice(tx, actor.deviceId)
      await recordAudit(tx, actor.tenantId, clientTrace(request.id, actor), { processingActivity: clientAppAccess, action: 'client-app.sign-out', dataSubject: ownData(actor), attributes: { deviceId: actor.deviceId } })
    })
    await ctx.realtime.publish(deviceTopic(actor.tenantId, actor.deviceId), { type: 'signed-out' })
    clearDeviceCookie(ctx.config, reply)
    return reply.code(204).send(null)
  })

  app.get('/api/v1/me/messages', { config: client, schema: { tags, summary: 'My messages, newest first, and how many are unread', response: { 200: Inbox } } }, async (request) => {
    const actor = clientActor(request)
    return inTenant(ctx.db, actor, async (tx) => {
      const inbox = await loadInbox(tx, actor.clientId)
      await recordAudit(tx, actor.tenantId, clientTrace(request.id, actor), { processingActivity: clientActivity, action: 'client-app.messages-read', dataSubject: ownData(actor) })
      return inbox
    })
  })

  app.post(
    '/api/v1/me/messages/:messageId/read',
    { config: client, schema: { tags, summary: 'Mark one of my messages read', params: InboxMessageParams, response: noContent } },
    async (request, reply) => {
      const actor = clientActor(request)
      await inTenant(ctx.db, actor, async (tx) => {
        if (!(await markRead(tx, actor.clientId, request.params.messageId))) throw notFound('You have no such message.')
        await recordAudit(tx, actor.tenantId, clientTrace(request.id, actor), { processingActivity: clientActivity, action: 'client-app.message-read', dataSubject: ownData(actor), attributes: { messageId: request.params.messageId } })
      })
      return reply.code(204).send(null)
    },
  )

  app.get('/api/v1/me/push-key', { config: client, schema: { tags, summary: 'The public key (VAPID) to subscribe this device to push notifications', response: { 200: PushKey } } }, async () => {
    const push = ctx.config.messaging.push
    if (push === null) throw notFound('Push notifications are not set up for this installation.')
    return { publicKey: push.publicKey }
  })

  app.put(
    '/api/v1/me/push-subscription',
    { config: client, schema: { tags, summary: 'Receive push notifications on this device', body: PushSubscription, response: noContent } },
    async (request, reply) => {
      const actor = clientActor(request)
      await inTenant(ctx.db, actor, async (tx) => {
        await savePushSubscription(tx, actor.deviceId, request.body)
        await recordAudit(tx, actor.tenantId, clientTrace(request.id, actor), { processingActivity: clientAppAccess, action: 'client-app.push-subscribe', dataSubject: ownData(actor), attributes: { deviceId: actor.deviceId } })
      })
      return reply.code(204).send(null)
    },
  )

  app.delete('/api/v1/me/push-subscription', { config: client, schema: { tags, summary: 'No more push notifications on this device', response: noContent } }, async (request, reply) => {
    const actor = clientActor(request)
    await inTenant(ctx.db, actor, async (tx) => {
      await savePushSubscription(tx, actor.deviceId, null)
      await recordAudit(tx, actor.tenantId, clientTrace(request.id, actor), { processingActivity: clientAppAccess, action: 'client-app.push-unsubscribe', dataSubject: ownData(actor), attributes: { deviceId: actor.deviceId } })
    })
    return reply.code(204).send(null)
  })

  app.get('/api/v1/me/messaging-preferences', { config: client, schema: { tags, summary: 'My channels, the kinds of messages I do not want, and click tracking', response: { 200: MessagingPreferencesView } } }, async (request) => {
    const actor = clientActor(request)
    return inTenant(ctx.db, actor, async (tx) => {
      const view = await loadPreferences(tx, actor.clientId)
      await recordAudit(tx, actor.tenantId, clientTrace(request.id, actor), { processingActivity: clientActivity, action: 'client.messaging-preferences-read', dataSubject: ownData(actor) })
      return view
    })
  })

  app.put(
    '/api/v1/me/messaging-preferences',
    { config: client, schema: { tags, summary: 'Change my channels, the kinds of messages I do not want, and click tracking', body: MyMessagingPreferences, response: { 200: MessagingPreferencesView } } },
    async (request) => {
      const actor = clientActor(request)
      return inTenant(ctx.db, actor, async (tx) => {
        await savePreferences(tx, actor.tenantId, 'client', actor.clientId, request.body)
        await recordAudit(tx, actor.tenantId, clientTrace(request.id, actor), { processingActivity: clientActivity, action: 'client.messaging-preferences-change', dataSubject: ownData(actor) })
        return loadPreferences(tx, actor.clientId)
      })
    },
  )

  // For the coach --------------------------------------------------------------------------

  app.post(
    '/api/v1/clients/:clientId/app-invitation',
    { config: staff, schema: { tags, summary: 'Send the client the link to the app (SMS or email, through the outbox) and get it back as a QR code', params: ClientIdParams, response: { 200: AppInvitation } } },
    async (request) => {
      const actor = staffActor(request)
      const { clientId } = request.params
      const invitation = await changeClient(ctx, request.id, actor, clientId, 'client.app-invitation', (tx) => inviteToApp(ctx, tx, actor.tenantId, actor.userId, clientId))
      if (invitation.sentOn !== null) ctx.wakeDelivery?.()
      return invitation
    },
  )

  app.get('/api/v1/clients/:clientId/devices', { config: staff, schema: { tags, summary: 'The client’s devices with the app: signed in, last seen, push', params: ClientIdParams, response: { 200: AppDeviceList } } }, async (request) => {
    const actor = staffActor(request)
    const { clientId } = request.params
    return inTenant(ctx.db, actor, async (tx) => {
      await requireClientAccess(tx, actor, clientId)
      const devices = await listDevices(tx, clientId)
      await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: clientActivity, action: 'client.app-devices-read', dataSubject: { type: 'client', id: clientId } })
      return { devices }
    })
  })

  app.post(
    '/api/v1/clients/:clientId/devices/:deviceId/revoke',
    { config: staff, schema: { tags, summary: 'Sign a device of the client out for good', params: DeviceParams, response: noContent } },
    async (request, reply) => {
      const actor = staffActor(request)
      const { clientId, deviceId } = request.params
      await changeClient(ctx, request.id, actor, clientId, 'client.app-device-revoke', (tx) => revokeDevice(tx, clientId, deviceId), { deviceId })
      await ctx.realtime.publish(deviceTopic(actor.tenantId, deviceId), { type: 'signed-out' })
      return reply.code(204).send(null)
    },
  )
}
