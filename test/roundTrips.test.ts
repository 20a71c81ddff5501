import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inTenant, type Database } from '../src/server/db/database.js'
import { databasesUnderTest } from './support/testDatabase.js'

describe.each(databasesUnderTest())('transactions on $name', (database) => {
  let db: Database
  beforeAll(async () => {
    db = await database.open()
  })
  afterAll(async () => db?.close())

  const tableExists = async (name: string) => (await db.owner.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [name])).rows[0]!.t !== null

  // On PostgreSQL a transaction's BEGIN goes along with its first statement when that is plain
  // text, and is sent on its own before one with parameters: either way, all or nothing.
  it.each([
    ['plain text', sql`SELECT 1`],
    ['parameters', sql`SELECT ${1}::int`],
  ])('a transaction whose first statement has %s keeps none of its work when it fails', async (kind, first) => {
    const table = `round_trip_probe_${kind === 'plain text' ? 'plain' : 'parameters'}`
    await expect(
      db.kysely.transaction().execute(async (tx) => {
        await first.execute(tx)
        await sql`CREATE TABLE ${sql.table(table)} (n int)`.execute(tx)
        throw new Error('stop')
      }),
    ).rejects.toThrow('stop')
    expect(await tableExists(table)).toBe(false)
  })

  it('the statements of a transaction, plain or with parameters, run in that one transaction', async () => {
    await db.kysely.transaction().execute(async () => undefined)
    const ids = await db.kysely.transaction().execute(async (tx) => {
      const a = await sql<{ id: string }>`SELECT txid_current()::text AS id`.execute(tx)
      const b = await sql<{ id: string }>`SELECT txid_current()::text AS id, ${'x'}::text AS p`.execute(tx)
      return [a.rows[0]!.id, b.rows[0]!.id]
    })
    expect(ids[0]).toBe(ids[1])
  })

  it('inTenant refuses a tenant id that is not a uuid before it reaches the database', async () => {
    await expect(inTenant(db, { tenantId: "x', true), set_config('role', 'postgres" }, async () => 1)).rejects.toThrow(/uuid/)
  })
})
