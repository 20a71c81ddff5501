import fastifyMultipart from '@fastify/multipart'
import fastifyWebsocket from '@fastify/websocket'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyReply } from 'fastify'
import {
  ChatAttachment,
  ChatAttachmentParams,
  ChatAttachmentUpload,
  ChatClientParams,
  ChatInbox,
  ChatMessage,
  ChatMessages,
  ChatMessagesQuery,
  ChatSend,
  ClientChatAttachmentParams,
  HandoverInput,
  HandoverList,
  HandoverParams,
  Handover,
  MyChat,
  QuickReply,
  QuickReplyInput,
  QuickReplyList,
  QuickReplyParams,
  maxAttachmentBytes,
} from '../../../common/api/chat.js'
import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import { userTrace } from '../../http/context.js'
import { clientActor, staffActor } from '../../http/guard.js'
import type { App } from '../../http/types.js'
import { recordAudit } from '../audit/recordAudit.js'
import { clientActivity } from '../clients/clientService.js'
import { readUpload } from '../imports/readUpload.js'
import { attachmentLimit, loadAttachment, storeAttachment } from './attachments.js'
import { conversationForStaff, myChat, readAsClient, readAsStaff, requireChatAccess, sendAsClient, sendAsStaff } from './chatService.js'
import { cancelHandover, createHandover, listHandovers } from './handovers.js'
import { loadChatInbox } from './inbox.js'
import { createQuickReply, deleteQuickReply, listQuickReplies, updateQuickReply } from './quickReplies.js'
import { clientChatSocket, staffChatSocket } from './socket.js'

const tags = ['Chat']
const client = { access: { kind: 'client' as const } }
const staff = { access: { kind: 'staff' as const } }
const adminOnly = { access: { kind: 'staff' as const, roles: ['admin' as const] } }
const noContent = { 204: Type.Null() }
const multipart = { consumes: ['multipart/form-data'] }
const handlerChecksBody = () => () => true
const tooLarge = { 413: Type.Null({ description: `The file is larger than ${maxAttachmentBytes / 1024 / 1024} MB` }) }
const socketDescription = 'A WebSocket (JSON frames; the protocol is described in src/common/api/chat.ts).'

