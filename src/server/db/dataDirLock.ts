import fs from 'node:fs'
import path from 'node:path'

export class DataDirInUseError extends Error {
  constructor(readonly dataDir: string, readonly pid: number) {
    super(
      `The data folder ${dataDir} is in use by another Koers process (pid ${pid}). ` +
        'Stop that process first, or point KOERS_DATA_DIR at another folder.',
    )
    this.name = 'DataDirInUseError'
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * The embedded database does not lock its folder itself, so Koers does: a lock file holding the
 * pid of the owner, created atomically. A lock left by a process that no longer runs (a crash,
 * SIGKILL) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const lockFile = path.join(dataDir, 'koers.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx', mode: 0o600 })
      let released = false
      return () => {
        if (released) return
        released = true
        try {
          if (fs.readFileSync(lockFile, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockFile)
        } catch {
          // already gone
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number.parseInt(fs.readFileSync(lockFile, 'utf8').trim(), 10)
      if (Number.isInteger(owner) && owner !== process.pid && isRunning(owner)) {
        throw new DataDirInUseError(dataDir, owner)
      }
      fs.rmSync(lockFile, { force: true })
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}`)
}
