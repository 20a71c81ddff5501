import crypto from 'node:crypto'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { inProcessPubSub } from '../src/server/realtime/pubsub.js'
import type { AppContext } from '../src/server/appContext.js'
import { loadConfig } from '../src/server/config.js'
import { createSecretBox, type SecretBox } from '../src/server/crypto/secretBox.js'
import { inTenant, openDatabase, type Database } from '../src/server/db/database.js'
import { dutchName } from '../src/server/demo/dutchNames.js'
import { seededRandom, type Random } from '../src/server/demo/random.js'
import { seedClientSettings } from '../src/server/modules/clientSettings/defaults.js'
import { searchName } from '../src/server/modules/clients/names.js'
import { processImportRun } from '../src/server/modules/imports/importRun.js'
import { importBatchSize } from '../src/server/modules/imports/importRuns.js'
import { startImport } from '../src/server/modules/imports/startImport.js'
import type { BenchOptions, Benchmark } from './framework.js'

/**
 * Importing a Suite-like export of clients, each with a current benefit: a CSV file goes through
 * the whole import (upload, read, check against the client domain's rules, write in set-based
 * batches with the timeline, the signals, the caseload summary and the per-row report) as a real
 * run. The limit: a bare COPY of the same rows (the clients and their statuses, values prepared
 * beforehand) into the same tables. The budget is 100,000 rows in 60 s on PostgreSQL,
 * the size a run has unless `--clients` asks for fewer; a smaller run gets a proportional budget.
 */

const maxRows = 100_000
/** The embedded database is for trying Koers out; it works one small batch at a time. */
const maxRowsEmbedded = 10_000
const budgetPerRow = 60_000 / 100_000

const places: [string, number][] = [
  ['Doetinchem', 7001],
  ['Zutphen', 7201],
  ['Arnhem', 6811],
  ['Nijmegen', 6511],
  ['Apeldoorn', 7311],
  ['Deventer', 7411],
  ['Enschede', 7511],
  ['Hengelo', 7551],
  ['Winterswijk', 7101],
  ['Ede', 6711],
]
const streets = ['Hoofdstraat', 'Kerkstraat', 'Molenweg', 'Dorpsstraat', 'Stationsplein', 'Beukenlaan', 'Schoolstraat', 'Julianalaan', 'Markt', 'Industrieweg']
const extraFirstNames = ['Maria', 'Johannes', 'Cornelis', 'Elisabeth', 'Hendrik', 'Renée', 'Zoë', 'Noël']
const letters = 'ABCDEGHJKLMNPRTVWXZ'

