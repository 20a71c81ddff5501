import type { Selectable } from 'kysely'
import type { ImportRun } from '../../../common/api/imports.js'
import type { Tx } from '../../db/database.js'
import type { ImportRunsTable } from '../../db/schema.js'

export type ImportRunRow = Selectable<ImportRunsTable>

/**
 * Rows per transaction: a batch is written whole or not at all, with a few statements whatever its
 * size. On the embedded database a transaction has the whole database to itself, so its batches
 * are small enough that the app stays responsive while an import runs.
 */
export const importBatchSize = (databaseKind: 'embedded' | 'postgresql') => (databaseKind === 'postgresql' ? 1000 : 250)

export interface ImportRunRef {
  tenantId: string
  runId: string
}

function present(row: ImportRunRow & { requested_by_name: string | null }): ImportRun {
  return {
    id: row.id,
    kind: row.kind,
    mappingId: row.mapping_id,
    mappingName: row.mapping_name,
    sourceSystem: row.source_system,
    dryRun: row.dry_run,
    origin: row.origin,
    status: row.status,
    file: { name: row.file_name, size: row.file_size, format: row.format, encoding: row.encoding, delimiter: row.delimiter },
    totalRows: row.total_rows,
    processedRows: row.next_row,
    counts: { created: row.created_count, changed: row.changed_count, unchanged: row.unchanged_count, rejected: row.rejected_count },
    failure: row.failure,
    requestedBy: row.requested_by === null ? null : { id: row.requested_by, displayName: row.requested_by_name ?? '' },
    createdAt: row.created_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
  }
}

function selectRuns(tx: Tx) {
  return tx
    .selectFrom('import_runs')
    .leftJoin('users', 'users.id', 'import_runs.requested_by')
    .selectAll('import_runs')
    .select('users.display_name as requested_by_name')
}

export async function loadRun(tx: Tx, runId: string): Promise<ImportRun | null> {
  const row = await selectRuns(tx).where('import_runs.id', '=', runId).executeTakeFirst()
  return row ? present(row) : null
}

export async function loadRuns(tx: Tx, limit: number): Promise<ImportRun[]> {
  const rows = await selectRuns(tx).orderBy('import_runs.created_at', 'desc').limit(limit).execute()
  return rows.map(present)
}
