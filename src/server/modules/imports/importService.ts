import type { ImportOutcome, ImportPreview, ImportRowReport, ImportRun } from '../../../common/api/imports.js'
import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import type { StaffActor } from '../../http/context.js'
import { notFound } from '../../http/problem.js'
import { enqueueImportRun } from './importQueue.js'
import { listRunRows, reportCsv } from './importReport.js'
import { loadRun, loadRuns } from './importRuns.js'
import { parseFile, type FileOptions } from './parseFile.js'
import { startImport, type ImportFile } from './startImport.js'

const previewRows = 10

/** What Koers reads in a file, before a mapping is made: format, encoding, separator, header, first rows. */
export async function previewFile(file: ImportFile, options: FileOptions): Promise<ImportPreview> {
  const table = await parseFile(file.bytes, file.name, options)
  return {
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    sheet: table.sheet,
    sheets: table.sheets,
    headers: table.headers,
    rows: table.rows.slice(0, previewRows).map((row) => row.cells),
    rowCount: table.rows.length,
  }
}

/** Accepts an upload and queues its run; the worker does the rest. */
export async function importUpload(
  ctx: AppContext,
  traceId: string,
  actor: StaffActor,
  upload: { file: ImportFile; mappingId: string; dryRun: boolean },
  log: { warn(msg: string): void },
): Promise<ImportRun> {
  const run = await startImport(ctx, {
    tenantId: actor.tenantId,
    userId: actor.userId,
    traceId,
    origin: 'api',
    mapping: { id: upload.mappingId },
    file: upload.file,
    dryRun: upload.dryRun,
  })
  if (!(await enqueueImportRun(ctx, { tenantId: actor.tenantId, runId: run.id }))) {
    log.warn(`import ${run.id} is queued, but the job queue is not running; it starts when the jobs start`)
  }
  return run
}

export function listImports(ctx: AppContext, actor: StaffActor, limit: number): Promise<ImportRun[]> {
  return inTenant(ctx.db, actor, (tx) => loadRuns(tx, limit))
}

export function readImport(ctx: AppContext, actor: StaffActor, importId: string): Promise<ImportRun> {
  return inTenant(ctx.db, actor, async (tx) => {
    const run = await loadRun(tx, importId)
    if (!run) throw notFound('There is no such import.')
    return run
  })
}

export function readImportRows(
  ctx: AppContext,
  actor: StaffActor,
  importId: string,
  query: { outcome?: ImportOutcome; afterRowNumber?: number; limit: number },
): Promise<{ rows: ImportRowReport[]; more: boolean }> {
  return inTenant(ctx.db, actor, async (tx) => {
    if (!(await loadRun(tx, importId))) throw notFound('There is no such import.')
    return listRunRows(tx, importId, query)
  })
}

export function readImportReport(ctx: AppContext, actor: StaffActor, importId: string): Promise<{ run: ImportRun; csv: string }> {
  return inTenant(ctx.db, actor, async (tx) => {
    const run = await loadRun(tx, importId)
    if (!run) throw notFound('There is no such import.')
    return { run, csv: await reportCsv(tx, importId) }
  })
}
