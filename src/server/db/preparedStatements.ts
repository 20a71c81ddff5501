import type { CompiledQuery } from 'kysely'
import type pg from 'pg'

/**
 * The few statements the app runs on nearly every request — setting the tenant, the session
 * check, "Mijn caseload", the audit record — are parsed and planned once per connection of the
 * pool and then only executed, instead of planned on every run (decision 0015). A statement is
 * named by its text: the same text is the same statement, whatever its parameters.
 *
 * Only on a PostgreSQL server. The embedded database shares one session between the pool's
 * connections, where one connection's statement names would clash with another's; there, and for
 * every statement not marked, the pool's client runs the text as it always does.
 */
const names = new Map<string, string>()

/**
 * At most this many distinct texts are prepared: the marked statements vary only with the
 * caseload's filters. A text beyond it runs unprepared, so a caller that marks statements it
 * should not cannot make the connections grow without bound.
 */
const maxStatements = 200

/** Marks a statement to be prepared (see above); returns it unchanged. */
export function prepared<R>(query: CompiledQuery<R>): CompiledQuery<R> {
  if (!names.has(query.sql) && names.size < maxStatements) names.set(query.sql, `koers_${names.size + 1}`)
  return query
}

type Query = (text: unknown, values?: unknown, callback?: unknown) => unknown

/** Makes a new connection of the pool run the marked statements as named, prepared statements. */
export function prepareMarkedStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as Query
  const preparing: Query = (text, values, callback) => {
    const name = typeof text === 'string' && Array.isArray(values) ? names.get(text) : undefined
    return name === undefined ? query(text, values, callback) : query({ name, text, values }, callback)
  }
  client.query = preparing as typeof client.query
}
