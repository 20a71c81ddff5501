import WebSocket from 'ws'

/**
 * The load generator of the chat benchmark, run as a second process: it opens one WebSocket per
 * client (the app) and one per coach (the staff app), then the coaches send messages at a steady
 * rate, each to one of their clients, and every client socket notes how long its message took.
 * Prints the latencies (ms) as one JSON line. The same plan runs against Koers and against a bare
 * relay server, which speaks the same frames with nothing behind them.
 */
export interface ChatLoadPlan {
  port: number
  kind: 'koers' | 'bare'
  clients: { id: string; cookie: string }[]
  coaches: { cookie: string; clientIds: string[] }[]
  /** Rounds of sending, one after the other over the same sockets: a steady rate for a number of messages. */
  phases: { ratePerSecond: number; messages: number }[]
}

/** The plan comes on stdin: 5,000 cookies do not fit on a command line. */
async function readPlan(): Promise<ChatLoadPlan> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatLoadPlan
}

const plan = await readPlan()
const base = `ws://127.0.0.1:${plan.port}`
const origin = `http://127.0.0.1:${plan.port}`
let latencies: number[] = []
let errors = 0

function open(path: string, cookie: string, onMessage: (event: Record<string, unknown>) => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(base + path, { headers: { cookie, origin }, perMessageDeflate: false })
    let ready = false
    socket.on('message', (data) => {
      const event = JSON.parse(String(data)) as Record<string, unknown>
      if (event.type === 'ready' && !ready) {
        ready = true
        resolve(socket)
      } else if (event.type === 'error') {
        errors += 1
      } else {
        onMessage(event)
      }
    })
    socket.on('error', reject)
    socket.on('unexpected-response', (_req, res) => reject(new Error(`socket refused: ${res.statusCode}`)))
  })
}

/** Opens many sockets, a few dozen at a time, as phones coming online would. */
async function openAll<T>(items: T[], opener: (item: T) => Promise<WebSocket>, width = 50): Promise<WebSocket[]> {
  const sockets: WebSocket[] = []
  for (let i = 0; i < items.length; i += width) sockets.push(...(await Promise.all(items.slice(i, i + width).map(opener))))
  return sockets
}

const onClientEvent = (event: Record<string, unknown>) => {
  if (event.type !== 'message') return
  const body = (event.message as { body?: string } | undefined)?.body ?? ''
  const sentAt = Number(/^t=([\d.]+)/.exec(body)?.[1])
  if (Number.isFinite(sentAt)) latencies.push(performance.now() - sentAt)
}

const clientPath = (id: string) => (plan.kind === 'koers' ? '/api/v1/me/chat/socket' : `/client/${id}`)
const coachPath = plan.kind === 'koers' ? '/api/v1/chat/socket' : '/staff'
const connectStarted = performance.now()
const clientSockets = await openAll(plan.clients, (client) => open(clientPath(client.id), client.cookie, onClientEvent))
const coachSockets = await openAll(plan.coaches, (coach) => open(coachPath, coach.cookie, () => undefined))
const connectMs = performance.now() - connectStarted

// The coaches take turns; each sends to the next of their clients.
const targets = plan.coaches.flatMap((coach, c) => coach.clientIds.map((clientId) => ({ socket: coachSockets[c]!, clientId })))
const phases: { ratePerSecond: number; sent: number; latencies: number[] }[] = []
let next = 0
for (const phase of plan.phases) {
  latencies = []
  const interval = 1000 / phase.ratePerSecond
  const started = performance.now()
  for (let i = 0; i < phase.messages; i++) {
    const due = started + i * interval
    const wait = due - performance.now()
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait))
    const target = targets[next % targets.length]!
    const body = `t=${performance.now().toFixed(3)} Hoi, hoe gaat het vandaag?`
    target.socket.send(JSON.stringify({ type: 'send', clientId: target.clientId, clientKey: `bench-${process.pid}-${next}`, body }))
    next += 1
  }
  // Let the last messages of the round arrive before the next round starts.
  const deadline = performance.now() + 15_000
  while (latencies.length < phase.messages && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
  phases.push({ ratePerSecond: phase.ratePerSecond, sent: phase.messages, latencies })
}
for (const socket of [...clientSockets, ...coachSockets]) socket.terminate()
process.stdout.write(JSON.stringify({ phases, errors, connectMs, sockets: clientSockets.length + coachSockets.length }) + '\n')
process.exit(0)
