import { sql } from 'kysely'
import type { Tx } from '../../db/database.js'
import { todayInAmsterdam } from '../clients/dutchFormats.js'
import { effectiveSignals } from './settings.js'

export interface SignalChange {
  clientId: string
  signalCode: string
  change: 'raised' | 'ended'
}

type Subscriber = (tx: Tx, tenantId: string, changes: SignalChange[]) => Promise<void>
const subscribers: Subscriber[] = []

/** Other modules (automation, messaging) hear of every signal that appears or ends, in the same transaction. */
export function onSignalChanges(subscriber: Subscriber): () => void {
  subscribers.push(subscriber)
  return () => {
    const index = subscribers.indexOf(subscriber)
    if (index >= 0) subscribers.splice(index, 1)
  }
}

/**
 * Brings the open signals of some clients (or of the whole tenant, with null) in line with the
 * data: raises those that hold and are not open or snoozed, ends those that no longer hold.
 * Set-based: two statements per signal, whatever the number of clients.
 */
export async function recomputeSignals(tx: Tx, tenantId: string, clientIds: string[] | null, today = todayInAmsterdam()): Promise<SignalChange[]> {
  const changes: SignalChange[] = []
  if (clientIds !== null && clientIds.length === 0) return changes
  const inScope = (column: string) => (clientIds === null ? sql<boolean>`true` : sql<boolean>`${sql.ref(column)} = ANY(${clientIds}::uuid[])`)
  for (const { definition, enabled, threshold } of await effectiveSignals(tx)) {
    const code = definition.code
    if (!enabled) {
      const ended = await sql<{ client_id: string }>`
        UPDATE client_signals s SET ended_at = now(), end_reason = 'disabled'
        WHERE s.signal_code = ${code} AND s.ended_at IS NULL AND ${inScope('s.client_id')}
        RETURNING s.client_id`.execute(tx)
      for (const row of ended.rows) changes.push({ clientId: row.client_id, signalCode: code, change: 'ended' })
      continue
    }
    const holds = definition.holds({ today, threshold: threshold ?? 0 })
    const raised = await sql<{ client_id: string }>`
      INSERT INTO client_signals (tenant_id, client_id, signal_code)
      SELECT ${tenantId}::uuid, c.id, ${code} FROM clients c
      WHERE ${inScope('c.id')} AND ${holds}
        AND NOT EXISTS (SELECT 1 FROM client_signals o
          WHERE o.tenant_id = c.tenant_id AND o.client_id = c.id AND o.signal_code = ${code}
            AND (o.ended_at IS NULL OR (o.end_reason = 'snoozed' AND o.snoozed_until >= ${today}::date)))
      RETURNING client_id`.execute(tx)
    for (const row of raised.rows) changes.push({ clientId: row.client_id, signalCode: code, change: 'raised' })
    const ended = await sql<{ client_id: string }>`
      UPDATE client_signals s SET ended_at = now(), end_reason = 'resolved'
      WHERE s.signal_code = ${code} AND s.ended_at IS NULL AND ${inScope('s.client_id')}
        AND NOT EXISTS (SELECT 1 FROM clients c WHERE c.tenant_id = s.tenant_id AND c.id = s.client_id AND ${holds})
      RETURNING s.client_id`.execute(tx)
    for (const row of ended.rows) changes.push({ clientId: row.client_id, signalCode: code, change: 'ended' })
  }
  for (const subscriber of subscribers) await subscriber(tx, tenantId, changes)
  return changes
}
