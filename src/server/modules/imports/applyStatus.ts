import type { StatusBook } from '../clients/statusBook.js'
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

/**
 * Records an imported status in the batch's status book, matched on its source id. A new one
 * starts (closing the status of the same type that held before, as the domain does) and ends when
 * the row gives an end. A known one keeps its code and start, as histories do; its end is recorded
 * once, when it arrives. Throws what refuses the row.
 */
export function applyImportedStatus(
  book: StatusBook,
  env: ImportEnv,
  clientId: string,
  status: StatusImport,
  fields: { sourceId: string; validTo: string },
): 'created' | 'changed' | 'unchanged' {
  const column = (field: string) => env.columns.get(field) ?? null
  const existing = book.bySource(status.sourceId)
  if (existing) {
    if (existing.clientId !== clientId) {
      throw new RowRejection([{ field: fields.sourceId, column: column(fields.sourceId), message: 'is the id of a status of another client' }])
    }
    if (existing.statusCode !== status.statusCode || existing.validFrom !== status.validFrom) {
      throw new RowRejection([
        {
          field: fields.sourceId,
          column: column(fields.sourceId),
          message: 'was imported before with another status code or start date; a recorded status keeps both (correct it in Koers)',
        },
      ])
    }
    if (status.validTo === undefined || status.validTo === existing.validTo) return 'unchanged'
    if (existing.validTo !== null) {
      throw new RowRejection([{ field: fields.validTo, column: column(fields.validTo), message: 'differs from the end recorded before; a recorded end does not change' }])
    }
    book.end(clientId, existing.id, status.validTo)
    return 'changed'
  }
  const statusId = book.start(
    clientId,
    { statusCode: status.statusCode, validFrom: status.validFrom, plannedEnd: status.plannedEnd, regime: status.regime, organisation: status.organisation, note: status.note },
    { system: env.sourceSystem, id: status.sourceId },
  )
  if (status.validTo !== undefined) book.end(clientId, statusId, status.validTo)
  return 'created'
}
