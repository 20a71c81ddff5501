import type { FastifyRequest } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import type { WebSocket } from 'ws'
import { ChatSend } from '../../../common/api/chat.js'
import { Uuid } from '../../../common/api/shared.js'
import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import type { StaffActor } from '../../http/context.js'
import { userTrace } from '../../http/context.js'
import { clientActor, staffActor } from '../../http/guard.js'
import { AppError } from '../../http/problem.js'
import { compileJsonValidator } from '../../http/validation.js'
import { readSessionCookie } from '../../http/sessionCookie.js'
import { recordAudit } from '../audit/recordAudit.js'
import { clientActivity } from '../clients/clientService.js'
import { parseSessionCookie, sessionStillActive } from '../identity/sessions.js'
import { readAsClient, readAsStaff, requireChatAccess, sendAsClient, sendAsStaff } from './chatService.js'
import { loadMessage } from './messages.js'
import { appOpened, conversationTopic, deviceTopic, inboxTopic } from './topics.js'

const Command = Type.Union([
  Type.Composite([Type.Object({ type: Type.Literal('send'), clientId: Type.Optional(Uuid) }), ChatSend], { additionalProperties: false }),
  Type.Object({ type: Type.Literal('read'), clientId: Type.Optional(Uuid) }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('watch'), clientId: Uuid }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('ping') }, { additionalProperties: false }),
])
type Command = Static<typeof Command>
const commands = compileJsonValidator<Command>(Command)

/** Socket close codes: 1008 policy (wrong origin, signed out), 1009 too big. */
const policyViolation = 1008
const maxFrameBytes = 16 * 1024
const sessionCheckMs = 60_000

/** A WebSocket is opened by a page of this server only: another site's page must not ride the cookie. */
export function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin
  if (origin === undefined) return true
  try {
    return new URL(origin).host === request.headers.host
  } catch {
    return false
  }
}

/** The JSON line protocol shared by the app's and the staff's socket; commands run one at a time, in order. */
function channel(socket: WebSocket, traceId: string, handle: (command: Command) => Promise<void>, onClose: () => void) {
  const send = (event: Record<string, unknown>) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(event))
  }
  let queue = Promise.resolve()
  socket.on('message', (data, isBinary) => {
    const size = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : (data as Buffer).length
    if (isBinary || size > maxFrameBytes) {
      send({ type: 'error', status: 400, code: 'invalid-frame', detail: `Send JSON text frames of at most ${maxFrameBytes} bytes.` })
      return
    }
    let command: unknown
    try {
      command = JSON.parse(String(data))
    } catch {
      send({ type: 'error', status: 400, code: 'invalid-json', detail: 'The frame is not JSON.' })
      return
    }
    if (!commands.check(command)) {
      const clientKey = typeof (command as { clientKey?: unknown })?.clientKey === 'string' ? (command as { clientKey: string }).clientKey : undefined
      send({ type: 'error', clientKey, status: 400, code: 'invalid-input', detail: `Not a command this socket takes: ${commands.firstError()}.` })
      return
    }
    queue = queue.then(async () => {
      try {
        await handle(command)
      } catch (error) {
        const clientKey = (command as { clientKey?: string }).clientKey
        if (error instanceof AppError) send({ type: 'error', clientKey, status: error.status, code: error.code, detail: error.detail })
        else send({ type: 'error', clientKey, status: 500, code: 'internal', detail: `Something went wrong on our side (trace ${traceId}); try again.` })
      }
    })
  })
  socket.on('close', onClose)
  return send
}

