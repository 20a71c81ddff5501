import pg from 'pg'
import type { Database } from '../db/database.js'

export type RealtimeHandler = (event: Record<string, unknown>) => void

/**
 * Publish/subscribe for real-time events (chat, live counters). Publish after the change has
 * committed. In-process on the embedded database (one server); across server instances through
 * PostgreSQL's LISTEN/NOTIFY, where every instance — the publisher too — hears each event once.
 */
export interface PubSub {
  publish(topic: string, event: Record<string, unknown>): Promise<void>
  /** Several events in one go (one round trip on PostgreSQL). */
  publishAll(events: { topic: string; event: Record<string, unknown> }[]): Promise<void>
  /** Returns the function that ends the subscription. */
  subscribe(topic: string, handler: RealtimeHandler): () => void
  close(): Promise<void>
}

const channel = 'koers_realtime'
/**
 * NOTIFY payloads are limited to 8000 bytes: a larger event travels with its top-level ids and
 * texts only, marked `truncated`, and its receiver loads the rest.
 */
const maxPayloadBytes = 7800

class LocalTopics {
  private readonly handlers = new Map<string, Set<RealtimeHandler>>()

  dispatch(topic: string, event: Record<string, unknown>): void {
    for (const handler of this.handlers.get(topic) ?? []) {
      try {
        handler(event)
      } catch {
        // One subscriber's failure (a socket that just closed) must not stop the others.
      }
    }
  }

  subscribe(topic: string, handler: RealtimeHandler): () => void {
    let set = this.handlers.get(topic)
    if (!set) this.handlers.set(topic, (set = new Set()))
    set.add(handler)
    return () => {
      set.delete(handler)
      if (set.size === 0 && this.handlers.get(topic) === set) this.handlers.delete(topic)
    }
  }
}

export function inProcessPubSub(): PubSub {
  const topics = new LocalTopics()
  return {
    async publish(topic, event) {
      topics.dispatch(topic, event)
    },
    async publishAll(events) {
      for (const { topic, event } of events) topics.dispatch(topic, event)
    },
    subscribe: (topic, handler) => topics.subscribe(topic, handler),
    async close() {},
  }
}

function fitPayload(topic: string, event: Record<string, unknown>): string {
  const full = JSON.stringify({ topic, event })
  if (Buffer.byteLength(full) <= maxPayloadBytes) return full
  const small = Object.fromEntries(Object.entries(event).filter(([, value]) => typeof value !== 'object' && (typeof value !== 'string' || value.length <= 200)))
  return JSON.stringify({ topic, event: { ...small, truncated: true } })
}

export async function postgresPubSub(connection: pg.ClientConfig): Promise<PubSub> {
  const topics = new LocalTopics()
  const publisher = new pg.Pool({ ...connection, max: 2, application_name: 'koers-realtime' })
  publisher.on('error', () => undefined)
  let listener: pg.Client | null = null
  let closed = false

  const connect = async (): Promise<void> => {
    const client = new pg.Client({ ...connection, application_name: 'koers-realtime-listen' })
    client.on('notification', (message) => {
      if (message.channel !== channel || !message.payload) return
      const { topic, event } = JSON.parse(message.payload) as { topic: string; event: Record<string, unknown> }
      topics.dispatch(topic, event)
    })
    client.on('error', () => {
      // The server went away: listen again once it is back.
      listener = null
      if (!closed) setTimeout(() => void connect().catch(() => undefined), 1000).unref()
    })
    await client.connect()
    await client.query(`LISTEN ${channel}`)
    listener = client
  }
  await connect()

  return {
    async publish(topic, event) {
      await publisher.query('SELECT pg_notify($1, $2)', [channel, fitPayload(topic, event)])
    },
    async publishAll(events) {
      if (events.length === 0) return
      await publisher.query('SELECT pg_notify($1, payload) FROM unnest($2::text[]) WITH ORDINALITY AS p(payload, n) ORDER BY n', [channel, events.map(({ topic, event }) => fitPayload(topic, event))])
    },
    subscribe: (topic, handler) => topics.subscribe(topic, handler),
    async close() {
      closed = true
      await listener?.end().catch(() => undefined)
      await publisher.end()
    },
  }
}

/** The embedded database is one process: events stay in it. PostgreSQL may serve several. */
export async function openPubSub(db: Database): Promise<PubSub> {
  return db.kind === 'embedded' ? inProcessPubSub() : postgresPubSub(db.ownerConnection)
}
