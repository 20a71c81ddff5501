import { spawn } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import { WebSocketServer, type WebSocket } from 'ws'
import { inTenant } from '../src/server/db/database.js'
import { seededRandom } from '../src/server/demo/random.js'
import { createDeviceSession } from '../src/server/modules/clientApp/deviceSession.js'
import type { ChatLoadPlan } from './chatLoad.js'
import { openClientData, sampleCoaches, signIn, startApp } from './clientData.js'
import { percentile, type Benchmark } from './framework.js'

const clientSockets = 5_000
/**
 * Two rounds over the same sockets. The first is the measure: 25 messages a second, every
 * client a message every 200 s — well above a busy hour of an organisation with 5,000 clients
 * online. The second is a stress round at 100 a second, reported beside it.
 */
const phases = [
  { ratePerSecond: 25, messages: 2_500 },
  { ratePerSecond: 100, messages: 5_000 },
]

/** The limit: a relay that passes each coach's frame to the client's socket, with nothing else. */
async function startBareRelay(): Promise<{ port: number; close(): Promise<void> }> {
  const server = http.createServer()
  const wss = new WebSocketServer({ server, perMessageDeflate: false })
  const clients = new Map<string, WebSocket>()
  wss.on('connection', (socket, request) => {
    const clientId = /^\/client\/(.+)$/.exec(request.url ?? '')?.[1]
    if (clientId !== undefined) clients.set(clientId, socket)
    socket.on('message', (data) => {
      const command = JSON.parse(String(data)) as { clientId: string; clientKey: string; body: string }
      clients.get(command.clientId)?.send(JSON.stringify({ type: 'message', message: { clientId: command.clientId, body: command.body } }))
      socket.send(JSON.stringify({ type: 'ack', clientKey: command.clientKey }))
    })
    socket.send(JSON.stringify({ type: 'ready' }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  return {
    port: typeof address === 'object' && address !== null ? address.port : 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of wss.clients) socket.terminate()
        wss.close(() => server.close(() => resolve()))
      }),
  }
}

interface LoadResult {
  phases: { ratePerSecond: number; sent: number; latencies: number[] }[]
  errors: number
  connectMs: number
  sockets: number
}

function runLoad(plan: ChatLoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const script = path.join(path.dirname(new URL(import.meta.url).pathname), 'chatLoad.ts')
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['pipe', 'pipe', 'inherit'] })
    child.stdin.end(JSON.stringify(plan))
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`chat load process exited ${code}`))))
  })
}

/**
 * 5,000 client apps connected over WebSocket to one Koers server, and coaches chatting to them:
 * each message stored (idempotently, with its audit row and inbox line) and delivered to the
 * client's socket. Delivery latency from the coach's send to the client's receipt, measured in a
 * second process on loopback, next to a bare `ws` relay under the same load (the limit).
 */
export const chatFanout: Benchmark = {
  name: 'chat-fanout',
  description: `${clientSockets.toLocaleString('en-GB')} client WebSockets on one server, coaches chatting at ${phases[0]!.ratePerSecond} messages/s, then ${phases[1]!.ratePerSecond}/s (delivery p99, ms; budget 200)`,
  async run(options) {
    const data = await openClientData(options)
    const running = await startApp(data.ctx)
    try {
      const coaches = await sampleCoaches(data, 400, seededRandom(41).next)
      const chosen: { credential: (typeof coaches)[number]['credential']; clientIds: string[] }[] = []
      let total = 0
      for (const coach of coaches) {
        if (total >= clientSockets) break
        const take = coach.clientIds.slice(0, clientSockets - total)
        chosen.push({ credential: coach.credential, clientIds: take })
        total += take.length
      }
      if (total < clientSockets) throw new Error(`the data set has ${total} clients with a coach; run with --clients 10000 or more`)
      options.log(`${chosen.length} coaches and ${total.toLocaleString('en-GB')} of their clients, each with the app signed in on a phone`)
      const cookieName = 'koers_client'
      const clients: ChatLoadPlan['clients'] = []
      await inTenant(data.db, { tenantId: data.tenantId }, async (tx) => {
        for (const coach of chosen) {
          for (const clientId of coach.clientIds) {
            const session = await createDeviceSession(tx, data.tenantId, clientId, 'bench')
            clients.push({ id: clientId, cookie: `${cookieName}=${data.tenantId}.${session.token}` })
          }
        }
      })
      const coachPlans: ChatLoadPlan['coaches'] = []
      for (const coach of chosen) coachPlans.push({ cookie: await signIn(running, data.spec.slug, coach.credential), clientIds: coach.clientIds })
      const address = running.app.server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0

      options.log(`Koers: ${phases.map((p) => `${p.messages.toLocaleString('en-GB')} messages at ${p.ratePerSecond}/s`).join(', then ')}, from the coaches to the client sockets`)
      const koers = await runLoad({ port, kind: 'koers', clients, coaches: coachPlans, phases })
      options.log(`  connected ${koers.sockets.toLocaleString('en-GB')} sockets in ${Math.round(koers.connectMs)} ms; ${koers.errors} errors`)
      await running.close()

      options.log('bare ws relay: the same sockets and messages')
      const bare = await startBareRelay()
      const bareResult = await runLoad({ port: bare.port, kind: 'bare', clients, coaches: coachPlans, phases })
      await bare.close()

      const p = (values: number[], n: number) => Math.round(percentile(values, n) * 10) / 10
      const rounds = koers.phases.map((phase, i) => {
        const limit = bareResult.phases[i]!
        options.log(`  at ${phase.ratePerSecond}/s: delivered ${phase.latencies.length.toLocaleString('en-GB')} of ${phase.sent.toLocaleString('en-GB')}; p50/p99 Koers ${p(phase.latencies, 50)}/${p(phase.latencies, 99)} ms, bare relay ${p(limit.latencies, 50)}/${p(limit.latencies, 99)} ms`)
        return { ratePerSecond: phase.ratePerSecond, delivered: phase.latencies.length, sent: phase.sent, p50: p(phase.latencies, 50), p99: p(phase.latencies, 99), bareP50: p(limit.latencies, 50), bareP99: p(limit.latencies, 99) }
      })
      // The benchmark's messages and phones go again; the data set stays as it was.
      await data.db.owner.query(`DELETE FROM chat_messages WHERE tenant_id = $1 AND client_key LIKE 'bench-%'`, [data.tenantId])
      await data.db.owner.query(`DELETE FROM chat_conversations WHERE tenant_id = $1 AND NOT EXISTS (SELECT 1 FROM chat_messages m WHERE m.tenant_id = chat_conversations.tenant_id AND m.client_id = chat_conversations.client_id)`, [data.tenantId])
      await data.db.owner.query(`DELETE FROM client_app_sessions WHERE tenant_id = $1 AND device_id IN (SELECT id FROM client_app_devices WHERE tenant_id = $1 AND label = 'bench')`, [data.tenantId])
      await data.db.owner.query(`DELETE FROM client_app_devices WHERE tenant_id = $1 AND label = 'bench'`, [data.tenantId])
      return {
        value: rounds[0]!.p99,
        unit: 'ms',
        limit: rounds[0]!.bareP99,
        budget: 200,
        details: { sockets: koers.sockets, errors: koers.errors, connectMs: Math.round(koers.connectMs), rounds },
      }
    } finally {
      await running.close().catch(() => undefined)
      await data.close()
    }
  },
}
