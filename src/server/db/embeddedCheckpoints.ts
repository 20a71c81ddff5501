import type pg from 'pg'

/**
 * Checkpoints for the embedded database. PGlite runs PostgreSQL as one backend without its
 * background processes, so nothing checkpoints on its own: the write-ahead log grows with every
 * change, for as long as the installation lives, and a restart after a crash replays all of it.
 * This does what PostgreSQL's checkpointer does: it looks every `checkEveryMs` at how much log was
 * written since the last checkpoint and checkpoints when that reaches `walBytes`, or when there
 * is any and the last checkpoint is `maxAgeMs` old. After a checkpoint PostgreSQL recycles the
 * old log files, so the log stays within about `max_wal_size` (1 GB).
 *
 * It runs through an ordinary connection, so it waits its turn like any other statement and
 * never lands inside another connection's transaction.
 */
export interface CheckpointPolicy {
  checkEveryMs: number
  walBytes: number
  maxAgeMs: number
}

/** PostgreSQL's own defaults: `checkpoint_timeout` 5 min, a quarter of `max_wal_size`. */
export const defaultCheckpointPolicy: CheckpointPolicy = { checkEveryMs: 30_000, walBytes: 256 * 1024 * 1024, maxAgeMs: 5 * 60_000 }

/** Log written since the last checkpoint began (bytes), and how long ago it was (ms). */
export async function walSinceCheckpoint(pool: pg.Pool): Promise<{ bytes: number; ageMs: number }> {
  const { rows } = await pool.query<{ bytes: string; age_ms: number }>(
    `SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), redo_lsn)::bigint::text AS bytes,
            (extract(epoch FROM clock_timestamp() - checkpoint_time) * 1000)::float8 AS age_ms
       FROM pg_control_checkpoint()`,
  )
  return { bytes: Number(rows[0]!.bytes), ageMs: rows[0]!.age_ms }
}

/** The size of a checkpoint's own record and what runs beside it: below this nothing was written. */
const nothingWritten = 64 * 1024

export function startCheckpoints(pool: pg.Pool, policy: CheckpointPolicy = defaultCheckpointPolicy): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve()
  let stopped = false
  const check = async () => {
    const { bytes, ageMs } = await walSinceCheckpoint(pool)
    if (stopped) return
    if (bytes >= policy.walBytes || (bytes > nothingWritten && ageMs >= policy.maxAgeMs)) await pool.query('CHECKPOINT')
  }
  const timer = setInterval(() => {
    // One check at a time; a failed one (the database closing, a busy moment) waits for the next.
    running = running.then(check).catch(() => undefined)
  }, policy.checkEveryMs)
  timer.unref()
  return {
    async stop() {
      stopped = true
      clearInterval(timer)
      await running
    },
  }
}
