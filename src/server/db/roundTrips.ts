import type { CompiledQuery } from 'kysely'
import type pg from 'pg'

/**
 * Less work per request on a PostgreSQL server (decision 0015), for the app pool's connections:
 *
 * - The few statements the app runs on nearly every request — the session check, "Mijn
 *   caseload", the audit record — are parsed and planned once per connection and then only
 *   executed, instead of planned on every run. A statement is named by its text: the same text
 *   is the same statement, whatever its parameters.
 * - A transaction's BEGIN is not sent on its own: it goes along with the transaction's first
 *   statement when that is plain text (as the settings of `inTenant` are), one round trip
 *   instead of two. Before any other statement it is sent first, as usual.
 *
 * Not on the embedded database: its connections share one PostgreSQL session, where one
 * connection's statement names would clash with another's. There every query is sent as asked.
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

type Query = (text: unknown, values?: unknown) => Promise<pg.QueryResult | pg.QueryResult[]>

/** Installs both on a new connection of the pool. Every caller passes text and values (kysely does). */
export function saveRoundTrips(client: pg.PoolClient): void {
  const query = client.query.bind(client) as unknown as Query
  let beginPending = false
  const send: Query = (text, values) => {
    const name = typeof text === 'string' && Array.isArray(values) ? names.get(text) : undefined
    return name === undefined ? query(text, values) : query({ name, text, values })
  }
  const sendWithBegin: Query = async (text, values) => {
    if (beginPending) {
      beginPending = false
      if (typeof text === 'string' && Array.isArray(values) && values.length === 0) {
        // Plain text goes by the simple protocol, where statements separated by ; run in turn.
        const results = (await query(`BEGIN; ${text}`, [])) as pg.QueryResult[]
        return results[results.length - 1]!
      }
      await query('BEGIN', [])
    }
    if (text === 'begin' && Array.isArray(values) && values.length === 0) {
      beginPending = true
      return { command: 'BEGIN', rowCount: null, rows: [], fields: [], oid: 0 }
    }
    return send(text, values)
  }
  client.query = sendWithBegin as unknown as typeof client.query
}