/** A stored file back to its reader: never rendered inline as anything but a photo or a PDF. */
function sendFile(reply: FastifyReply, file: { fileName: string; mediaType: string; content: Buffer }) {
  return reply
    .header('Content-Type', file.mediaType)
    .header('Content-Disposition', `${file.mediaType.startsWith('image/') ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('X-Content-Type-Options', 'nosniff')
    .header('Content-Security-Policy', "default-src 'none'")
    .send(file.content)
}

export function chatRoutes(app: App, ctx: AppContext): void {
  void app.register(async (instance) => {
    const scope = instance.withTypeProvider<TypeBoxTypeProvider>()
    await scope.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } })
    await scope.register(fastifyMultipart, { limits: { fileSize: maxAttachmentBytes } })

    // The client app ------------------------------------------------------------------------

    scope.get('/api/v1/me/chat/socket', { websocket: true, config: client, schema: { hide: true, description: socketDescription } }, (socket, request) => clientChatSocket(ctx, socket, request))

    scope.get('/api/v1/me/chat', { config: client, schema: { tags, summary: 'My chat with my coach: who answers, the messages (oldest first) and how many are unread', querystring: ChatMessagesQuery, response: { 200: MyChat } } }, async (request) =>
      myChat(ctx, request.id, clientActor(request), request.query),
    )

    scope.post(
      '/api/v1/me/chat/messages',
      { config: client, schema: { tags, summary: 'Send a chat message; sending it again with the same clientKey returns the first (200) instead of a second', body: ChatSend, response: { 201: ChatMessage, 200: ChatMessage } } },
      async (request, reply) => {
        const actor = clientActor(request)
        const { message, created } = await sendAsClient(ctx, request.id, actor, request.body)
        return reply.code(created ? 201 : 200).send(message)
      },
    )

    scope.post('/api/v1/me/chat/read', { config: client, schema: { tags, summary: 'I have read what my coach wrote', response: noContent } }, async (request, reply) => {
      await readAsClient(ctx, request.id, clientActor(request))
      return reply.code(204).send(null)
    })

    scope.post(
      '/api/v1/me/chat/attachments',
      { config: client, validatorCompiler: handlerChecksBody, schema: { tags, summary: 'Upload a photo or document for a chat message', ...multipart, body: ChatAttachmentUpload, response: { 201: ChatAttachment, ...tooLarge } } },
      async (request, reply) => {
        const actor = clientActor(request)
        const { file } = await readUpload(request, [], attachmentLimit)
        const attachment = await inTenant(ctx.db, actor, async (tx) => {
          const stored = await storeAttachment(tx, { tenantId: actor.tenantId, clientId: actor.clientId, uploadedBy: 'client', fileName: file.name, bytes: file.bytes })
          await recordAudit(tx, actor.tenantId, { traceId: request.id, actorType: 'client', actorId: actor.clientId }, { processingActivity: clientActivity, action: 'chat.attachment-upload', dataSubject: { type: 'client', id: actor.clientId }, attributes: { attachmentId: stored.id } })
          return stored
        })
        return reply.code(201).send(attachment)
      },
    )

    scope.get('/api/v1/me/chat/attachments/:attachmentId', { config: client, schema: { tags, summary: 'A photo or document of my chat', params: ChatAttachmentParams } }, async (request, reply) => {
      const actor = clientActor(request)
      const file = await inTenant(ctx.db, actor, async (tx) => {
        const loaded = await loadAttachment(tx, actor.clientId, request.params.attachmentId)
        await recordAudit(tx, actor.tenantId, { traceId: request.id, actorType: 'client', actorId: actor.clientId }, { processingActivity: clientActivity, action: 'chat.attachment-read', dataSubject: { type: 'client', id: actor.clientId }, attributes: { attachmentId: request.params.attachmentId } })
        return loaded
      })
      return sendFile(reply, file)
    })

    // Staff -------------------------------------------------------------------------------

    scope.get('/api/v1/chat/socket', { websocket: true, config: staff, schema: { hide: true, description: socketDescription } }, (socket, request) => staffChatSocket(ctx, socket, request))

    scope.get('/api/v1/chat/inbox', { config: staff, schema: { tags, summary: 'My chat inbox: unread first, then who has waited longest', response: { 200: ChatInbox } } }, async (request) => {
      const actor = staffActor(request)
      return inTenant(ctx.db, actor, (tx) => loadChatInbox(tx, actor))
    })

    scope.get(
      '/api/v1/clients/:clientId/chat',
      { config: staff, schema: { tags, summary: 'The chat with a client, oldest first', params: ChatClientParams, querystring: ChatMessagesQuery, response: { 200: ChatMessages } } },
      async (request) => conversationForStaff(ctx, request.id, staffActor(request), request.params.clientId, request.query),
    )

    scope.post(
      '/api/v1/clients/:clientId/chat/messages',
      { config: staff, schema: { tags, summary: 'Answer a client in the chat; the same clientKey again returns the first message', params: ChatClientParams, body: ChatSend, response: { 201: ChatMessage, 200: ChatMessage } } },
      async (request, reply) => {
        const { message, created } = await sendAsStaff(ctx, request.id, staffActor(request), request.params.clientId, request.body)
        return reply.code(created ? 201 : 200).send(message)
      },
    )

    scope.post('/api/v1/clients/:clientId/chat/read', { config: staff, schema: { tags, summary: 'Mark what the client wrote as read', params: ChatClientParams, response: noContent } }, async (request, reply) => {
      await readAsStaff(ctx, request.id, staffActor(request), request.params.clientId)
      return reply.code(204).send(null)
    })

    scope.post(
      '/api/v1/clients/:clientId/chat/attachments',
      { config: staff, validatorCompiler: handlerChecksBody, schema: { tags, summary: 'Upload a photo or document for a chat message to the client', params: ChatClientParams, ...multipart, body: ChatAttachmentUpload, response: { 201: ChatAttachment, ...tooLarge } } },
      async (request, reply) => {
        const actor = staffActor(request)
        const { clientId } = request.params
        const { file } = await readUpload(request, [], attachmentLimit)
        const attachment = await inTenant(ctx.db, actor, async (tx) => {
          await requireChatAccess(tx, actor, clientId, true)
          const stored = await storeAttachment(tx, { tenantId: actor.tenantId, clientId, uploadedBy: 'staff', fileName: file.name, bytes: file.bytes })
          await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: clientActivity, action: 'chat.attachment-upload', dataSubject: { type: 'client', id: clientId }, attributes: { attachmentId: stored.id } })
          return stored
        })
        return reply.code(201).send(attachment)
      },
    )

    scope.get(
      '/api/v1/clients/:clientId/chat/attachments/:attachmentId',
      { config: staff, schema: { tags, summary: 'A photo or document of the chat with a client', params: ClientChatAttachmentParams } },
      async (request, reply) => {
        const actor = staffActor(request)
        const { clientId, attachmentId } = request.params
        const file = await inTenant(ctx.db, actor, async (tx) => {
          await requireChatAccess(tx, actor, clientId, false)
          const loaded = await loadAttachment(tx, clientId, attachmentId)
          await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: clientActivity, action: 'chat.attachment-read', dataSubject: { type: 'client', id: clientId }, attributes: { attachmentId } })
          return loaded
        })
        return sendFile(reply, file)
      },
    )

    scope.get('/api/v1/chat/quick-replies', { config: staff, schema: { tags, summary: 'The organisation’s quick replies', response: { 200: QuickReplyList } } }, async (request) => {
      const actor = staffActor(request)
      return { quickReplies: await inTenant(ctx.db, actor, (tx) => listQuickReplies(tx)) }
    })

    scope.post('/api/v1/chat/quick-replies', { config: adminOnly, schema: { tags, summary: 'Add a quick reply', body: QuickReplyInput, response: { 201: QuickReply } } }, async (request, reply) => {
      const actor = staffActor(request)
      const created = await inTenant(ctx.db, actor, async (tx) => {
        const saved = await createQuickReply(tx, actor.tenantId, request.body)
        await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: 'configuration', action: 'chat.quick-reply-create', attributes: { quickReplyId: saved.id } })
        return saved
      })
      return reply.code(201).send(created)
    })

    scope.put('/api/v1/chat/quick-replies/:quickReplyId', { config: adminOnly, schema: { tags, summary: 'Change a quick reply', params: QuickReplyParams, body: QuickReplyInput, response: { 200: QuickReply } } }, async (request) => {
      const actor = staffActor(request)
      return inTenant(ctx.db, actor, async (tx) => {
        const saved = await updateQuickReply(tx, request.params.quickReplyId, request.body)
        await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: 'configuration', action: 'chat.quick-reply-update', attributes: { quickReplyId: saved.id } })
        return saved
      })
    })

    scope.delete('/api/v1/chat/quick-replies/:quickReplyId', { config: adminOnly, schema: { tags, summary: 'Remove a quick reply', params: QuickReplyParams, response: noContent } }, async (request, reply) => {
      const actor = staffActor(request)
      await inTenant(ctx.db, actor, async (tx) => {
        await deleteQuickReply(tx, request.params.quickReplyId)
        await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: 'configuration', action: 'chat.quick-reply-delete', attributes: { quickReplyId: request.params.quickReplyId } })
      })
      return reply.code(204).send(null)
    })

    scope.get('/api/v1/chat/handovers', { config: staff, schema: { tags, summary: 'Hand-overs of chats, running or coming, from or to me', response: { 200: HandoverList } } }, async (request) => {
      const actor = staffActor(request)
      return { handovers: await inTenant(ctx.db, actor, (tx) => listHandovers(tx, actor.userId)) }
    })

    scope.post(
      '/api/v1/chat/handovers',
      { config: staff, schema: { tags, summary: 'Hand my chats (or, as team lead, a coach’s) to a colleague while away', body: HandoverInput, response: { 201: Handover } } },
      async (request, reply) => {
        const actor = staffActor(request)
        const created = await inTenant(ctx.db, actor, async (tx) => {
          const handover = await createHandover(tx, actor, request.body.fromUserId ?? actor.userId, request.body)
          await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: 'client-guidance', action: 'chat.handover-create', attributes: { handoverId: handover.id, fromUserId: handover.fromUserId, toUserId: handover.toUserId } })
          return handover
        })
        return reply.code(201).send(created)
      },
    )

    scope.delete('/api/v1/chat/handovers/:handoverId', { config: staff, schema: { tags, summary: 'End a hand-over (the coach is back)', params: HandoverParams, response: noContent } }, async (request, reply) => {
      const actor = staffActor(request)
      await inTenant(ctx.db, actor, async (tx) => {
        await cancelHandover(tx, actor, request.params.handoverId)
        await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: 'client-guidance', action: 'chat.handover-end', attributes: { handoverId: request.params.handoverId } })
      })
      return reply.code(204).send(null)
    })
  })
}
