import path from 'node:path'
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely'
import pg from 'pg'
import { uuidPattern } from '../../common/uuid.js'
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.js'
import { startCheckpoints, type CheckpointPolicy } from './embeddedCheckpoints.js'
import { migrate } from './migrate.js'
import { deferred, pipelined, saveRoundTrips } from './roundTrips.js'
import type { DB } from './schema.js'

// timestamptz comes back as a JS Date; a calendar date as its 'YYYY-MM-DD' text (never shifted
// by a time zone); bigint (count(*)) as a number where safe.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value)
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => {
  const n = Number(value)
  return Number.isSafeInteger(n) ? n : value
})

export type DatabaseKind = 'embedded' | 'postgresql'

export interface Database {
  kind: DatabaseKind
  /** The owner: migrations, the job queue and maintenance that spans tenants. */
  owner: pg.Pool
  /**
   * The query builder. Use it only through `inTenant` or `asApp`: they switch each transaction to
   * the role koers_app, which has no BYPASSRLS and owns no table.
   */
  kysely: Kysely<DB>
  /** For tools that need a connection string to the same database (pg-boss). */
  ownerConnection: pg.PoolConfig
  embedded: EmbeddedPostgres | null
  close(): Promise<void>
}

export type DatabaseTarget =
  | { kind: 'postgresql'; url: string }
  | { kind: 'embedded'; dataDir: string }
  | { kind: 'embedded-memory' }

export function targetFromConfig(config: { databaseUrl: string | null; dataDir: string }): DatabaseTarget {
  return config.databaseUrl !== null
    ? { kind: 'postgresql', url: config.databaseUrl }
    : { kind: 'embedded', dataDir: config.dataDir }
}

export function embeddedPgDataDir(dataDir: string): string {
  return path.join(dataDir, 'pgdata')
}

export async function openDatabase(
  target: DatabaseTarget,
  options: { migrate?: boolean; poolSize?: number; checkpoints?: CheckpointPolicy } = {},
): Promise<Database> {
  let embedded: EmbeddedPostgres | null = null
  let connection: pg.PoolConfig
  if (target.kind === 'postgresql') {
    connection = { connectionString: target.url }
  } else {
    embedded = await startEmbeddedPostgres(target.kind === 'embedded' ? embeddedPgDataDir(target.dataDir) : null)
    connection = embedded.connection
  }
  const owner = new pg.Pool({ ...connection, max: 4, application_name: 'koers-owner' })
  try {
    if (options.migrate !== false) await migrate(owner)
  } catch (error) {
    await owner.end()
    await embedded?.stop()
    throw error
  }
  const onServer = target.kind === 'postgresql'
  const appPool = new pg.Pool({ ...connection, ...(onServer ? pipelined : {}), max: options.poolSize ?? 10, application_name: 'koers-app' })
  // An idle connection the server ends (a restart, an administrator) is dropped by its pool and
  // the next query opens a new one: that is no reason to stop the process.
  for (const pool of [owner, appPool]) pool.on('error', () => undefined)
  if (onServer) appPool.on('connect', saveRoundTrips)
  const kysely = new Kysely<DB>({ dialect: new PostgresDialect({ pool: appPool }) })
  // The embedded database has no checkpointer of its own (see embeddedCheckpoints.ts).
  const checkpoints = embedded !== null ? startCheckpoints(owner, options.checkpoints) : null
  return {
    kind: target.kind === 'postgresql' ? 'postgresql' : 'embedded',
    owner,
    kysely,
    ownerConnection: connection,
    embedded,
    async close() {
      await checkpoints?.stop()
      await kysely.destroy()
      await owner.end()
      await embedded?.stop()
    },
  }
}

export type Tx = Transaction<DB>

export interface TenantContext {
  tenantId: string
  /** The signed-in user, when there is one. */
  userId?: string | null
}

/**
 * Role, tenant, user and `jit` for one transaction, as plain text: on PostgreSQL the transaction's
 * BEGIN travels with it, and both with the transaction's first statement (roundTrips.ts). Callers
 * check the ids are uuids (or empty) before they are written into the text.
 */
async function applySettings(tx: Tx, tenantId: string, userId: string): Promise<void> {
  const settings = sql.raw(
    `SELECT set_config('role', 'koers_app', true), set_config('app.tenant_id', '${tenantId}', true), set_config('app.user_id', '${userId}', true), set_config('jit', 'off', true)`,
  )
  await tx.executeQuery(deferred(settings.compile(tx)))
}

export interface TransactionOptions {
  /** A transaction that only reads: PostgreSQL refuses any write in it, and its end is not waited for. */
  readOnly?: boolean
}

/**
 * Runs `work` in one transaction bound to a tenant, as the role koers_app: row-level security
 * makes every other tenant's rows invisible and unwritable, even for a query that forgets its
 * filter. Role and tenant are set for the transaction only (never for the connection: the
 * embedded database shares one session between connections). So is `jit = off` (decision 0014):
 * compiling a large statement cost more than it saved.
 */
export async function inTenant<T>(db: Database, context: TenantContext, work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  const userId = context.userId ?? ''
  if (!uuidPattern.test(context.tenantId) || (userId !== '' && !uuidPattern.test(userId))) throw new Error('inTenant needs a tenant id (and user id) in uuid form')
  const transaction = db.kysely.transaction()
  return (options.readOnly ? transaction.setAccessMode('read only') : transaction).execute(async (tx) => {
    await applySettings(tx, context.tenantId, userId)
    return work(tx)
  })
}

/** A transaction as koers_app with no tenant: only what is public to all (the tenant list) is visible. */
export async function asApp<T>(db: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.kysely.transaction().execute(async (tx) => {
    await applySettings(tx, '', '')
    return work(tx)
  })
}
