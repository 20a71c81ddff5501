import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from '@electric-sql/pglite-socket'
import { ProtocolQueue } from './protocolQueue.js'

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
  // pglite-socket's handlers parse the protocol; our queue decides whose messages run (see ProtocolQueue).
  const queue = new ProtocolQueue(pglite) as unknown as PGLiteSocketHandlerOptions['queryQueue']
  const sockets = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
    const handler = new PGLiteSocketHandler({ queryQueue: queue, closeOnDetach: true })
    handler.attach(socket).catch(() => socket.destroy())
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(path.join(socketDir, `.s.PGSQL.${port}`), () => resolve())
  })
  return {
    connection: { host: socketDir, port, user: 'postgres', database: 'postgres' },
    pglite,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const socket of sockets) socket.destroy()
      await closed
      await pglite.close()
      fs.rmSync(socketDir, { recursive: true, force: true })
    },
  }
}
