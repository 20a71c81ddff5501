import crypto from 'node:crypto'
import type { ImportRun } from '../../../common/api/imports.js'
import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import { badRequest } from '../../http/problem.js'
import { importBatchSize, loadRun } from './importRuns.js'
import { findMapping, type MappingSpec } from './mappings.js'
import { readImportFile } from './prepareFile.js'

export interface ImportFile {
  name: string
  bytes: Buffer
}

export interface ImportRequest {
  tenantId: string
  /** The staff user who asks; null for the scheduled pick-up and the command line. */
  userId: string | null
  traceId: string
  origin: 'api' | 'folder' | 'cli'
  mapping: { id: string } | { name: string }
  file: ImportFile
  dryRun: boolean
}

/**
 * Accepts a file for import: the mapping must exist and the file must be readable with every
 * mapped column present, or it is refused at once (nothing is queued). The run is queued with the
 * file, which stays in the database until the run is over, so that a crash loses nothing.
 */
export async function startImport(ctx: AppContext, request: ImportRequest): Promise<ImportRun> {
  const context = { tenantId: request.tenantId, userId: request.userId }
  const spec: MappingSpec | null = await inTenant(ctx.db, context, (tx) => findMapping(tx, request.mapping))
  if (spec === null) {
    throw badRequest('unknown-mapping', 'There is no such import mapping in your organisation.', [
      { field: 'id' in request.mapping ? 'mappingId' : 'mapping', message: 'is not a mapping of this organisation' },
    ])
  }
  const { table } = await readImportFile(request.file.bytes, request.file.name, spec)
  return inTenant(ctx.db, context, async (tx) => {
    const run = await tx
      .insertInto('import_runs')
      .values({
        tenant_id: request.tenantId,
        kind: spec.kind,
        mapping_id: spec.id,
        mapping_name: spec.name,
        mapping: JSON.stringify(spec),
        source_system: spec.sourceSystem,
        dry_run: request.dryRun,
        origin: request.origin,
        file_name: request.file.name.slice(0, 255),
        file_size: request.file.bytes.length,
        file_sha256: crypto.createHash('sha256').update(request.file.bytes).digest('hex'),
        format: table.format,
        encoding: table.encoding,
        delimiter: table.delimiter,
        total_rows: table.rows.length,
        batch_size: importBatchSize(ctx.db.kind),
        requested_by: request.userId,
        trace_id: request.traceId,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await tx.insertInto('import_files').values({ tenant_id: request.tenantId, run_id: run.id, content: request.file.bytes }).execute()
    return (await loadRun(tx, run.id))!
  })
}
