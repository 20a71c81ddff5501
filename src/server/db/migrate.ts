import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type pg from 'pg'
import { packageRoot } from '../packageInfo.js'

const migrationsDir = path.join(packageRoot, 'src', 'server', 'db', 'migrations')

export interface Migration {
  name: string
  sql: string
  checksum: string
}

export function listMigrations(): Migration[] {
  return fs
    .readdirSync(migrationsDir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const sql = fs.readFileSync(path.join(migrationsDir, file), 'utf8')
      return { name: file.replace(/\.sql$/, ''), sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') }
    })
}

/**
 * Runs the forward-only SQL migrations that have not run yet, each in its own transaction, as
 * the database owner. A migration that was changed after it ran stops the process: migrations
 * are written once.
 */
export async function migrate(owner: pg.Pool): Promise<string[]> {
  const client = await owner.connect()
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS koers_migrations (
      name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`)
    // One migrator at a time, also across processes on a shared PostgreSQL.
    await client.query('SELECT pg_advisory_lock(7242026)')
    try {
      const done = new Map(
        (await client.query<{ name: string; checksum: string }>('SELECT name, checksum FROM koers_migrations')).rows.map(
          (row) => [row.name, row.checksum],
        ),
      )
      const applied: string[] = []
      for (const migration of listMigrations()) {
        const checksum = done.get(migration.name)
        if (checksum !== undefined) {
          if (checksum !== migration.checksum) {
            throw new Error(`Migration ${migration.name} was changed after it ran; add a new migration instead.`)
          }
          continue
        }
        await client.query('BEGIN')
        try {
          await client.query(migration.sql)
          await client.query('INSERT INTO koers_migrations (name, checksum) VALUES ($1, $2)', [
            migration.name,
            migration.checksum,
          ])
          await client.query('COMMIT')
        } catch (error) {
          await client.query('ROLLBACK')
          throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error })
        }
        applied.push(migration.name)
      }
      return applied
    } finally {
      await client.query('SELECT pg_advisory_unlock(7242026)')
    }
  } finally {
    client.release()
  }
}
