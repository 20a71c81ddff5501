import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { embeddedPgDataDir } from './database.js'
import { embeddedExtensions } from './embedded.js'

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('error', (error) =>
      reject(new Error(`Could not run ${command} (${error.message}); install the PostgreSQL client tools.`)),
    )
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with code ${code}`))))
  })
}

/** A compressed copy of the embedded database. The caller holds the data-folder lock. */
export async function backupEmbedded(dataDir: string, file: string): Promise<void> {
  const pgData = embeddedPgDataDir(dataDir)
  if (!fs.existsSync(pgData)) throw new Error(`There is no database in ${dataDir} to back up.`)
  const pglite = await PGlite.create({ dataDir: pgData, extensions: embeddedExtensions })
  try {
    const dump = await pglite.dumpDataDir('gzip')
    const temporary = `${file}.partial`
    fs.writeFileSync(temporary, Buffer.from(await dump.arrayBuffer()))
    fs.renameSync(temporary, file)
  } finally {
    await pglite.close()
  }
}

/**
 * Replaces the embedded database with a backup. The database it replaces is kept beside it
 * (pgdata.before-restore-…), so a restore of the wrong file can be undone.
 */
export async function restoreEmbedded(dataDir: string, file: string): Promise<string | null> {
  if (!fs.existsSync(file)) throw new Error(`No backup file at ${file}.`)
  const pgData = embeddedPgDataDir(dataDir)
  const incoming = `${pgData}.restoring`
  fs.rmSync(incoming, { recursive: true, force: true })
  const archive = new Blob([fs.readFileSync(file)])
  const pglite = await PGlite.create({ dataDir: incoming, loadDataDir: archive, extensions: embeddedExtensions })
  await pglite.query('SELECT 1')
  await pglite.close()
  let kept: string | null = null
  if (fs.existsSync(pgData)) {
    kept = `${pgData}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`
    fs.renameSync(pgData, kept)
  }
  fs.renameSync(incoming, pgData)
  return kept ? path.basename(kept) : null
}

export const backupPostgres = (url: string, file: string) => run('pg_dump', ['--format=custom', `--file=${file}`, `--dbname=${url}`])

export const restorePostgres = (url: string, file: string) =>
  run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${url}`, file])
