import crypto from 'node:crypto'
import pg from 'pg'
import { openDatabase, type Database } from '../../src/server/db/database.js'

export interface DatabaseUnderTest {
  name: 'embedded' | 'postgresql'
  open(): Promise<Database>
}

/**
 * Database tests run on the embedded database always, and on PostgreSQL too when DATABASE_URL is
 * set. Each opened database is new (PostgreSQL: a fresh database, dropped on close).
 */
export function databasesUnderTest(): DatabaseUnderTest[] {
  const list: DatabaseUnderTest[] = [{ name: 'embedded', open: () => openDatabase({ kind: 'embedded-memory' }) }]
  const url = process.env.DATABASE_URL
  if (url) list.push({ name: 'postgresql', open: () => openFreshPostgres(url) })
  return list
}

async function openFreshPostgres(url: string): Promise<Database> {
  const name = `koers_test_${crypto.randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const target = new URL(url)
  target.pathname = `/${name}`
  const db = await openDatabase({ kind: 'postgresql', url: target.toString() })
  const close = db.close.bind(db)
  return {
    ...db,
    async close() {
      await close()
      const dropper = new pg.Client({ connectionString: url })
      await dropper.connect()
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await dropper.end()
    },
  }
}
