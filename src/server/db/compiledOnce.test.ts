import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { compiledOnce } from './compiledOnce.js'
import type { DB } from './schema.js'

// Compiling needs no connection: the real PostgreSQL compiler with a driver that never connects.
const builder = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
})

describe('compiledOnce', () => {
  it('gives the statement the builder would, with each run’s own parameters in their places', () => {
    const build = (db: typeof builder, p: { username: string; tenant: string }) =>
      db.selectFrom('users').select('id').where('username', '=', p.username).where('tenant_id', '=', p.tenant)
    const lookup = compiledOnce(['tenant', 'username'], build)
    for (const params of [{ tenant: 't1', username: 'a.jansen' }, { tenant: 't2', username: null }]) {
      const once = lookup(builder, params)
      const fresh = build(builder, params as { username: string; tenant: string }).compile()
      expect(once.sql).toBe(fresh.sql)
      expect(once.parameters).toEqual(fresh.parameters)
    }
  })

  it('refuses a stand-in that is written into the text or left out', () => {
    const written = compiledOnce(['code'], (db: typeof builder, p) => db.selectFrom('users').select(sql.lit(p.code).as('code')))
    expect(() => written(builder, { code: 'a' })).toThrow(/only that/)
    const leftOut = compiledOnce(['tenant', 'unused'], (db: typeof builder, p) => db.selectFrom('users').select('id').where('tenant_id', '=', p.tenant))
    expect(() => leftOut(builder, { tenant: 't1', unused: 'x' })).toThrow(/only that/)
  })

  it('refuses a statement with a value that is not one of its parameters', () => {
    const lookup = compiledOnce(['tenant'], (db: typeof builder, p) => db.selectFrom('users').select('id').where('tenant_id', '=', p.tenant).where(sql`1`, '=', 1))
    expect(() => lookup(builder, { tenant: 't1' })).toThrow(/not one of its stand-ins/)
  })
})
