import type { AppContext } from './appContext.js'
import type { Config } from './config.js'
import { createSecretBox } from './crypto/secretBox.js'
import { resolveSecretKey } from './crypto/secretKey.js'
import { lockDataDir } from './db/dataDirLock.js'
import { openDatabase, targetFromConfig } from './db/database.js'
import { openPubSub } from './realtime/pubsub.js'

export interface Runtime extends AppContext {
  keyGenerated: boolean
  close(): Promise<void>
}

/**
 * Opens what the server and the CLI share: on the embedded database the data folder is locked
 * first (one process at a time), then the database is opened and migrated.
 */
export async function openRuntime(config: Config, options: { migrate?: boolean } = {}): Promise<Runtime> {
  const target = targetFromConfig(config)
  const unlock = target.kind === 'embedded' ? lockDataDir(config.dataDir) : () => undefined
  try {
    const { key, generated } = resolveSecretKey(config.secretKey, config.dataDir)
    const db = await openDatabase(target, { migrate: options.migrate })
    const realtime = await openPubSub(db)
    let closed = false
    return {
      config,
      db,
      secretBox: createSecretBox(key),
      realtime,
      keyGenerated: generated,
      async close() {
        if (closed) return
        closed = true
        try {
          await realtime.close()
          await db.close()
        } finally {
          unlock()
        }
      },
    }
  } catch (error) {
    unlock()
    throw error
  }
}
