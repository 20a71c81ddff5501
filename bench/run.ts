import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import type { BenchOptions } from './framework.js'
import { benchmarks } from './registry.js'

/**
 * Runs one benchmark: `npm run bench -- NAME [--clients N] [--db embedded|postgresql]`, or names
 * them all with `--list`. Progress goes to stderr; the last line on stdout is the result as JSON.
 *
 * Each data set lives apart from the installation's own data and is reused by later runs:
 * PostgreSQL (DATABASE_URL) gets a database per data set, koers_bench_<clients>, on the same
 * server; the embedded database keeps it in bench/data/clients-<clients>. While a benchmark
 * runs, DATABASE_URL points at the data set's database.
 */

const benchDir = path.dirname(new URL(import.meta.url).pathname)

function usage(): string {
  return 'usage: npm run bench -- NAME [--clients N] [--db embedded|postgresql]\n       npm run bench -- --list'
}

/** The data set's own database on the server of DATABASE_URL, created when missing. */
async function benchDatabase(serverUrl: string, clients: number): Promise<string> {
  const name = `koers_bench_${clients}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`)
  } finally {
    await admin.end()
  }
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      list: { type: 'boolean' },
      clients: { type: 'string' },
      db: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    console.log(usage())
    return 0
  }
  if (values.list) {
    for (const bench of benchmarks) console.log(`${bench.name.padEnd(16)} ${bench.description}`)
    return 0
  }
  const name = positionals[0]
  const bench = benchmarks.find((candidate) => candidate.name === name)
  if (!bench) {
    console.error(name === undefined ? usage() : `No benchmark "${name}"; these exist: ${benchmarks.map((b) => b.name).join(', ')}`)
    return 2
  }
  const clients = values.clients === undefined ? 1_000_000 : Number(values.clients.replace(/[_,]/g, ''))
  if (!Number.isInteger(clients) || clients < 1 || clients > 5_000_000) {
    console.error('--clients must be a whole number from 1 to 5000000')
    return 2
  }
  const db = values.db ?? (process.env.DATABASE_URL ? 'postgresql' : 'embedded')
  if (db !== 'embedded' && db !== 'postgresql') {
    console.error('--db must be embedded or postgresql')
    return 2
  }
  const dataDir = path.join(benchDir, 'data', `clients-${clients}`)
  if (db === 'postgresql') {
    const serverUrl = process.env.DATABASE_URL
    if (!serverUrl) {
      console.error('--db postgresql needs DATABASE_URL (the server; the benchmark makes its own database there)')
      return 2
    }
    process.env.DATABASE_URL = await benchDatabase(serverUrl, clients)
  } else {
    fs.mkdirSync(dataDir, { recursive: true })
    delete process.env.DATABASE_URL
  }
  const started = Date.now()
  const log = (message: string) => console.error(`[${bench.name} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s] ${message}`)
  const options: BenchOptions = { clients, db, dataDir, log }
  log(`${bench.description}; ${clients.toLocaleString('en-GB')} clients on ${db}`)
  const result = await bench.run(options)
  const round = (n: number) => Math.round(n * 100) / 100
  const ok = result.higherIsBetter ? result.value >= result.budget : result.value <= result.budget
  console.log(
    JSON.stringify({
      bench: bench.name,
      clients,
      db,
      value: round(result.value),
      unit: result.unit,
      limit: round(result.limit),
      ratio: round(result.value / result.limit),
      budget: result.budget,
      ok,
    }),
  )
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
    process.exit(1)
  },
)
