import { Type } from '@sinclair/typebox'
import {
  EstimateRequest,
  MessagingPreferencesChange,
  MessagingPreferencesView,
  MessagingSettings,
  NewSend,
  OutboxMessageParams,
  OutboxPage,
  OutboxQuery,
  Preview,
  PreviewRequest,
  SendCreated,
  SendEstimate,
  SendList,
  SendListQuery,
  SendParams,
  SendReport,
  Template,
  TemplateInput,
  TemplateList,
  TemplateParams,
  TemplateSaved,
} from '../../../common/api/messaging.js'
import { ClientIdParams } from '../../../common/api/clients.js'
import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import { userTrace } from '../../http/context.js'
import { staffActor } from '../../http/guard.js'
import { notFound } from '../../http/problem.js'
import type { App } from '../../http/types.js'
import { recordAudit } from '../audit/recordAudit.js'
import { requireClientAccess } from '../clients/access.js'
import { changeClient, clientActivity } from '../clients/clientService.js'
import { loadPreferences, savePreferences } from './preferences.js'
import { previewForClient } from './preview.js'
import { clientMessages, listSends, outboxMessages, retryMessage, sendMessages, sendReport } from './reports.js'
import { clientsOutsideScope } from './recipients.js'
import { cancelSend, createSend, estimateSend, sendScope } from './sends.js'
import { loadMessagingSettings, saveMessagingSettings } from './settings.js'
import { createTemplate, listTemplates, loadTemplate, templateView, updateTemplate } from './templates.js'

const tags = ['Messaging']
const staff = { access: { kind: 'staff' as const } }
const editors = { access: { kind: 'staff' as const, roles: ['editor' as const, 'admin' as const] } }
const admins = { access: { kind: 'staff' as const, roles: ['admin' as const] } }
/** The processing activity under which Koers contacts clients. */
export const messagingActivity = 'client-messaging'

