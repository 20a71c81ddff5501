import { sql, type RawBuilder } from 'kysely'

/** A column of a recordset: its name as code writes it (never from input) and its SQL type. */
export type RecordsetColumns = Record<string, 'uuid' | 'text' | 'text[]' | 'date' | 'timestamptz' | 'integer' | 'boolean' | 'jsonb'>

/**
 * Many rows as one relation for one statement, sent as one JSON parameter:
 * `INSERT … SELECT r.a, r.b FROM ${jsonRecordset(rows, { a: 'uuid', b: 'text' })}`. A missing
 * or null property is NULL; a JSON array fills an array column.
 */
export function jsonRecordset(rows: readonly object[], columns: RecordsetColumns, alias = 'r'): RawBuilder<unknown> {
  const definition = Object.entries(columns)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ')
  return sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS ${sql.raw(alias)}(${sql.raw(definition)})`
}
