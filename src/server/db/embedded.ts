import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

/** The PostgreSQL extensions Koers uses, loaded into every embedded database. */
export const embeddedExtensions = { pg_trgm, btree_gist }

export interface EmbeddedPostgres {
  /** Connection settings for `pg` (a Unix socket in a private folder). */
  connection: { host: string; port: number; user: string; database: string }
  pglite: PGlite
  stop(): Promise<void>
}

/**
 * Starts PGlite (persisted in `pgDataDir`, or in memory when null) and serves it over the
 * PostgreSQL wire protocol on a private Unix socket, so all of Koers uses one driver (`pg`).
 */
export async function startEmbeddedPostgres(pgDataDir: string | null): Promise<EmbeddedPostgres> {
  const pglite =
    pgDataDir === null
      ? await PGlite.create({ extensions: embeddedExtensions })
      : await PGlite.create({ dataDir: pgDataDir, extensions: embeddedExtensions })
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-db-'))
  fs.chmodSync(socketDir, 0o700)
  const port = 5432
  const server = new PGLiteSocketServer({
    db: pglite,
    path: path.join(socketDir, `.s.PGSQL.${port}`),
    maxConnections: 100,
  })
  await server.start()
  return {
    connection: { host: socketDir, port, user: 'postgres', database: 'postgres' },
    pglite,
    async stop() {
      await server.stop()
      await pglite.close()
      fs.rmSync(socketDir, { recursive: true, force: true })
    },
  }
}
