import type { ImportOutcome } from '../../../common/api/imports.js'

/** Why a row was rejected, by field and column: never the value itself. */
export interface RowError {
  field: string
  column: string | null
  message: string
}

/** What became of one row. */
export interface RowResult {
  rowNumber: number
  sourceId: string | null
  outcome: ImportOutcome
  clientId: string | null
  changedFields: string[]
  errors: RowError[]
}

/** What a kind's batch reports for a row it wrote (or found unchanged). */
export interface Applied {
  outcome: Exclude<ImportOutcome, 'rejected'>
  clientId: string | null
  changedFields: string[]
}

/** What a kind's batch reports for a row it refused. */
export interface Refused {
  outcome: 'rejected'
  errors: RowError[]
}

export type Verdict = Applied | Refused

/** Thrown while a row is decided, for a row the import refuses. */
export class RowRejection extends Error {
  constructor(readonly errors: RowError[]) {
    super(errors.map((e) => `${e.field} ${e.message}`).join('; '))
    this.name = 'RowRejection'
  }
}
