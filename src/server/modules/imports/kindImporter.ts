import type { ImportKind } from '../../../common/api/imports.js'
import type { SecretBox } from '../../crypto/secretBox.js'
import type { Tx } from '../../db/database.js'
import type { MappedRow } from './columnBinding.js'
import type { ColumnsByField, FieldAlias } from './rowChecks.js'
import type { Applied, RowError } from './rowResult.js'

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
 * One kind of import: clients, statuses, interventions or assignments. `prepare` is pure (no
 * database) and runs over the whole file first; `load` fetches what a batch needs in a few
 * queries; `apply` writes one row through the client domain's functions.
 */
export interface KindImporter<I, S> {
  kind: ImportKind
  /** Domain field names (in domain errors) to the import's fields. */
  alias: FieldAlias
  prepare(row: MappedRow, context: PrepareContext): PreparedRow<I>
  load(tx: Tx, env: ImportEnv, inputs: I[]): Promise<S>
  apply(tx: Tx, env: ImportEnv, input: I, state: S): Promise<Applied>
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
