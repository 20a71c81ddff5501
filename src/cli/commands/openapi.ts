import crypto from 'node:crypto'
import { buildApp, openApiOf } from '../../server/app.js'
import { loadConfig } from '../../server/config.js'
import { createSecretBox } from '../../server/crypto/secretBox.js'
import { openDatabase } from '../../server/db/database.js'
import { inProcessPubSub } from '../../server/realtime/pubsub.js'

/** Prints the OpenAPI document, built from the routes against a throw-away in-memory database. */
export async function openApiCommand(): Promise<void> {
  const db = await openDatabase({ kind: 'embedded-memory' })
  try {
    const app = await buildApp(
      { config: loadConfig({}), db, secretBox: createSecretBox(crypto.randomBytes(32).toString('hex')), realtime: inProcessPubSub() },
      { logger: false },
    )
    await app.ready()
    process.stdout.write(JSON.stringify(openApiOf(app), null, 2) + '\n')
    await app.close()
  } finally {
    await db.close()
  }
}
