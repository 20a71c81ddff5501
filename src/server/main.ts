import { pino } from 'pino'
import { buildApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'
import { DataDirInUseError } from './db/dataDirLock.js'
import { existingDemoCredentials, formatCredentials, seedDefaultDemoTenants } from './demo/demoTenants.js'
import { startJobs } from './jobs/jobs.js'
import { version } from './packageInfo.js'
import { openRuntime } from './runtime.js'

async function main(): Promise<void> {
  let config
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(78)
    }
    throw error
  }
  const log = pino({ level: config.logLevel })
  let runtime
  try {
    runtime = await openRuntime(config)
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      console.error(error.message)
      process.exit(75)
    }
    throw error
  }
  if (runtime.keyGenerated) {
    log.warn('No KOERS_SECRET_KEY set: generated one in the data folder. Set KOERS_SECRET_KEY in production and back it up.')
  }
  if (config.demo) {
    if (await seedDefaultDemoTenants(runtime)) log.info('created the demo organisations')
  }
  const jobs = await startJobs(runtime, log)
  const app = await buildApp(runtime, { logger: log })

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    log.info({ signal }, 'stopping')
    try {
      await app.close()
      await jobs.stop()
    } finally {
      await runtime.close()
      log.info('stopped; the database was closed cleanly')
      process.exit(0)
    }
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))

  await app.listen({ port: config.port, host: config.host })
  const address = app.server.address()
  const port = typeof address === 'object' && address !== null ? address.port : config.port
  log.info({ version, database: runtime.db.kind, port }, 'Koers is running')
  if (config.demo) {
    const credentials = await existingDemoCredentials(runtime)
    if (credentials.length > 0) console.log('\n' + formatCredentials(credentials) + '\n')
  }
  console.log(`Koers ${version} is running at http://localhost:${port} (database: ${runtime.db.kind}).`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