/** The client app's socket: the conversation's events, and sending and reading. */
export function clientChatSocket(ctx: AppContext, socket: WebSocket, request: FastifyRequest): void {
  if (!sameOrigin(request)) return socket.close(policyViolation, 'origin')
  const actor = clientActor(request)
  const subscriptions: (() => void)[] = []
  const send = channel(
    socket,
    request.id,
    async (command) => {
      if (command.type === 'ping') return send({ type: 'pong' })
      if (command.type === 'read') return readAsClient(ctx, request.id, actor)
      if (command.type === 'watch') throw new AppError(400, 'invalid-input', 'Bad request', 'The app follows its own conversation already.')
      const { message } = await sendAsClient(ctx, request.id, actor, { clientKey: command.clientKey, body: command.body, attachmentId: command.attachmentId })
      send({ type: 'ack', clientKey: command.clientKey, message })
    },
    () => subscriptions.forEach((end) => end()),
  )
  subscriptions.push(appOpened(actor.tenantId, actor.clientId))
  subscriptions.push(ctx.realtime.subscribe(conversationTopic(actor.tenantId, actor.clientId), (event) => void forward(ctx, actor.tenantId, actor.clientId, event, send)))
  // Signed out or revoked by the coach: the socket ends with the device.
  subscriptions.push(ctx.realtime.subscribe(deviceTopic(actor.tenantId, actor.deviceId), () => socket.close(policyViolation, 'signed-out')))
  send({ type: 'ready' })
}

/** The staff socket: the inbox's changes, and the conversations the staff member opens. */
export function staffChatSocket(ctx: AppContext, socket: WebSocket, request: FastifyRequest): void {
  if (!sameOrigin(request)) return socket.close(policyViolation, 'origin')
  const actor: StaffActor = staffActor(request)
  const cookie = parseSessionCookie(readSessionCookie(ctx.config, request))
  const watching = new Map<string, () => void>()
  const subscriptions: (() => void)[] = []
  const send = channel(
    socket,
    request.id,
    async (command) => {
      if (command.type === 'ping') return send({ type: 'pong' })
      const clientId = command.clientId
      if (clientId === undefined) throw new AppError(400, 'invalid-input', 'Bad request', 'Say which conversation: clientId.')
      if (command.type === 'watch') {
        if (watching.has(clientId)) return
        await inTenant(ctx.db, actor, async (tx) => {
          await requireChatAccess(tx, actor, clientId, false)
          await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: clientActivity, action: 'chat.watch', dataSubject: { type: 'client', id: clientId } })
        })
        watching.set(clientId, ctx.realtime.subscribe(conversationTopic(actor.tenantId, clientId), (event) => void forward(ctx, actor.tenantId, clientId, event, send)))
        return send({ type: 'watching', clientId })
      }
      if (command.type === 'read') return readAsStaff(ctx, request.id, actor, clientId)
      const { message } = await sendAsStaff(ctx, request.id, actor, clientId, { clientKey: command.clientKey, body: command.body, attachmentId: command.attachmentId })
      send({ type: 'ack', clientKey: command.clientKey, message })
    },
    () => {
      clearInterval(check)
      subscriptions.forEach((end) => end())
      watching.forEach((end) => end())
    },
  )
  subscriptions.push(ctx.realtime.subscribe(inboxTopic(actor.tenantId, actor.userId), (event) => send(event)))
  // A long-lived connection outlives nothing: signed out, expired or deactivated ends it.
  const check = setInterval(() => {
    if (cookie === null) return socket.close(policyViolation, 'signed-out')
    inTenant(ctx.db, actor, (tx) => sessionStillActive(tx, cookie.tenantId, cookie.token))
      .then((active) => {
        if (!active) socket.close(policyViolation, 'signed-out')
      })
      .catch(() => undefined)
  }, sessionCheckMs)
  check.unref()
  send({ type: 'ready' })
}

/** Passes an event on; one that came without its message (too large for the channel) is completed first. */
async function forward(ctx: AppContext, tenantId: string, clientId: string, event: Record<string, unknown>, send: (event: Record<string, unknown>) => void): Promise<void> {
  if (event.type === 'message' && event.truncated === true && typeof event.messageId === 'string') {
    const message = await inTenant(ctx.db, { tenantId }, (tx) => loadMessage(tx, clientId, event.messageId as string)).catch(() => null)
    if (message === null) return
    return send({ type: 'message', messageId: message.id, message })
  }
  send(event)
}
