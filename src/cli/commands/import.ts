import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { inTenant } from '../../server/db/database.js'
import { AppError } from '../../server/http/problem.js'
import { processImportRun } from '../../server/modules/imports/importRun.js'
import { listRunRows } from '../../server/modules/imports/importReport.js'
import { loadRun } from '../../server/modules/imports/importRuns.js'
import { startImport } from '../../server/modules/imports/startImport.js'
import { withRuntime } from './runtime.js'

/**
 * `koers import <file> --organisation <slug> --mapping <name> [--dry-run]`: imports a file with a
 * saved mapping in this process, printing progress and the report's summary (row numbers, fields
 * and reasons; no personal data).
 */
export async function importCommand(file: string, options: { organisation: string; mapping: string; dryRun?: boolean }): Promise<void> {
  const bytes = await fs.readFile(file)
  await withRuntime(async (runtime) => {
    const tenant = await runtime.db.owner.query<{ id: string }>('SELECT id FROM tenants WHERE slug = $1', [options.organisation])
    const tenantId = tenant.rows[0]?.id
    if (!tenantId) throw new Error(`No organisation "${options.organisation}".`)
    let run
    try {
      run = await startImport(runtime, {
        tenantId,
        userId: null,
        traceId: crypto.randomBytes(16).toString('hex'),
        origin: 'cli',
        mapping: { name: options.mapping },
        file: { name: path.basename(file), bytes },
        dryRun: options.dryRun === true,
      })
    } catch (error) {
      if (error instanceof AppError) throw new Error(error.detail, { cause: error })
      throw error
    }
    const format = run.file.format === 'csv' ? `CSV, ${run.file.encoding}, separator ${run.file.delimiter}` : 'XLSX'
    console.log(`${options.dryRun ? 'Dry run' : 'Import'} ${run.id}: ${run.totalRows} rows (${format}) with the mapping ${run.mappingName}.`)
    let shown = -1
    await processImportRun(runtime, { tenantId, runId: run.id }, {
      onProgress: ({ processed, total }) => {
        const percent = Math.floor((processed / total) * 100)
        if (percent >= shown + 10 || processed === total) {
          shown = percent
          console.log(`  ${processed} of ${total} rows (${percent}%)`)
        }
      },
    })
    const { final, rejected } = await inTenant(runtime.db, { tenantId }, async (tx) => ({
      final: (await loadRun(tx, run.id))!,
      rejected: await listRunRows(tx, run.id, { outcome: 'rejected', limit: 20 }),
    }))
    const { counts } = final
    console.log(`${final.status === 'done' ? 'Done' : 'Failed'}${options.dryRun ? ' (dry run: nothing was changed)' : ''}: ${counts.created} created, ${counts.changed} changed, ${counts.unchanged} unchanged, ${counts.rejected} rejected.`)
    if (final.failure) console.log(`  ${final.failure}`)
    for (const row of rejected.rows) {
      console.log(`  row ${row.rowNumber}: ${row.errors.map((e) => `${e.field}${e.column ? ` (${e.column})` : ''} ${e.message}`).join('; ')}`)
    }
    if (rejected.more) console.log(`  … and more; the whole report: GET /api/v1/imports/${run.id}/report.csv`)
    if (final.status !== 'done') process.exitCode = 1
  })
}