export interface GeneratedClient {
  sourceId: string
  bsn: string
  firstNames: string
  tussenvoegsel: string
  surname: string
  dateOfBirth: string
  street: string
  houseNumber: string
  postcode: string
  city: string
  phone: string
  regime: string
  benefitFrom: string
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`
const dutchDate = (iso: string) => iso.split('-').reverse().join('-')

/** A BSN that passes the elfproef, different for every index (up to ~9 million). */
function bsnFor(index: number): string {
  for (let k = 0; ; k++) {
    const digits = String(10_000_000 + ((index * 10 + k) % 89_999_999)).padStart(8, '0')
    let sum = 0
    for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i])
    const check = sum % 11
    if (check < 10) return digits + String(check)
  }
}

function generateClient(index: number, random: Random): GeneratedClient {
  const name = dutchName(random)
  const [city, postcodeBase] = random.pick(places)
  const year = random.int(1960, 2005)
  return {
    sourceId: `S${String(4_000_000 + index)}`,
    bsn: bsnFor(index),
    firstNames: random.chance(0.3) ? `${name.firstName} ${random.pick(extraFirstNames)}` : name.firstName,
    tussenvoegsel: name.tussenvoegsel,
    surname: name.surname,
    dateOfBirth: isoDate(year, random.int(1, 12), random.int(1, 28)),
    street: random.pick(streets),
    houseNumber: random.chance(0.1) ? `${random.int(1, 200)}${random.pick(['a', 'b', 'c'])}` : String(random.int(1, 200)),
    postcode: `${postcodeBase + random.int(0, 40)} ${letters[random.int(0, letters.length - 1)]}${letters[random.int(0, letters.length - 1)]}`,
    city,
    phone: `06-${pad(random.int(10_000_000, 99_999_999), 8)}`,
    regime: random.chance(0.85) ? 'Participatiewet' : random.pick(['WW', 'Wsw']),
    benefitFrom: isoDate(random.int(2015, 2026), random.int(1, 12), random.int(1, 28)),
  }
}

const header = 'Klantnummer;BSN;Voornamen;Tussenvoegsel;Achternaam;Geboortedatum;Straat;Huisnummer;Postcode;Woonplaats;Telefoon;Uitkering;Regeling;Ingangsdatum uitkering'

/** The export as a Dutch system writes it: semicolons, dd-mm-jjjj, the benefit as its own code. */
export function exportCsv(clients: GeneratedClient[]): Buffer {
  const lines = [header]
  for (const c of clients) {
    lines.push(
      [c.sourceId, c.bsn, c.firstNames, c.tussenvoegsel, c.surname, dutchDate(c.dateOfBirth), c.street, c.houseNumber, c.postcode, c.city, c.phone, 'PW', c.regime, dutchDate(c.benefitFrom)].join(';'),
    )
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8')
}

const suiteMapping = {
  name: 'suite-clients',
  kind: 'clients' as const,
  sourceSystem: 'suite',
  columns: [
    ['sourceId', 'Klantnummer'],
    ['bsn', 'BSN'],
    ['firstNames', 'Voornamen'],
    ['tussenvoegsel', 'Tussenvoegsel'],
    ['surname', 'Achternaam'],
    ['dateOfBirth', 'Geboortedatum'],
    ['street', 'Straat'],
    ['houseNumber', 'Huisnummer'],
    ['postcode', 'Postcode'],
    ['city', 'Woonplaats'],
    ['phone', 'Telefoon'],
    ['statusCode', 'Uitkering'],
    ['statusRegime', 'Regeling'],
    ['statusValidFrom', 'Ingangsdatum uitkering'],
  ].map(([field, column]) => ({ field, column })),
  options: { valueMaps: [{ field: 'statusCode', from: 'PW', to: 'benefit' }] },
}

async function createOrganisation(ctx: AppContext, slug: string): Promise<string> {
  const row = await ctx.db.owner.query<{ id: string }>('INSERT INTO tenants (slug, name) VALUES ($1, $2) RETURNING id', [slug, `Benchmark ${slug}`])
  const tenantId = row.rows[0]!.id
  await inTenant(ctx.db, { tenantId }, (tx) => seedClientSettings(tx, tenantId))
  return tenantId
}

const copyText = (value: string | null) => (value === null || value === '' ? '\\N' : value)

/** The clients and statuses of the rows, as COPY text, with the values the import would store. */
function copyPayload(tenantId: string, clients: GeneratedClient[], secretBox: SecretBox): { clients: string[]; statuses: string[] } {
  const clientLines: string[] = []
  const statusLines: string[] = []
  clients.forEach((c, i) => {
    const id = crypto.randomUUID()
    const name = { initials: null, first_names: c.firstNames, tussenvoegsel: c.tussenvoegsel || null, surname: c.surname }
    clientLines.push(
      [
        tenantId,
        id,
        `K${pad(i + 1, 7)}`,
        'suite',
        c.sourceId,
        c.firstNames,
        copyText(c.tussenvoegsel),
        c.surname,
        c.dateOfBirth,
        secretBox.seal(c.bsn),
        secretBox.lookupHash(c.bsn),
        c.street,
        c.houseNumber,
        c.postcode,
        c.city,
        `+31${c.phone.slice(1).replace('-', '')}`,
        searchName(name),
      ].join('\t') + '\n',
    )
    statusLines.push([tenantId, id, 'benefit', c.benefitFrom, c.regime, 'suite', `${c.sourceId}/benefit/${c.benefitFrom}`].join('\t') + '\n')
  })
  return { clients: clientLines, statuses: statusLines }
}

const clientColumns = '(tenant_id, id, client_number, source_system, source_id, first_names, tussenvoegsel, surname, date_of_birth, bsn_sealed, bsn_hash, street, house_number, postcode, city, phone, search_name)'
const statusColumns = '(tenant_id, client_id, status_code, valid_from, regime, source_system, source_id)'

async function copyInto(client: pg.PoolClient, table: string, columns: string, lines: string[]): Promise<void> {
  const chunks = function* () {
    for (let i = 0; i < lines.length; i += 1000) yield lines.slice(i, i + 1000).join('')
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(`COPY ${table} ${columns} FROM STDIN`)))
}

/** The same rows as multi-row INSERTs, where COPY does not pass through (the embedded database's socket). */
async function insertInto(client: pg.PoolClient, table: string, columns: string, lines: string[]): Promise<void> {
  const width = columns.split(',').length
  for (let i = 0; i < lines.length; i += 1000) {
    const rows = lines.slice(i, i + 1000).map((line) => line.slice(0, -1).split('\t').map((v) => (v === '\\N' ? null : v)))
    const placeholders = rows.map((_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`).join(', ')
    await client.query(`INSERT INTO ${table} ${columns} VALUES ${placeholders}`, rows.flat())
  }
}

/**
 * The limit: the rows written the barest way, in one transaction, as the owner: COPY on
 * PostgreSQL; multi-row INSERTs on the embedded database, whose socket does not pass COPY.
 */
async function bareLoad(db: Database, payload: { clients: string[]; statuses: string[] }): Promise<{ ms: number; method: string }> {
  const method = db.kind === 'postgresql' ? 'COPY' : 'INSERT'
  const load = method === 'COPY' ? copyInto : insertInto
  const client = await db.owner.connect()
  try {
    const started = performance.now()
    await client.query('BEGIN')
    await load(client, 'clients', clientColumns, payload.clients)
    await load(client, 'client_statuses', statusColumns, payload.statuses)
    await client.query('COMMIT')
    return { ms: performance.now() - started, method }
  } finally {
    client.release()
  }
}

