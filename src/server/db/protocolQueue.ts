import type { PGlite } from '@electric-sql/pglite'

interface QueuedMessage {
  handlerId: number
  message: Uint8Array
  onData: (data: Uint8Array) => void
  resolve: (bytes: number) => void
  reject: (error: Error) => void
}

const SYNC = 0x53 // 'S': ends an extended-protocol exchange
const QUERY = 0x51 // 'Q': a simple query, a whole exchange of its own
const TERMINATE = 0x58 // 'X'

/**
 * Puts the messages of many socket connections through the one PGlite backend, one connection at
 * a time per exchange. A connection that starts an exchange (Parse, Bind, Execute … Sync) or a
 * transaction keeps the backend until the exchange ends at a point where no transaction is open;
 * only then may another connection's messages run. Without this, two connections' unnamed
 * prepared statements and portals would interleave in the shared backend.
 */
export class ProtocolQueue {
  private queue: QueuedMessage[] = []
  private processing = false
  /** The connection that holds the backend, or null when it is free. */
  private owner: number | null = null

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject })
      void this.processQueue()
    })
  }

  private next(): QueuedMessage | undefined {
    if (this.owner === null) return this.queue.shift()
    const index = this.queue.findIndex((item) => item.handlerId === this.owner)
    return index === -1 ? undefined : this.queue.splice(index, 1)[0]
  }

  private async processQueue(): Promise<void> {
    if (this.processing) return
    this.processing = true
    try {
      for (let item = this.next(); item !== undefined; item = this.next()) {
        const type = item.message[0]
        let bytes = 0
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item!.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length
                item!.onData(data)
              },
            }),
          )
        } catch (error) {
          this.owner = null
          item.reject(error instanceof Error ? error : new Error(String(error)))
          continue
        }
        // A startup message (first byte 0, no type) does not hold the backend.
        const endsExchange = type === SYNC || type === QUERY || type === TERMINATE || type === 0
        this.owner = endsExchange && !this.db.isInTransaction() ? null : item.handlerId
        item.resolve(bytes)
      }
    } finally {
      this.processing = false
    }
  }

  getQueueLength(): number {
    return this.queue.length
  }

  clearQueueForHandler(handlerId: number): void {
    this.queue = this.queue.filter((item) => {
      if (item.handlerId !== handlerId) return true
      item.reject(new Error('Connection closed'))
      return false
    })
  }

  /** A connection that goes away in the middle of a transaction or exchange gives the backend back. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK')
    this.owner = null
    await this.processQueue()
  }
}
