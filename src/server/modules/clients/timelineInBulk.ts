import { sql } from 'kysely'
import type { Tx } from '../../db/database.js'
import { jsonRecordset } from './jsonRecordset.js'

export interface ClientEvent {
  clientId: string
  kind: string
  data: Record<string, unknown>
}

/**
 * The timeline events of many recordings at once (an import batch), kept in the order they were
 * added and written by one statement, in the same transaction as the recordings. The same events
 * as `addClientEvent` writes one by one.
 */
export class ClientEventLog {
  private readonly events: ClientEvent[] = []

  add(clientId: string, kind: string, data: Record<string, unknown> = {}): void {
    this.events.push({ clientId, kind, data })
  }

  /** Where the log stands, to drop what a refused recording added (`undo`). */
  mark(): number {
    return this.events.length
  }

  undo(mark: number): void {
    this.events.length = mark
  }

  async write(tx: Tx, tenantId: string, actorId: string | null): Promise<void> {
    if (this.events.length === 0) return
    const rows = this.events.map((e) => ({ client_id: e.clientId, kind: e.kind, data: e.data }))
    // occurred_at is each row's clock_timestamp(): the rows are inserted in the order given.
    await sql`
      INSERT INTO client_events (tenant_id, client_id, actor_id, kind, data)
      SELECT ${tenantId}::uuid, r.client_id, ${actorId}::uuid, r.kind, r.data
      FROM ${jsonRecordset(rows, { client_id: 'uuid', kind: 'text', data: 'jsonb' })}`.execute(tx)
    this.events.length = 0
  }
}