/** A database of its own for the run: a fresh one on the PostgreSQL server, or an in-memory embedded one. */
async function openScratchDatabase(options: BenchOptions): Promise<{ db: Database; drop(): Promise<void> }> {
  if (options.db === 'embedded') {
    const db = await openDatabase({ kind: 'embedded-memory' })
    return { db, drop: () => db.close() }
  }
  const serverUrl = process.env.DATABASE_URL
  if (!serverUrl) throw new Error('--db postgresql needs DATABASE_URL')
  const name = `koers_bench_import_${crypto.randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const db = await openDatabase({ kind: 'postgresql', url: url.toString() })
  return {
    db,
    async drop() {
      await db.close()
      const dropper = new pg.Client({ connectionString: serverUrl })
      await dropper.connect()
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await dropper.end()
    },
  }
}

/** The clients of a run, the same on every run. */
export function generateClients(rows: number): GeneratedClient[] {
  const random = seededRandom(2026)
  return Array.from({ length: rows }, (_, i) => generateClient(i, random))
}

export const importBench: Benchmark = {
  name: 'import',
  description: 'import a CSV export of clients with a benefit each (read, check, write), next to a bare COPY of the same rows',
  async run(options) {
    const rows = Math.min(options.clients, options.db === 'embedded' ? maxRowsEmbedded : maxRows)
    if (rows < options.clients) options.log(`importing ${rows.toLocaleString('en-GB')} rows (at most ${maxRows.toLocaleString('en-GB')} on PostgreSQL, the issue's size; ${maxRowsEmbedded.toLocaleString('en-GB')} on the embedded database)`)
    const clients = generateClients(rows)
    const file = exportCsv(clients)
    options.log(`generated a ${(file.length / 1024 / 1024).toFixed(1)} MB CSV of ${rows.toLocaleString('en-GB')} clients`)

    const { db, drop } = await openScratchDatabase(options)
    try {
      const ctx: AppContext = {
        config: loadConfig({ KOERS_DATA_DIR: options.dataDir, KOERS_DEMO: 'false', LOG_LEVEL: 'warn' }),
        db,
        secretBox: createSecretBox(crypto.randomBytes(32).toString('hex')),
        realtime: inProcessPubSub(),
      }
      const tenantId = await createOrganisation(ctx, 'bench-import')
      await inTenant(db, { tenantId }, (tx) =>
        tx
          .insertInto('import_mappings')
          .values({ tenant_id: tenantId, name: suiteMapping.name, kind: suiteMapping.kind, source_system: suiteMapping.sourceSystem, columns: JSON.stringify(suiteMapping.columns), options: JSON.stringify(suiteMapping.options) })
          .execute(),
      )
      const importFile = async () => {
        const started = performance.now()
        const run = await startImport(ctx, {
          tenantId,
          userId: null,
          traceId: crypto.randomBytes(16).toString('hex'),
          origin: 'cli',
          mapping: { name: suiteMapping.name },
          file: { name: 'suite-export.csv', bytes: file },
          dryRun: false,
        })
        let shown = 0
        const done = await processImportRun(ctx, { tenantId, runId: run.id }, {
          onProgress: ({ processed, total }) => {
            if (processed - shown >= total / 10 || processed === total) {
              shown = processed
              options.log(`  ${processed.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} rows`)
            }
          },
        })
        if (done?.status !== 'done') throw new Error(`the import ended ${done?.status ?? 'unexpectedly'}: ${done?.failure ?? ''}`)
        return { ms: performance.now() - started, run: done }
      }

      const batchSize = importBatchSize(db.kind)
      options.log(`importing (parse, check, write in batches of ${batchSize}${db.kind === 'postgresql' ? ', four side by side' : ''})`)
      const first = await importFile()
      if (first.run.created_count !== rows) throw new Error(`expected ${rows} clients created, got ${first.run.created_count} (rejected ${first.run.rejected_count})`)
      options.log(`imported in ${(first.ms / 1000).toFixed(1)} s: ${first.run.created_count} created`)

      options.log('the same file again (every row unchanged)')
      const again = await importFile()
      options.log(`re-imported in ${(again.ms / 1000).toFixed(1)} s: ${again.run.unchanged_count} unchanged`)

      options.log('the limit: the same rows by COPY into the same tables')
      const bareTenant = await createOrganisation(ctx, 'bench-import-bare')
      const payload = copyPayload(bareTenant, clients, ctx.secretBox)
      const bare = await bareLoad(db, payload)
      options.log(`${bare.method} of ${rows.toLocaleString('en-GB')} clients and statuses in ${(bare.ms / 1000).toFixed(2)} s`)

      return {
        value: first.ms,
        unit: 'ms',
        limit: bare.ms,
        budget: Math.round(rows * budgetPerRow),
        details: {
          rows,
          rowsPerSecond: Math.round(rows / (first.ms / 1000)),
          reimportMs: Math.round(again.ms),
          limitMethod: bare.method,
        },
      }
    } finally {
      await drop()
    }
  },
}
