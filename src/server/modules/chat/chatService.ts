import type { ChatMessage, ChatSend, MyChat } from '../../../common/api/chat.js'
import type { AppContext } from '../../appContext.js'
import { inTenant, type Tx } from '../../db/database.js'
import type { StaffActor, Trace } from '../../http/context.js'
import { userTrace } from '../../http/context.js'
import { recordAudit } from '../audit/recordAudit.js'
import { hasPushDevice } from '../clientApp/devices.js'
import { queueServiceMessage } from '../clientApp/serviceMessages.js'
import { requireClientAccess } from '../clients/access.js'
import { clientActivity } from '../clients/clientService.js'
import { recomputeSignals } from '../signals/recompute.js'
import { chatRecipients, chatResponsibility, counterpartOf, type ChatResponsibility } from './responsibility.js'
import { loadMessages, markConversationRead, postChatMessage, unreadCount } from './messages.js'
import { appIsOpen, conversationTopic, inboxTopic } from './topics.js'

export interface ClientChatActor {
  tenantId: string
  clientId: string
  deviceId: string
}

const clientTrace = (traceId: string, actor: ClientChatActor): Trace => ({ traceId, actorType: 'client', actorId: actor.clientId })
const subject = (clientId: string) => ({ type: 'client', id: clientId })

/** After the commit: the conversation's followers get the message, the responsible staff a changed inbox. */
async function announce(ctx: AppContext, tenantId: string, clientId: string, event: Record<string, unknown>, staffIds: string[]): Promise<void> {
  await ctx.realtime.publishAll([
    { topic: conversationTopic(tenantId, clientId), event },
    ...staffIds.map((userId) => ({ topic: inboxTopic(tenantId, userId), event: { type: 'inbox', clientId } })),
  ])
}

/**
 * Staff may chat with a client in their scope (as for the client page: their caseload, their
 * team, a role or a recorded reason), or whose coach they stand in for. Returns who answers.
 */
export async function requireChatAccess(tx: Tx, actor: StaffActor, clientId: string, edit: boolean): Promise<ChatResponsibility> {
  const responsibility = await chatResponsibility(tx, clientId)
  const own = responsibility.coach?.id === actor.userId || responsibility.standIn?.id === actor.userId
  const team = responsibility.team !== null && actor.teamIds.includes(responsibility.team.id)
  if (!own && !team) await requireClientAccess(tx, actor, clientId, edit)
  return responsibility
}

export async function myChat(ctx: AppContext, traceId: string, actor: ClientChatActor, options: { before?: string; limit?: number }): Promise<MyChat> {
  return inTenant(ctx.db, actor, async (tx) => {
    const responsibility = await chatResponsibility(tx, actor.clientId)
    const organisation = await tx.selectFrom('tenants').select('name').where('id', '=', actor.tenantId).executeTakeFirstOrThrow()
    const page = await loadMessages(tx, actor.clientId, options)
    const unread = await unreadCount(tx, actor.clientId, 'client')
    await recordAudit(tx, actor.tenantId, clientTrace(traceId, actor), { processingActivity: clientActivity, action: 'chat.read', dataSubject: subject(actor.clientId) })
    return { counterpart: counterpartOf(responsibility, organisation.name), ...page, unread }
  })
}

export async function sendAsClient(ctx: AppContext, traceId: string, actor: ClientChatActor, input: ChatSend): Promise<{ message: ChatMessage; created: boolean }> {
  const { message, created, staffIds } = await inTenant(ctx.db, actor, async (tx) => {
    const posted = await postChatMessage(tx, { tenantId: actor.tenantId, clientId: actor.clientId, author: 'client', authorUserId: null, body: input.body, clientKey: input.clientKey, attachmentId: input.attachmentId })
    if (!posted.created) return { ...posted, staffIds: [] }
    await recordAudit(tx, actor.tenantId, clientTrace(traceId, actor), { processingActivity: clientActivity, action: 'chat.send', dataSubject: subject(actor.clientId), attributes: { messageId: posted.message.id } })
    return { ...posted, staffIds: await chatRecipients(tx, await chatResponsibility(tx, actor.clientId)) }
  })
  if (created) await announce(ctx, actor.tenantId, actor.clientId, { type: 'message', messageId: message.id, message }, staffIds)
  return { message, created }
}

