import crypto from 'node:crypto'
import type { Insertable } from 'kysely'
import type { Tx } from '../../db/database.js'
import type { AuditEventsTable } from '../../db/schema.js'
import { compiledOnce } from '../../db/compiledOnce.js'
import { deferred, prepared } from '../../db/roundTrips.js'
import type { Trace } from '../../http/context.js'

export interface AuditEntry {
  /** What the processing is for, e.g. `access-control`, `user-management`, `client-guidance`. */
  processingActivity: string
  /** What was done, e.g. `session.sign-in`, `user.update`, `client.read`. */
  action: string
  outcome?: 'success' | 'failure'
  dataSubject?: { type: string; id: string }
  /** Context without personal data: ids, codes, changed field names. */
  attributes?: Record<string, unknown>
}

/**
 * The one way to write the audit log. It writes in the caller's transaction, so the record
 * and the change it describes are committed together, or not at all. No one reads its answer:
 * on PostgreSQL it is sent with the transaction's next statement or its COMMIT, and a failure
 * fails that (roundTrips.ts).
 */
export async function recordAudit(tx: Tx, tenantId: string, trace: Trace, entry: AuditEntry): Promise<void> {
  const insert = auditInsert(tx, {
    tenant_id: tenantId,
    trace_id: trace.traceId,
    span_id: crypto.randomBytes(8).toString('hex'),
    actor_type: trace.actorType,
    actor_id: trace.actorId,
    data_subject_type: entry.dataSubject?.type ?? null,
    data_subject_id: entry.dataSubject?.id ?? null,
    processing_activity: entry.processingActivity,
    action: entry.action,
    outcome: entry.outcome ?? 'success',
    attributes: JSON.stringify(entry.attributes ?? {}),
  })
  await tx.executeQuery(prepared(deferred(insert)))
}

/** Compiled once: most requests write one. */
const auditInsert = compiledOnce(
  [
    'tenant_id',
    'trace_id',
    'span_id',
    'actor_type',
    'actor_id',
    'data_subject_type',
    'data_subject_id',
    'processing_activity',
    'action',
    'outcome',
    'attributes',
  ],
  (tx: Tx, row) => tx.insertInto('audit_events').values(row as Insertable<AuditEventsTable>),
)
