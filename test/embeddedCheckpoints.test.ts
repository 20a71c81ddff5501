import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { embeddedPgDataDir, openDatabase, type Database } from '../src/server/db/database.js'
import { walSinceCheckpoint } from '../src/server/db/embeddedCheckpoints.js'

const mb = 1024 * 1024

/** The write-ahead log files in the data folder. */
const walFiles = (dataDir: string) => fs.readdirSync(path.join(embeddedPgDataDir(dataDir), 'pg_wal')).filter((name) => /^[0-9A-F]{24}$/.test(name)).length

/** Writes about `rounds` × 18 MB of log: rows inserted and deleted again. */
async function churn(db: Database, rounds: number): Promise<void> {
  await db.owner.query('CREATE TABLE IF NOT EXISTS churn (id int, pad text)')
  for (let i = 0; i < rounds; i++) {
    await db.owner.query(`INSERT INTO churn SELECT g, repeat('x', 400) FROM generate_series(1, 40000) g`)
    await db.owner.query('TRUNCATE churn')
  }
}

describe('checkpoints of the embedded database', () => {
  let db: Database | null = null
  afterEach(async () => {
    await db?.close()
    db = null
  })

  it('checkpoints once enough log is written, so the log files are recycled instead of piling up', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-checkpoints-'))
    db = await openDatabase({ kind: 'embedded', dataDir }, { migrate: false, checkpoints: { checkEveryMs: 20, walBytes: 32 * mb, maxAgeMs: 60 * 60_000 } })
    const filesAtStart = walFiles(dataDir)
    for (let i = 0; i < 12; i++) {
      await churn(db, 2)
      await new Promise((resolve) => setTimeout(resolve, 100)) // a few checks
      expect((await walSinceCheckpoint(db.owner)).bytes).toBeLessThan(32 * mb + 60 * mb)
    }
    // About 450 MB of log written (28 files of 16 MB); with a checkpoint every 32 MB few are added.
    expect(walFiles(dataDir)).toBeLessThan(filesAtStart + 20)
  })

  it('without checkpoints the log keeps everything (what the checkpointer prevents)', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-checkpoints-'))
    db = await openDatabase({ kind: 'embedded', dataDir }, { migrate: false, checkpoints: { checkEveryMs: 60 * 60_000, walBytes: Number.MAX_SAFE_INTEGER, maxAgeMs: 60 * 60_000 } })
    const filesAtStart = walFiles(dataDir)
    await churn(db, 8)
    expect((await walSinceCheckpoint(db.owner)).bytes).toBeGreaterThan(120 * mb)
    expect(walFiles(dataDir)).toBeGreaterThan(filesAtStart + 7)
  })

  it('checkpoints a database that was written to and then left alone, once the last checkpoint is old enough', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-checkpoints-'))
    db = await openDatabase({ kind: 'embedded', dataDir }, { migrate: false, checkpoints: { checkEveryMs: 20, walBytes: Number.MAX_SAFE_INTEGER, maxAgeMs: 500 } })
    await churn(db, 1)
    await new Promise((resolve) => setTimeout(resolve, 1200))
    const after = await walSinceCheckpoint(db.owner)
    expect(after.bytes).toBeLessThan(mb)
  })
})