export function messagingRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/message-templates', { config: staff, schema: { tags, summary: 'The organisation’s message templates', response: { 200: TemplateList } } }, async (request) => {
    const actor = staffActor(request)
    return inTenant(ctx.db, actor, async (tx) => ({ templates: await listTemplates(tx) }))
  })

  app.post(
    '/api/v1/message-templates',
    { config: editors, schema: { tags, summary: 'Write a template: per language, per channel, in Liquid; syntax errors are refused with their line, other concerns come back as warnings', body: TemplateInput, response: { 201: TemplateSaved } } },
    async (request, reply) => {
      const actor = staffActor(request)
      const saved = await inTenant(ctx.db, actor, async (tx) => {
        const result = await createTemplate(tx, actor.tenantId, actor.userId, request.body)
        await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: messagingActivity, action: 'message-template.create', attributes: { templateId: result.id } })
        return result
      })
      return reply.code(201).send(saved)
    },
  )

  app.get('/api/v1/message-templates/:templateId', { config: staff, schema: { tags, summary: 'One template with its texts, variables and warnings', params: TemplateParams, response: { 200: Template } } }, async (request) => {
    const actor = staffActor(request)
    return inTenant(ctx.db, actor, async (tx) => {
      const template = await loadTemplate(tx, request.params.templateId)
      if (!template) throw notFound('No such template.')
      return templateView(template)
    })
  })

  app.put(
    '/api/v1/message-templates/:templateId',
    {
      config: editors,
      schema: { tags, summary: 'Change a template (or archive it)', params: TemplateParams, body: Type.Composite([TemplateInput, Type.Object({ archived: Type.Optional(Type.Boolean()) })], { additionalProperties: false }), response: { 200: TemplateSaved } },
    },
    async (request) => {
      const actor = staffActor(request)
      return inTenant(ctx.db, actor, async (tx) => {
        const result = await updateTemplate(tx, actor.tenantId, actor.userId, request.params.templateId, request.body)
        await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: messagingActivity, action: 'message-template.update', attributes: { templateId: result.id } })
        return result
      })
    },
  )

  app.post(
    '/api/v1/message-templates/:templateId/preview',
    { config: staff, schema: { tags, summary: 'The template as a chosen client would get it, on each channel', params: TemplateParams, body: PreviewRequest, response: { 200: Preview } } },
    async (request) => {
      const actor = staffActor(request)
      return inTenant(ctx.db, actor, async (tx) => {
        // Whoever may send to a client may see how the message reads for them.
        if ((await clientsOutsideScope(tx, [request.body.clientId], sendScope(actor))).length > 0) await requireClientAccess(tx, actor, request.body.clientId)
        const preview = await previewForClient(tx, request.params.templateId, request.body)
        await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), {
          processingActivity: messagingActivity,
          action: 'message.preview',
          dataSubject: { type: 'client', id: request.body.clientId },
          attributes: { templateId: request.params.templateId },
        })
        return preview
      })
    },
  )

  app.post(
    '/api/v1/message-sends/estimate',
    { config: staff, schema: { tags, summary: 'How many people a send would reach, on which channels, and who not and why', body: EstimateRequest, response: { 200: SendEstimate } } },
    async (request) => {
      const actor = staffActor(request)
      return inTenant(ctx.db, actor, (tx) => estimateSend(tx, actor, request.body))
    },
  )

  app.post(
    '/api/v1/message-sends',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Send a template to clients or an audience, now or later; the outbox is written in the same transaction, and the same idempotency key twice gives the first send back',
        body: NewSend,
        response: { 201: SendCreated, 200: SendCreated },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request)
      const created = await inTenant(ctx.db, actor, async (tx) => {
        const result = await createSend(tx, actor, request.body)
        if (!result.repeated) {
          await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), {
            processingActivity: messagingActivity,
            action: 'message.send',
            attributes: {
              sendId: result.id,
              templateId: request.body.templateId,
              target: request.body.target.kind,
              ...(request.body.target.kind === 'clients' ? { clientIds: request.body.target.clientIds } : { audienceId: request.body.target.audienceId }),
              recipients: result.recipients,
            },
          })
        }
        return result
      })
      if (created.status === 'sending') ctx.wakeDelivery?.()
      return reply.code(created.repeated ? 200 : 201).send(created)
    },
  )

  app.get('/api/v1/message-sends', { config: staff, schema: { tags, summary: 'Sends, newest first (a coach sees their own)', querystring: SendListQuery, response: { 200: SendList } } }, async (request) => {
    const actor = staffActor(request)
    return inTenant(ctx.db, actor, (tx) => listSends(tx, actor, request.query.cursor))
  })

  app.get('/api/v1/message-sends/:sendId', { config: staff, schema: { tags, summary: 'The report of a send: reach, delivered, opened, clicked, failed, not reached', params: SendParams, response: { 200: SendReport } } }, async (request) => {
    const actor = staffActor(request)
    return inTenant(ctx.db, actor, (tx) => sendReport(tx, actor, request.params.sendId))
  })

  app.post('/api/v1/message-sends/:sendId/cancel', { config: staff, schema: { tags, summary: 'Cancel a planned send before it goes out', params: SendParams, response: { 204: Type.Null() } } }, async (request, reply) => {
    const actor = staffActor(request)
    await inTenant(ctx.db, actor, async (tx) => {
      await cancelSend(tx, actor, request.params.sendId)
      await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: messagingActivity, action: 'message.cancel', attributes: { sendId: request.params.sendId } })
    })
    return reply.code(204).send(null)
  })

  app.get(
    '/api/v1/message-sends/:sendId/messages',
    { config: staff, schema: { tags, summary: 'The outbox of a send: per recipient and channel, what was sent and what happened', params: SendParams, querystring: OutboxQuery, response: { 200: OutboxPage } } },
    async (request) => {
      const actor = staffActor(request)
      return inTenant(ctx.db, actor, async (tx) => {
        const page = await sendMessages(tx, actor, request.params.sendId, request.query)
        await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), {
          processingActivity: messagingActivity,
          action: 'message.outbox-read',
          attributes: { sendId: request.params.sendId, shownClientIds: [...new Set(page.messages.map((m) => m.client.id))] },
        })
        return page
      })
    },
  )

  app.get('/api/v1/outbox', { config: admins, schema: { tags, summary: 'Outbox messages across sends, e.g. the dead letters (admins)', querystring: OutboxQuery, response: { 200: OutboxPage } } }, async (request) => {
    const actor = staffActor(request)
    return inTenant(ctx.db, actor, async (tx) => {
      const page = await outboxMessages(tx, request.query)
      await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), {
        processingActivity: messagingActivity,
        action: 'message.outbox-read',
        attributes: { status: request.query.status ?? null, shownClientIds: [...new Set(page.messages.map((m) => m.client.id))] },
      })
      return page
    })
  })

  app.post('/api/v1/outbox/:messageId/retry', { config: admins, schema: { tags, summary: 'Send a dead letter or failed message again', params: OutboxMessageParams, response: { 204: Type.Null() } } }, async (request, reply) => {
    const actor = staffActor(request)
    await inTenant(ctx.db, actor, async (tx) => {
      const { sendId, clientId } = await retryMessage(tx, request.params.messageId)
      await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), {
        processingActivity: messagingActivity,
        action: 'message.retry',
        dataSubject: { type: 'client', id: clientId },
        attributes: { sendId, messageId: request.params.messageId },
      })
    })
    ctx.wakeDelivery?.()
    return reply.code(204).send(null)
  })

  app.get('/api/v1/clients/:clientId/messages', { config: staff, schema: { tags, summary: 'Every message to a client, newest first', params: ClientIdParams, querystring: OutboxQuery, response: { 200: OutboxPage } } }, async (request) => {
    const actor = staffActor(request)
    const { clientId } = request.params
    return inTenant(ctx.db, actor, async (tx) => {
      await requireClientAccess(tx, actor, clientId)
      const page = await clientMessages(tx, clientId, request.query)
      await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: clientActivity, action: 'client.messages-read', dataSubject: { type: 'client', id: clientId } })
      return page
    })
  })

  app.get(
    '/api/v1/clients/:clientId/messaging-preferences',
    { config: staff, schema: { tags, summary: 'A client’s channels: consents, opted-out categories, click tracking, and what they can be reached on now', params: ClientIdParams, response: { 200: MessagingPreferencesView } } },
    async (request) => {
      const actor = staffActor(request)
      const { clientId } = request.params
      return inTenant(ctx.db, actor, async (tx) => {
        await requireClientAccess(tx, actor, clientId)
        const view = await loadPreferences(tx, clientId)
        await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: clientActivity, action: 'client.messaging-preferences-read', dataSubject: { type: 'client', id: clientId } })
        return view
      })
    },
  )

  app.put(
    '/api/v1/clients/:clientId/messaging-preferences',
    { config: staff, schema: { tags, summary: 'Record a client’s channel choices on their behalf, with a note', params: ClientIdParams, body: MessagingPreferencesChange, response: { 200: MessagingPreferencesView } } },
    async (request) => {
      const actor = staffActor(request)
      const { clientId } = request.params
      return changeClient(ctx, request.id, actor, clientId, 'client.messaging-preferences-change', async (tx) => {
        const { note, ...change } = request.body
        await savePreferences(tx, actor.tenantId, { userId: actor.userId, note }, clientId, change)
        return loadPreferences(tx, clientId)
      })
    },
  )

  app.get('/api/v1/messaging-settings', { config: staff, schema: { tags, summary: 'Quiet hours, weekly cap, SMS sender and template languages', response: { 200: MessagingSettings } } }, async (request) => {
    const actor = staffActor(request)
    return inTenant(ctx.db, actor, (tx) => loadMessagingSettings(tx))
  })

  app.put('/api/v1/messaging-settings', { config: admins, schema: { tags, summary: 'Change the messaging settings (admins)', body: MessagingSettings, response: { 200: MessagingSettings } } }, async (request) => {
    const actor = staffActor(request)
    return inTenant(ctx.db, actor, async (tx) => {
      await saveMessagingSettings(tx, actor.tenantId, actor.userId, request.body)
      await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: messagingActivity, action: 'messaging-settings.change' })
      return loadMessagingSettings(tx)
    })
  })
}
