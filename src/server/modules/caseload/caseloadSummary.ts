import { sql } from 'kysely'
import type { Tx } from '../../db/database.js'
import { todayInAmsterdam } from '../clients/dutchFormats.js'

/**
 * The caseload summary (table client_caseload_summary, migration 0008): one row per client with
 * what "Mijn caseload" shows, sorts and mostly filters on besides the open signals (which the
 * caseload reads from client_signals' open-signal index). It is kept in the same transaction as
 * the changes that affect it: every change to a client recomputes that client's signals, and the
 * recompute refreshes these rows (see signals/recompute.ts); a write path that bypasses the
 * domain functions (bulk imports, generated data) calls `refreshCaseloadSummary` itself.
 */

/** Clients per statement: large enough to be cheap per client, small enough for one plan. */
const chunkSize = 5000

/**
 * Brings the summary rows of these clients in line with their data: current coach and team,
 * name, intake and outflow, last contact and the statuses in force today. Rows that did not
 * change are not written.
 */
export async function refreshCaseloadSummary(tx: Tx, tenantId: string, clientIds: readonly string[], today = todayInAmsterdam()): Promise<void> {
  const unique = [...new Set(clientIds)]
  for (let from = 0; from < unique.length; from += chunkSize) {
    const ids = unique.slice(from, from + chunkSize)
    await sql`
      INSERT INTO client_caseload_summary AS s (tenant_id, client_id, coach_id, team_id, client_number, sort_name, sort_key, intake_date, outflow_date,
        last_contact_at, statuses, next_status_from)
      SELECT c.tenant_id, c.id, a.coach_id, a.team_id, c.client_number, n.sort_name, koers_sort_key(n.sort_name), c.intake_date, c.outflow_date,
             k.last_contact_at, coalesce(st.statuses, '[]'), st.next_from
        FROM clients c
        CROSS JOIN LATERAL (SELECT koers_sort_name(c.initials, c.first_names, c.tussenvoegsel, c.surname) AS sort_name OFFSET 0) n
        LEFT JOIN LATERAL (
          SELECT x.coach_id, x.team_id FROM client_assignments x
           WHERE x.tenant_id = c.tenant_id AND x.client_id = c.id AND x.valid_to IS NULL
           ORDER BY x.valid_from DESC LIMIT 1
        ) a ON true
        CROSS JOIN LATERAL (
          SELECT max(x.contacted_at) AS last_contact_at FROM client_contacts x WHERE x.tenant_id = c.tenant_id AND x.client_id = c.id
        ) k
        CROSS JOIN LATERAL (
          SELECT jsonb_agg(jsonb_build_object('statusCode', x.status_code, 'regime', x.regime) ORDER BY x.valid_from, x.status_code)
                   FILTER (WHERE x.valid_from <= ${today}::date) AS statuses,
                 min(x.valid_from) FILTER (WHERE x.valid_from > ${today}::date) AS next_from
            FROM client_statuses x WHERE x.tenant_id = c.tenant_id AND x.client_id = c.id AND x.valid_to IS NULL
        ) st
       WHERE c.tenant_id = ${tenantId}::uuid AND c.id = ANY(${ids}::uuid[])
      ON CONFLICT (tenant_id, client_id) DO UPDATE SET
        coach_id = excluded.coach_id, team_id = excluded.team_id, client_number = excluded.client_number, sort_name = excluded.sort_name,
        sort_key = excluded.sort_key, intake_date = excluded.intake_date, outflow_date = excluded.outflow_date,
        last_contact_at = excluded.last_contact_at, statuses = excluded.statuses, next_status_from = excluded.next_status_from, updated_at = now()
      WHERE (s.coach_id, s.team_id, s.client_number, s.sort_name, s.intake_date, s.outflow_date, s.last_contact_at, s.statuses, s.next_status_from)
        IS DISTINCT FROM (excluded.coach_id, excluded.team_id, excluded.client_number, excluded.sort_name, excluded.intake_date,
             excluded.outflow_date, excluded.last_contact_at, excluded.statuses, excluded.next_status_from)`.execute(tx)
  }
}

/**
 * What time changes, for the scheduled recompute of a whole organisation: rows whose next status
 * comes into force today, and clients without a row (written in bulk by a writer that did not
 * refresh them).
 */
export async function refreshDueCaseloadSummaries(tx: Tx, tenantId: string, today = todayInAmsterdam()): Promise<void> {
  const due = await sql<{ id: string }>`
    SELECT s.client_id AS id FROM client_caseload_summary s WHERE s.tenant_id = ${tenantId}::uuid AND s.next_status_from <= ${today}::date
    UNION ALL
    SELECT c.id FROM clients c WHERE c.tenant_id = ${tenantId}::uuid
       AND NOT EXISTS (SELECT 1 FROM client_caseload_summary s WHERE s.tenant_id = c.tenant_id AND s.client_id = c.id)`.execute(tx)
  if (due.rows.length > 0) await refreshCaseloadSummary(tx, tenantId, due.rows.map((r) => r.id), today)
}
