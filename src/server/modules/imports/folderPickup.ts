import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { AppContext } from '../../appContext.js'
import { asApp, inTenant } from '../../db/database.js'
import { AppError } from '../../http/problem.js'
import type { SendImportRun } from './importQueue.js'
import { findMapping } from './mappings.js'
import { importFileLimitText, importFileLimitBytes } from './parseFile.js'
import { startImport } from './startImport.js'

/** Every quarter of an hour, the import folder is looked through. */
export const importFolderPickupJob = {
  name: 'import-folder-pickup',
  cron: '*/15 * * * *',
}

export interface PickedUpFile {
  organisation: string
  mapping: string
  file: string
  /** The run started, or null when the file was refused (moved to failed/ with the reason). */
  importId: string | null
}

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/
const importable = /\.(csv|xlsx)$/i

const stamp = (now: Date) => now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')

async function moveBeside(folder: string, file: string, to: 'done' | 'failed', now: Date, reason?: string): Promise<void> {
  const target = path.join(folder, to)
  await fs.mkdir(target, { recursive: true })
  const moved = path.join(target, `${stamp(now)}-${file}`)
  await fs.rename(path.join(folder, file), moved)
  if (reason !== undefined) await fs.writeFile(`${moved}.reason.txt`, `${reason}\n`)
}

async function entries(folder: string) {
  try {
    return await fs.readdir(folder, { withFileTypes: true })
  } catch {
    return []
  }
}

/**
 * The scheduled pick-up (e.g. the weekly export of a municipality's system): every .csv and .xlsx
 * file in `<KOERS_IMPORT_DIR>/<organisation slug>/<mapping name>/` starts a real run with that
 * mapping and moves to `done/` beside it; a file that cannot be imported moves to `failed/` with a
 * `.reason.txt` next to it. Files changed in the last `settleSeconds` are left for the next round:
 * they may still be being written. Picking up the same file twice is harmless (imports are
 * idempotent by the source system's ids).
 */
export async function runImportFolderPickup(ctx: AppContext, send: SendImportRun, options: { settleSeconds?: number; now?: Date } = {}): Promise<PickedUpFile[]> {
  const root = ctx.config.importDir
  if (root === null) return []
  const now = options.now ?? new Date()
  const settleBefore = now.getTime() - (options.settleSeconds ?? 60) * 1000
  const picked: PickedUpFile[] = []
  const tenants = await asApp(ctx.db, (tx) => tx.selectFrom('tenants').select(['id', 'slug']).orderBy('slug').execute())
  for (const tenant of tenants) {
    for (const mappingDir of await entries(path.join(root, tenant.slug))) {
      if (!mappingDir.isDirectory() || !slugPattern.test(mappingDir.name)) continue
      const mapping = await inTenant(ctx.db, { tenantId: tenant.id }, (tx) => findMapping(tx, { name: mappingDir.name }))
      if (mapping === null) continue
      const folder = path.join(root, tenant.slug, mappingDir.name)
      const files = (await entries(folder)).filter((entry) => entry.isFile() && importable.test(entry.name) && !entry.name.startsWith('.'))
      for (const file of files.map((entry) => entry.name).sort()) {
        const stat = await fs.stat(path.join(folder, file))
        if (stat.mtimeMs > settleBefore) continue
        const where = { organisation: tenant.slug, mapping: mapping.name, file }
        if (stat.size > importFileLimitBytes) {
          await moveBeside(folder, file, 'failed', now, `The file is larger than the limit of ${importFileLimitText}. Split it into smaller files.`)
          picked.push({ ...where, importId: null })
          continue
        }
        try {
          const run = await startImport(ctx, {
            tenantId: tenant.id,
            userId: null,
            traceId: crypto.randomBytes(16).toString('hex'),
            origin: 'folder',
            mapping: { name: mapping.name },
            file: { name: file, bytes: await fs.readFile(path.join(folder, file)) },
            dryRun: false,
          })
          await moveBeside(folder, file, 'done', now)
          await send({ tenantId: tenant.id, runId: run.id })
          picked.push({ ...where, importId: run.id })
        } catch (error) {
          if (!(error instanceof AppError)) throw error
          await moveBeside(folder, file, 'failed', now, error.detail)
          picked.push({ ...where, importId: null })
        }
      }
    }
  }
  return picked
}
