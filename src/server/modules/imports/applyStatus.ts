import type { Selectable } from 'kysely'
import type { Tx } from '../../db/database.js'
import type { ClientStatusesTable } from '../../db/schema.js'
import { endStatus, startStatus } from '../clients/statuses.js'
import type { ImportEnv } from './kindImporter.js'
import { RowRejection } from './rowResult.js'

export interface StatusImport {
  sourceId: string
  statusCode: string
  validFrom: string
  validTo?: string
  plannedEnd?: string
  regime?: string
  organisation?: string
  note?: string
}

export type StatusRecordRow = Selectable<ClientStatusesTable>

export async function statusesBySource(tx: Tx, sourceSystem: string, sourceIds: string[]): Promise<Map<string, StatusRecordRow>> {
  if (sourceIds.length === 0) return new Map()
  const rows = await tx.selectFrom('client_statuses').selectAll().where('source_system', '=', sourceSystem).where('source_id', 'in', [...new Set(sourceIds)]).execute()
  return new Map(rows.map((row) => [row.source_id!, row]))
}

/**
 * Records an imported status, matched on its source id. A new one starts (closing the status of
 * the same type that held before, as the domain does) and ends when the row gives an end. A known
 * one keeps its code and start, as histories do; its end is recorded once, when it arrives.
 */
export async function applyStatus(
  tx: Tx,
  env: ImportEnv,
  clientId: string,
  status: StatusImport,
  existing: StatusRecordRow | undefined,
  fields: { sourceId: string; validTo: string },
): Promise<'created' | 'changed' | 'unchanged'> {
  const column = (field: string) => env.columns.get(field) ?? null
  if (existing) {
    if (existing.client_id !== clientId) {
      throw new RowRejection([{ field: fields.sourceId, column: column(fields.sourceId), message: 'is the id of a status of another client' }])
    }
    if (existing.status_code !== status.statusCode || existing.valid_from !== status.validFrom) {
      throw new RowRejection([
        {
          field: fields.sourceId,
          column: column(fields.sourceId),
          message: 'was imported before with another status code or start date; a recorded status keeps both (correct it in Koers)',
        },
      ])
    }
    if (status.validTo === undefined || status.validTo === existing.valid_to) return 'unchanged'
    if (existing.valid_to !== null) {
      throw new RowRejection([{ field: fields.validTo, column: column(fields.validTo), message: 'differs from the end recorded before; a recorded end does not change' }])
    }
    await endStatus(tx, env.tenantId, env.actorId, clientId, existing.id, status.validTo)
    return 'changed'
  }
  const source = { system: env.sourceSystem, id: status.sourceId }
  const statusId = await startStatus(
    tx,
    env.tenantId,
    env.actorId,
    clientId,
    { statusCode: status.statusCode, validFrom: status.validFrom, plannedEnd: status.plannedEnd, regime: status.regime, organisation: status.organisation, note: status.note },
    source,
  )
  if (status.validTo !== undefined) await endStatus(tx, env.tenantId, env.actorId, clientId, statusId, status.validTo)
  return 'created'
}