export async function sendAsStaff(ctx: AppContext, traceId: string, actor: StaffActor, clientId: string, input: ChatSend): Promise<{ message: ChatMessage; created: boolean }> {
  const clientAway = !appIsOpen(actor.tenantId, clientId)
  const { message, created, staffIds } = await inTenant(ctx.db, actor, async (tx) => {
    const responsibility = await requireChatAccess(tx, actor, clientId, true)
    const posted = await postChatMessage(tx, { tenantId: actor.tenantId, clientId, author: 'staff', authorUserId: actor.userId, body: input.body, clientKey: input.clientKey, attachmentId: input.attachmentId })
    if (!posted.created) return { ...posted, staffIds: [] }
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), { processingActivity: clientActivity, action: 'chat.send', dataSubject: subject(clientId), attributes: { messageId: posted.message.id } })
    // An answer ends the "unanswered chat" signal at once.
    if (posted.endedWait) await recomputeSignals(tx, actor.tenantId, [clientId])
    // A push to a phone without the app open, for the first unread message only: one nudge, not one per line.
    if (clientAway && (await unreadCount(tx, clientId, 'client')) === 1 && (await hasPushDevice(tx, clientId))) {
      await queueServiceMessage(tx, { tenantId: actor.tenantId, clientId, kind: 'chatMessage', channel: 'push', variables: { sender: posted.message.authorName ?? '', app_path: '/app/chat' }, sentBy: actor.userId })
      ctx.wakeDelivery?.()
    }
    return { ...posted, staffIds: await chatRecipients(tx, responsibility) }
  })
  if (created) await announce(ctx, actor.tenantId, clientId, { type: 'message', messageId: message.id, message }, staffIds)
  return { message, created }
}

export async function readAsClient(ctx: AppContext, traceId: string, actor: ClientChatActor): Promise<void> {
  const readAt = await inTenant(ctx.db, actor, async (tx) => {
    const at = await markConversationRead(tx, actor.clientId, 'client')
    if (at !== null) await recordAudit(tx, actor.tenantId, clientTrace(traceId, actor), { processingActivity: clientActivity, action: 'chat.mark-read', dataSubject: subject(actor.clientId) })
    return at
  })
  if (readAt !== null) await ctx.realtime.publish(conversationTopic(actor.tenantId, actor.clientId), { type: 'read', clientId: actor.clientId, by: 'client', readAt: readAt.toISOString() })
}

export async function readAsStaff(ctx: AppContext, traceId: string, actor: StaffActor, clientId: string): Promise<void> {
  const result = await inTenant(ctx.db, actor, async (tx) => {
    const responsibility = await requireChatAccess(tx, actor, clientId, false)
    const at = await markConversationRead(tx, clientId, 'staff')
    if (at === null) return null
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), { processingActivity: clientActivity, action: 'chat.mark-read', dataSubject: subject(clientId) })
    return { at, staffIds: await chatRecipients(tx, responsibility) }
  })
  if (result !== null) await announce(ctx, actor.tenantId, clientId, { type: 'read', clientId, by: 'staff', readAt: result.at.toISOString() }, result.staffIds)
}

/** A conversation opened by staff: its messages, and the read recorded in the audit log. */
export async function conversationForStaff(ctx: AppContext, traceId: string, actor: StaffActor, clientId: string, options: { before?: string; limit?: number }) {
  return inTenant(ctx.db, actor, async (tx) => {
    await requireChatAccess(tx, actor, clientId, false)
    const page = await loadMessages(tx, clientId, options)
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), { processingActivity: clientActivity, action: 'chat.read', dataSubject: subject(clientId) })
    return page
  })
}
