import type { ImportKind } from '../../../common/api/imports.js'
import type { Database } from '../../db/database.js'

/** The tables that grow with the rows of an import of a kind (its follow-ups included). */
const growingTables: Record<ImportKind, string[]> = {
  clients: ['clients', 'client_statuses', 'client_events', 'client_signals', 'client_caseload_summary', 'import_run_rows'],
  statuses: ['client_statuses', 'client_events', 'import_run_rows'],
  interventions: ['client_interventions', 'client_events', 'import_run_rows'],
  assignments: ['client_assignments', 'client_events', 'import_run_rows'],
  attendance: ['attendance_records', 'client_events', 'import_run_rows'],
}

/** Rows from which an import is large enough to outgrow the statistics of a table. */
const largeImport = 1000

/**
 * The planner's statistics kept up with a large import, as PostgreSQL advises for a bulk load
 * ("run ANALYZE afterwards"): a table that the planner believes to hold fewer than half the rows
 * the run has written so far (an import into a new installation, say) is analysed between
 * batches. Without it, the plans of a batch's statements (the signals' anti-joins above all) stay
 * those of an empty table, and every batch is slower than the one before, until autovacuum comes
 * by. A table that is large already is left alone.
 */
export class TableStatistics {
  private running: Promise<void> | null = null

  constructor(
    private readonly db: Database,
    private readonly kind: ImportKind,
  ) {}

  /**
   * After a batch committed, with the rows the run has worked so far; at most one analysis at a
   * time. Statistics only speed things up: a failure to analyse leaves the plans as they were.
   */
  afterBatch(processedRows: number): Promise<void> {
    this.running ??= this.analyseGrown(processedRows)
      .catch(() => undefined)
      .finally(() => {
        this.running = null
      })
    return this.running
  }

  /** Settles when no analysis is running. */
  async settled(): Promise<void> {
    await this.running
  }

  private async analyseGrown(processedRows: number): Promise<void> {
    if (processedRows < largeImport) return
    const tables = growingTables[this.kind]
    const behind = await this.db.owner.query<{ table: string }>(
      `SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relname = ANY($1::text[]) AND greatest(c.reltuples, 0) * 2 < $2`,
      [tables, processedRows],
    )
    for (const table of tables.filter((name) => behind.rows.some((row) => row.table === name))) await this.db.owner.query(`ANALYZE ${table}`)
  }
}
