import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../src/server/db/database.js'

describe('the embedded database over the wire', () => {
  let db: Database
  beforeAll(async () => {
    db = await openDatabase({ kind: 'embedded-memory' })
  })
  afterAll(async () => db?.close())

  it('keeps concurrent prepared statements of many connections apart', async () => {
    const pool = new pg.Pool({ ...db.ownerConnection, max: 8 })
    try {
      const results = await Promise.all(
        Array.from({ length: 400 }, async (_, i) => {
          const result = await pool.query<{ n: number; label: string }>('SELECT $1::int AS n, $2::text AS label', [i, `query ${i}`])
          return result.rows[0]!
        }),
      )
      expect(results.map((row) => row.n)).toEqual(Array.from({ length: 400 }, (_, i) => i))
      expect(results.every((row) => row.label === `query ${row.n}`)).toBe(true)
    } finally {
      await pool.end()
    }
  })

  it('lets a transaction finish before another connection runs, and rolls back a dropped one', async () => {
    const a = new pg.Client(db.ownerConnection)
    const b = new pg.Client(db.ownerConnection)
    a.on('error', () => undefined) // its connection is cut on purpose below
    await a.connect()
    await b.connect()
    await a.query('CREATE TABLE counter (n int)')
    await a.query('BEGIN')
    await a.query('INSERT INTO counter VALUES (1)')
    const seenByB = b.query<{ c: number }>('SELECT count(*)::int AS c FROM counter')
    await a.query('INSERT INTO counter VALUES (2)')
    await a.query('COMMIT')
    expect((await seenByB).rows[0]!.c).toBe(2)

    await a.query('BEGIN')
    await a.query('INSERT INTO counter VALUES (3)')
    a.connection.stream.destroy()
    const after = await b.query<{ c: number }>('SELECT count(*)::int AS c FROM counter')
    expect(after.rows[0]!.c).toBe(2)
    await b.end()
  })
})
