import type { CompiledQuery } from 'kysely'
import type pg from 'pg'

/**
 * Less waiting per request on a PostgreSQL server (decision 0015), for the app pool's connections,
 * which are opened in pipeline mode: a statement is written without waiting for the answer to the
 * one before it.
 *
 * - The few statements the app runs on nearly every request — the session check, "Mijn
 *   caseload", the audit record — are parsed and planned once per connection and then only
 *   executed, instead of planned on every run. A statement is named by its text: the same text
 *   is the same statement, whatever its parameters.
 * - A transaction's BEGIN, and the statements marked `deferred` (the transaction's settings, the
 *   audit record: no one reads their answer), are held back and written together with the next
 *   statement whose answer is awaited, or with the COMMIT. Their answers are awaited with it: when
 *   one of them failed, that failure is what the caller gets, and the transaction — aborted by
 *   PostgreSQL from that statement on — is rolled back.
 * - BEGIN goes in one simple-protocol message with the first statement when that is plain text (as
 *   the settings of `inTenant` are), so the two succeed or fail as one; before a statement with
 *   parameters it is sent on its own and awaited, as usual.
 * - A read-only transaction's COMMIT is written and not waited for: it has nothing to make
 *   durable, and the connection's next statement is answered only after it.
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

/** The mark of a deferred statement: a comment, harmless where it is not understood. */
const deferredMark = '/* deferred */ '

const unmarked = (text: string) => (text.startsWith(deferredMark) ? text.slice(deferredMark.length) : text)

/** Marks a statement to be prepared (see above), deferred or not; returns it unchanged. */
export function prepared<R>(query: CompiledQuery<R>): CompiledQuery<R> {
  const text = unmarked(query.sql)
  if (!names.has(text) && names.size < maxStatements) names.set(text, `koers_${names.size + 1}`)
  return query
}

/**
 * Marks a statement inside a transaction whose answer no one reads (see above). It is held back
 * only inside a transaction and only when its parameters are text, numbers, booleans or null,
 * which cannot fail before they reach the server; otherwise, and where statements are sent as
 * asked (the embedded database), it runs at once like any other.
 */
export function deferred<R>(query: CompiledQuery<R>): CompiledQuery<R> {
  return { ...query, sql: deferredMark + query.sql }
}

/** The pool options that go with `saveRoundTrips`. */
export const pipelined = { pipeline: true } as const

interface Statement {
  text: string
  values: unknown[]
}

type Result = pg.QueryResult | pg.QueryResult[]
type Query = (text: unknown, values?: unknown, callback?: unknown) => Promise<Result>

const answered = (command: string): pg.QueryResult => ({ command, rowCount: null, rows: [], fields: [], oid: 0 })
const lastOf = (result: Result): pg.QueryResult => (Array.isArray(result) ? result[result.length - 1]! : result)
const isPlain = (statement: Statement) => statement.values.length === 0
const beginPattern = /^(begin|start transaction\b.*)$/i
const isSimpleValue = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)

/**
 * Installs all of the above on a new connection of a pool opened with `pipelined`. Every caller
 * passes text and values (kysely does); anything else is sent as it comes.
 */
export function saveRoundTrips(client: pg.PoolClient): void {
  const query = client.query.bind(client) as unknown as Query
  const stream = (client as unknown as { connection: { stream: { cork(): void; uncork(): void } } }).connection.stream
  let begin: string | null = null
  let inTransaction = false
  let readOnly = false
  let held: Statement[] = []

  const send = ({ text, values }: Statement): Promise<Result> => {
    const name = names.get(text)
    return name === undefined ? query(text, values) : query({ name, text, values })
  }

  /** Writes what was held back and then `next` in one go; answers `next`, or the first failure. */
  const flush = async (next: Statement): Promise<pg.QueryResult> => {
    const batch = [...held, next]
    held = []
    if (begin !== null) {
      const opening = begin
      begin = null
      if (isPlain(batch[0]!)) batch[0] = { text: `${opening}; ${batch[0]!.text}`, values: [] }
      else await query(opening, [])
    }
    stream.cork()
    let answers: Promise<Result>[]
    try {
      answers = batch.map(send)
    } finally {
      stream.uncork()
    }
    const settled = await Promise.allSettled(answers)
    const failure = settled.find((answer) => answer.status === 'rejected')
    if (failure) throw failure.reason
    return lastOf((settled[settled.length - 1] as PromiseFulfilledResult<Result>).value)
  }

  const sendHoldingBack: Query = async (text, values, callback) => {
    if (typeof text !== 'string' || !Array.isArray(values) || callback !== undefined) return query(text, values, callback)
    if (values.length === 0 && beginPattern.test(text)) {
      begin = text
      inTransaction = true
      readOnly = /\bread only\b/i.test(text)
      return answered('BEGIN')
    }
    if (text.startsWith(deferredMark)) {
      const statement = { text: unmarked(text), values }
      if (inTransaction && values.every(isSimpleValue)) {
        held.push(statement)
        return answered('DEFERRED')
      }
      return flush(statement)
    }
    const ending = values.length === 0 ? /^(commit|rollback)$/i.exec(text)?.[1]?.toUpperCase() : undefined
    if (ending !== undefined) {
      inTransaction = false
      if (ending === 'ROLLBACK') held = []
      if (held.length === 0 && begin !== null) {
        // Nothing of the transaction was sent: there is nothing to end.
        begin = null
        return answered(ending)
      }
      if (ending === 'COMMIT' && held.length === 0 && readOnly) {
        void query(text, []).catch(() => undefined)
        return answered(ending)
      }
    }
    return flush({ text, values })
  }
  client.query = sendHoldingBack as unknown as typeof client.query
}
