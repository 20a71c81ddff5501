import type { ImportKind } from '../../../common/api/imports.js'
import type { SecretBox } from '../../crypto/secretBox.js'
import type { Tx } from '../../db/database.js'
import type { MappedRow } from './columnBinding.js'
import { rowErrorsOf, type ColumnsByField, type FieldAlias } from './rowChecks.js'
import { RowRejection, type Applied, type RowError, type Verdict } from './rowResult.js'

/** What a kind's rows are written with. */
export interface ImportEnv {
  secretBox: SecretBox
  tenantId: string
  /** The staff user who started the run; null for the scheduled pick-up. */
  actorId: string | null
  sourceSystem: string
  columns: ColumnsByField
}

export interface PrepareContext {
  columns: ColumnsByField
  /** Today in Europe/Amsterdam, once per file (a birth date may not lie after it). */
  today: string
}

/** A row checked on its own: the input to write, or why not. */
export interface PreparedRow<I> {
  number: number
  sourceId: string | null
  input: I | null
  errors: RowError[]
  /** Values that must be unique in the file, by field (the source id, a BSN, …). */
  uniqueKeys: [field: string, value: string][]
}

/**
 * One kind of import: clients, statuses, interventions, assignments or attendance. `prepare` is
 * pure (no database) and runs over the whole file first. `applyBatch` works the checked rows of a
 * batch set-based: it loads what they need in a few queries, decides row after row, in the order
 * of the file, by the domain's rules in memory (as the domain's functions would, one by one), and
 * writes what it accepted, with the timeline, in a few statements. It returns a verdict per row,
 * in order. Should the database still refuse a write, the batch is worked again in parts.
 */
export interface KindImporter<I> {
  kind: ImportKind
  /** Domain field names (in domain errors) to the import's fields. */
  alias: FieldAlias
  prepare(row: MappedRow, context: PrepareContext): PreparedRow<I>
  applyBatch(tx: Tx, env: ImportEnv, inputs: I[]): Promise<Verdict[]>
}

/** Something a row's decision changes in memory, and that can be set back when the row is refused. */
export interface Undoable {
  mark(): number
  undo(mark: number): void
}

/**
 * Decides one row: `work` applies the row to the batch's books (in memory) and says what it did.
 * A rule that refuses the row (a RowRejection, or a domain error as the domain's functions throw
 * it) sets the books back to where they stood, and the row is rejected with its errors.
 */
export function decideRow(env: ImportEnv, alias: FieldAlias, books: Undoable[], work: () => Applied): Verdict {
  const marks = books.map((book) => book.mark())
  try {
    return work()
  } catch (error) {
    const errors = error instanceof RowRejection ? error.errors : rowErrorsOf(error, alias, env.columns)
    if (errors === null) throw error
    for (let i = books.length - 1; i >= 0; i -= 1) books[i]!.undo(marks[i]!)
    return { outcome: 'rejected', errors }
  }
}

export const required = (values: Partial<Record<string, string>>, fields: readonly string[], columns: ColumnsByField): RowError[] =>
  fields.filter((field) => values[field] === undefined).map((field) => ({ field, column: columns.get(field) ?? null, message: 'is required' }))

/** Keeps the first error of each field. */
export function firstPerField(errors: RowError[]): RowError[] {
  const seen = new Set<string>()
  return errors.filter((error) => {
    if (seen.has(error.field)) return false
    seen.add(error.field)
    return true
  })
}

/** Clients of the source system by their source id. */
export async function clientsBySource(tx: Tx, sourceSystem: string, sourceIds: string[]): Promise<Map<string, string>> {
  if (sourceIds.length === 0) return new Map()
  const rows = await tx.selectFrom('clients').select(['id', 'source_id']).where('source_system', '=', sourceSystem).where('source_id', 'in', [...new Set(sourceIds)]).execute()
  return new Map(rows.map((row) => [row.source_id!, row.id]))
}

export const unknownClient = (env: Pick<ImportEnv, 'columns' | 'sourceSystem'>): RowError => ({
  field: 'clientSourceId',
  column: env.columns.get('clientSourceId') ?? null,
  message: `is not a client imported from ${env.sourceSystem}; import the clients first`,
})
