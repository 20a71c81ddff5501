import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The key that seals secrets at rest. Production sets KOERS_SECRET_KEY; without it Koers makes
 * one on first start and keeps it beside the data, so a demo or a single machine just works.
 */
export function resolveSecretKey(configured: string | null, dataDir: string): { key: string; generated: boolean } {
  if (configured !== null) return { key: configured.toLowerCase(), generated: false }
  const file = path.join(dataDir, 'secret.key')
  if (fs.existsSync(file)) return { key: fs.readFileSync(file, 'utf8').trim(), generated: false }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const key = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(file, key + '\n', { mode: 0o600, flag: 'wx' })
  return { key, generated: true }
}
