import type { Config } from './config.js'
import type { Database } from './db/database.js'
import type { SecretBox } from './crypto/secretBox.js'
import type { PubSub } from './realtime/pubsub.js'

/** What the HTTP layer and the jobs hand to services: the database, the key, the settings. */
export interface AppContext {
  config: Config
  db: Database
  secretBox: SecretBox
  /** Real-time events (chat) between requests, sockets and server instances. */
  realtime: PubSub
  /** Set where the delivery worker runs: tells it that new messages are waiting. */
  wakeDelivery?: () => void
}
