import { sql, type RawBuilder } from 'kysely'
import type { Tx } from '../../db/database.js'
import { prepared } from '../../db/roundTrips.js'
import { badRequest } from '../../http/problem.js'
import { todayInAmsterdam } from '../clients/dutchFormats.js'
import { phaseOf, type PhaseCode } from '../clients/phase.js'
import { signalDefinitions } from '../signals/definitions.js'
import { signalWords, type SignalWords } from '../signals/openSignals.js'
import { effectiveSignalsFrom, type SignalSettingRow } from '../signals/settings.js'

export interface CaseloadFilters {
  coachId?: string
  teamId?: string
  unassigned?: boolean
  signal?: string
  phase?: PhaseCode
  statusCode?: string
  regime?: string
  segment?: string
  lastContactBefore?: string
  query?: string
  sort?: 'attention' | 'name' | 'intake' | 'lastContact'
  /** The page: at most `limit` clients after the first `offset`. */
  limit?: number
  offset?: number
}

export interface CaseloadRow {
  id: string
  clientNumber: string
  sortName: string
  phase: { code: PhaseCode; monthsSinceIntake: number | null }
  coach: { id: string; displayName: string } | null
  statuses: { statusCode: string; regime: string | null }[]
  lastContactAt: string | null
  attention: number
  /** Most pressing first; what each says is in the caseload's `signals`. */
  signals: CaseloadSignal[]
}

export interface CaseloadSignal {
  signalCode: string
  raisedAt: string
}

export interface CaseloadPage {
  rows: CaseloadRow[]
  counts: Record<string, number>
  total: number
  /** The words of each signal on the page, by code. */
  signals: Record<string, SignalWords>
}

interface PageRow {
  id: string
  client_number: string
  sort_name: string
  intake_date: string | null
  coach_id: string | null
  coach_name: string | null
  signals: CaseloadSignal[]
  last_contact_at: string | null
  statuses: { statusCode: string; regime: string | null }[]
  attention: number
}

const phaseBounds: Record<Exclude<PhaseCode, 'before-intake' | 'outflow'>, [number, number | null]> = {
  '0-3': [0, 3],
  '3-6': [3, 6],
  '6-12': [6, 12],
  '12+': [12, null],
}

/**
 * How much an open signal (alias o) adds to its client's need of attention: one fragment of text,
 * made once from the definitions (codes are identifiers, weights whole numbers).
 */
const weightOf = sql.raw(
  `CASE o.signal_code ${signalDefinitions
    .map((d) => {
      if (!/^[a-z0-9_]+$/.test(d.code) || !Number.isInteger(d.weight)) throw new Error(`Signal ${d.code}: a code of a-z, 0-9 and _ and a whole weight`)
      return `WHEN '${d.code}' THEN ${d.weight}`
    })
    .join(' ')} ELSE 0 END`,
)

/** A moment as the API writes it (2026-03-01T09:30:00.000Z), made by the database rather than parsed and written again. */
const isoMoment = (column: RawBuilder<unknown>) => sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

const byName = sql`l.sort_key, l.client_id`
const orders: Record<NonNullable<CaseloadFilters['sort']>, RawBuilder<unknown>> = {
  attention: sql`l.attention DESC, ${byName}`,
  name: byName,
  // Longest since intake first; no intake (or one still to come) last.
  intake: sql`l.intake_date ASC NULLS LAST, ${byName}`,
  // Never contacted first, then the longest ago.
  lastContact: sql`l.last_contact_at ASC NULLS FIRST, ${byName}`,
}

/** The caseload's clients (summary rows, alias s) that pass the filters other than the signal. */
function conditions(tenantId: string, filters: CaseloadFilters, today: string): RawBuilder<boolean>[] {
  const where: RawBuilder<boolean>[] = [sql`s.tenant_id = ${tenantId}::uuid`, sql`s.outflow_date IS NULL`]
  if (filters.coachId) where.push(sql`s.coach_id = ${filters.coachId}::uuid`)
  if (filters.teamId) where.push(sql`s.team_id = ${filters.teamId}::uuid`)
  if (filters.unassigned) where.push(sql`s.coach_id IS NULL`)
  if (!filters.coachId && !filters.teamId && !filters.unassigned) throw badRequest('caseload-scope-required', 'Choose a coach, a team or the unassigned clients.')
  if (filters.phase === 'before-intake') where.push(sql`(s.intake_date IS NULL OR s.intake_date > ${today}::date)`)
  else if (filters.phase && filters.phase !== 'outflow') {
    const [from, to] = phaseBounds[filters.phase]
    where.push(sql`s.intake_date <= (${today}::date - make_interval(months => ${from}))::date`)
    if (to !== null) where.push(sql`s.intake_date > (${today}::date - make_interval(months => ${to}))::date`)
  }
  if (filters.statusCode || filters.regime) {
    // One status in force with this code and/or regime.
    const status: Record<string, string> = {}
    if (filters.statusCode) status.statusCode = filters.statusCode
    if (filters.regime) status.regime = filters.regime
    where.push(sql`s.statuses @> ${JSON.stringify([status])}::jsonb`)
  }
  if (filters.segment) {
    const match = /^([a-z0-9_]{1,40}):(-?\d+)$/.exec(filters.segment)
    if (!match) throw badRequest('invalid-segment-filter', 'Give the segment as scale:value, e.g. motivation:4.', [{ field: 'segment', message: 'is not scale:value' }])
    // The latest score on the scale (not in the summary: few look for it, and keeping it there
    // would cost every change and the migration more than this costs the few who do).
    where.push(sql`(SELECT x.value FROM client_segment_scores x WHERE x.tenant_id = s.tenant_id AND x.client_id = s.client_id AND x.scale_code = ${match[1]}
      ORDER BY x.assessed_on DESC, x.recorded_at DESC LIMIT 1) = ${Number(match[2])}`)
  }
  if (filters.lastContactBefore) where.push(sql`(s.last_contact_at IS NULL OR s.last_contact_at < ${filters.lastContactBefore}::date)`)
  if (filters.query) {
    const pattern = `%${filters.query.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`
    where.push(sql`(s.client_number = ${filters.query.toUpperCase()}
      OR EXISTS (SELECT 1 FROM clients c WHERE c.tenant_id = s.tenant_id AND c.id = s.client_id AND c.search_name LIKE ${pattern}))`)
  }
  return where
}

