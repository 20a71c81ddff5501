import { sql } from 'kysely'
import type { Tx } from '../../db/database.js'
import { refreshCaseloadSummary, refreshDueCaseloadSummaries } from '../caseload/caseloadSummary.js'
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
 * Set-based: one statement per signal, whatever the number of clients. Every write path calls
 * this after changing a client, so it also refreshes the clients' caseload summary.
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
    // One statement: the clients for whom the signal holds are found once, then compared with the
    // open signals by anti-joins both ways (hash joins, whatever the number of clients).
    const result = await sql<{ client_id: string; change: 'raised' | 'ended' }>`
      WITH holding AS MATERIALIZED (
        SELECT c.id FROM clients c WHERE ${inScope('c.id')} AND ${holds}
      ),
      raised AS (
        INSERT INTO client_signals (tenant_id, client_id, signal_code)
        SELECT ${tenantId}::uuid, h.id, ${code} FROM holding h
        WHERE NOT EXISTS (SELECT 1 FROM client_signals o
            WHERE o.tenant_id = ${tenantId}::uuid AND o.client_id = h.id AND o.signal_code = ${code} AND o.ended_at IS NULL)
          AND NOT EXISTS (SELECT 1 FROM client_signals o
            WHERE o.tenant_id = ${tenantId}::uuid AND o.client_id = h.id AND o.signal_code = ${code}
              AND o.end_reason = 'snoozed' AND o.snoozed_until >= ${today}::date)
        RETURNING client_id
      ),
      ended AS (
        UPDATE client_signals s SET ended_at = now(), end_reason = 'resolved'
        WHERE s.signal_code = ${code} AND s.ended_at IS NULL AND ${inScope('s.client_id')}
          AND NOT EXISTS (SELECT 1 FROM holding h WHERE h.id = s.client_id)
        RETURNING s.client_id
      )
      SELECT client_id, 'raised' AS change FROM raised
      UNION ALL SELECT client_id, 'ended' AS change FROM ended`.execute(tx)
    for (const row of result.rows) changes.push({ clientId: row.client_id, signalCode: code, change: row.change })
  }
  // The caseload summary follows in the same transaction: the rows of the clients in scope
  // (whatever changed them); for everyone, the rows that time changes.
  if (clientIds === null) await refreshDueCaseloadSummaries(tx, tenantId, today)
  else await refreshCaseloadSummary(tx, tenantId, clientIds, today)
  for (const subscriber of subscribers) await subscriber(tx, tenantId, changes)
  return changes
}
