import { loadConfig } from '../../server/config.js'
import { migrate } from '../../server/db/migrate.js'
import { withRuntime } from './runtime.js'

export async function migrateCommand(): Promise<void> {
  await withRuntime(
    async (runtime) => {
      const applied = await migrate(runtime.db.owner)
      const where = loadConfig().databaseUrl ? 'PostgreSQL' : 'the embedded database'
      console.log(applied.length === 0 ? `Up to date (${where}).` : `Applied on ${where}: ${applied.join(', ')}`)
    },
    { migrate: false },
  )
}