/**
 * The clients of a coach (or a team, or the unassigned) ranked by need of attention: the sum of
 * the weights of their open signals. One statement: the caseload is an index range scan of the
 * caseload summary by coach or team, with each client's open signals from the open-signal index
 * (both without reading a table), which gives the order, the counts and the total; only the rows
 * of the page asked for are read. The counts per signal cover the whole caseload before the
 * signal filter, so the coach sees what each filter would give; the tenant's signal settings
 * come along for the signals' words, which the page carries once per signal.
 */
export async function queryCaseload(tx: Tx, tenantId: string, filters: CaseloadFilters): Promise<CaseloadPage> {
  const today = todayInAmsterdam()
  const signalFilter = filters.signal ? sql`${filters.signal} = ANY(l.codes)` : sql`true`
  const order = orders[filters.sort ?? 'attention']
  const statement = sql<{ total: number; counts: Record<string, number>; rows: PageRow[]; settings: SignalSettingRow[] }>`
    WITH caseload AS MATERIALIZED (
      SELECT s.client_id, s.sort_key, s.intake_date, s.last_contact_at, g.codes, g.attention
        FROM client_caseload_summary s
        CROSS JOIN LATERAL (
          SELECT coalesce(array_agg(o.signal_code), '{}') AS codes, coalesce(sum(${weightOf}), 0)::int AS attention
            FROM client_signals o WHERE o.tenant_id = s.tenant_id AND o.client_id = s.client_id AND o.ended_at IS NULL
        ) g
       WHERE ${sql.join(conditions(tenantId, filters, today), sql` AND `)}
    ),
    listed AS (SELECT l.* FROM caseload l WHERE ${signalFilter}),
    page AS (
      SELECT l.client_id, l.attention, row_number() OVER (ORDER BY ${order}) AS position FROM listed l
       ORDER BY ${order} LIMIT ${filters.limit ?? 2000} OFFSET ${filters.offset ?? 0}
    )
    SELECT
      (SELECT count(*) FROM listed)::int AS total,
      (SELECT coalesce(jsonb_object_agg(code, n), '{}') FROM (SELECT code, count(*)::int AS n FROM caseload, unnest(codes) AS code GROUP BY code) x) AS counts,
      (SELECT coalesce(json_agg(json_build_object(
                'id', s.client_id, 'client_number', s.client_number, 'sort_name', s.sort_name, 'intake_date', s.intake_date,
                'coach_id', s.coach_id, 'coach_name', u.display_name, 'last_contact_at', ${isoMoment(sql`s.last_contact_at`)},
                'statuses', s.statuses, 'attention', p.attention,
                'signals', (SELECT coalesce(json_agg(json_build_object('signalCode', o.signal_code, 'raisedAt', ${isoMoment(sql`o.raised_at`)}) ORDER BY ${weightOf} DESC, o.signal_code), '[]')
                              FROM client_signals o WHERE o.tenant_id = s.tenant_id AND o.client_id = s.client_id AND o.ended_at IS NULL)
              ) ORDER BY p.position), '[]')
         FROM page p
         JOIN client_caseload_summary s ON s.tenant_id = ${tenantId}::uuid AND s.client_id = p.client_id
         LEFT JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.coach_id) AS rows,
      (SELECT coalesce(json_agg(json_build_object('signal_code', signal_code, 'enabled', enabled, 'threshold', threshold)), '[]') FROM signal_settings) AS settings`
  // The same text for every coach with the same filters: prepared once per connection.
  const result = await tx.executeQuery(prepared(statement.compile(tx)))
  const { total, counts, rows, settings } = result.rows[0]!
  const words = signalWords(effectiveSignalsFrom(settings))
  const known = (signal: CaseloadSignal) => words.has(signal.signalCode)
  const onPage = new Set(rows.flatMap((row) => row.signals.filter(known).map((signal) => signal.signalCode)))
  return {
    total,
    counts,
    rows: rows.map((row) => ({
      id: row.id,
      clientNumber: row.client_number,
      sortName: row.sort_name,
      phase: phaseOf(row.intake_date, null, today),
      coach: row.coach_id !== null && row.coach_name !== null ? { id: row.coach_id, displayName: row.coach_name } : null,
      statuses: row.statuses,
      lastContactAt: row.last_contact_at,
      attention: row.attention,
      signals: row.signals.filter(known),
    })),
    signals: Object.fromEntries([...onPage].map((code) => [code, words.get(code)!])),
  }
}
