import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inTenant, type Database } from '../src/server/db/database.js'
import { deferred, prepared } from '../src/server/db/roundTrips.js'
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

  // A deferred statement (the settings, the audit record) goes with the next statement or the
  // COMMIT on PostgreSQL, and at once on the embedded database: the same outcome either way.
  describe('deferred statements', () => {
    beforeAll(async () => {
      await db.owner.query('CREATE TABLE round_trip_deferred (n int PRIMARY KEY)')
    })
    const rows = async () => (await db.owner.query<{ n: number }>('SELECT n FROM round_trip_deferred ORDER BY n')).rows.map((r) => r.n)
    const insert = (n: number) => sql`INSERT INTO round_trip_deferred (n) VALUES (${n})`

    it.each([
      ['the statement after it', true],
      ['the COMMIT', false],
    ])('one that fails fails its transaction at %s, and nothing of the transaction is kept', async (_, readAfter) => {
      await db.owner.query('TRUNCATE round_trip_deferred')
      const outcome = db.kysely.transaction().execute(async (tx) => {
        await insert(1).execute(tx)
        await tx.executeQuery(deferred(insert(1).compile(tx)))
        if (readAfter) await sql`SELECT count(*) FROM round_trip_deferred`.execute(tx)
      })
      await expect(outcome).rejects.toMatchObject({ code: '23505' })
      expect(await rows()).toEqual([])
    })

    it('one is done before the statement after it, and kept with its transaction', async () => {
      await db.owner.query('TRUNCATE round_trip_deferred')
      const seen = await db.kysely.transaction().execute(async (tx) => {
        await tx.executeQuery(deferred(insert(5).compile(tx)))
        await tx.executeQuery(deferred(insert(6).compile(tx)))
        return (await sql<{ n: number }>`SELECT count(*)::int AS n FROM round_trip_deferred`.execute(tx)).rows[0]!.n
      })
      expect(seen).toBe(2)
      expect(await rows()).toEqual([5, 6])
    })

    it('one outside a transaction runs at once, and one marked prepared is prepared on PostgreSQL', async () => {
      await db.owner.query('TRUNCATE round_trip_deferred')
      await db.kysely.executeQuery(deferred(insert(9).compile(db.kysely)))
      expect(await rows()).toEqual([9])
      const statement = sql`INSERT INTO round_trip_deferred (n) VALUES (${10}) ON CONFLICT DO NOTHING`
      const preparedHere = await db.kysely.transaction().execute(async (tx) => {
        await tx.executeQuery(prepared(deferred(statement.compile(tx))))
        const found = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = ${statement.compile(tx).sql}`.execute(tx)
        return found.rows[0]!.n
      })
      expect(preparedHere).toBe(database.name === 'postgresql' ? 1 : 0)
      expect(await rows()).toEqual([9, 10])
    })

    it('a transaction rolled back keeps none of them', async () => {
      await db.owner.query('TRUNCATE round_trip_deferred')
      await expect(
        db.kysely.transaction().execute(async (tx) => {
          await tx.executeQuery(deferred(insert(7).compile(tx)))
          throw new Error('stop')
        }),
      ).rejects.toThrow('stop')
      expect(await rows()).toEqual([])
    })
  })

  // Its COMMIT is not waited for on PostgreSQL: the connection's next transaction must still
  // begin after it, not inside it.
  it('a read-only transaction refuses writes, and the transactions after it are not read-only', async () => {
    const tenant = { tenantId: '00000000-0000-4000-8000-000000000001' }
    const readOnly = () => inTenant(db, tenant, async (tx) => (await sql<{ ro: string }>`SELECT current_setting('transaction_read_only') AS ro`.execute(tx)).rows[0]!.ro, { readOnly: true })
    await expect(inTenant(db, tenant, (tx) => sql`CREATE TEMP TABLE read_only_probe (n int)`.execute(tx), { readOnly: true })).rejects.toThrow(/read-only/)
    for (let i = 0; i < 5; i++) {
      expect(await readOnly()).toBe('on')
      expect(await inTenant(db, tenant, async (tx) => (await sql<{ ro: string }>`SELECT current_setting('transaction_read_only') AS ro`.execute(tx)).rows[0]!.ro)).toBe('off')
    }
  })

  it('inTenant refuses a tenant id that is not a uuid before it reaches the database', async () => {
    await expect(inTenant(db, { tenantId: "x', true), set_config('role', 'postgres" }, async () => 1)).rejects.toThrow(/uuid/)
  })
})
