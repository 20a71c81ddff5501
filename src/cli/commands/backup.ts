import path from 'node:path'
import { loadConfig } from '../../server/config.js'
import { lockDataDir } from '../../server/db/dataDirLock.js'
import { backupEmbedded, backupPostgres, restoreEmbedded, restorePostgres } from '../../server/db/backup.js'

export async function backupCommand(file: string): Promise<void> {
  const config = loadConfig()
  const target = path.resolve(file)
  if (config.databaseUrl !== null) {
    await backupPostgres(config.databaseUrl, target)
  } else {
    const unlock = lockDataDir(config.dataDir)
    try {
      await backupEmbedded(config.dataDir, target)
    } finally {
      unlock()
    }
    if (config.secretKey === null) {
      console.log(`Keep a copy of ${path.join(config.dataDir, 'secret.key')} too: without it, second factors cannot be read.`)
    }
  }
  console.log(`Backup written to ${target}`)
}

export async function restoreCommand(file: string): Promise<void> {
  const config = loadConfig()
  const source = path.resolve(file)
  if (config.databaseUrl !== null) {
    await restorePostgres(config.databaseUrl, source)
    console.log(`Restored ${source} into PostgreSQL.`)
    return
  }
  const unlock = lockDataDir(config.dataDir)
  try {
    const kept = await restoreEmbedded(config.dataDir, source)
    console.log(`Restored ${source}.` + (kept ? ` The database it replaced is kept in ${path.join(config.dataDir, kept)}.` : ''))
  } finally {
    unlock()
  }
}
