import type { Config } from './config.js'
import type { Database } from './db/database.js'
import type { SecretBox } from './crypto/secretBox.js'

/** What the HTTP layer and the jobs hand to services: the database, the key, the settings. */
export interface AppContext {
  config: Config
  db: Database
  secretBox: SecretBox
  /** Set where the delivery worker runs: tells it that new messages are waiting. */
  wakeDelivery?: () => void
}
