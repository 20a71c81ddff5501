import { sql } from 'kysely'
import type { Tx } from '../../db/database.js'
import { badRequest } from '../../http/problem.js'
import { todayInAmsterdam } from '../clients/dutchFormats.js'
import { sortName } from '../clients/names.js'
import { phaseOf, type PhaseCode } from '../clients/phase.js'
import { openSignalsOf, type OpenSignal } from '../signals/openSignals.js'

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
  signals: OpenSignal[]
}

const phaseBounds: Record<Exclude<PhaseCode, 'before-intake' | 'outflow'>, [number, number | null]> = {
  '0-3': [0, 3],
  '3-6': [3, 6],
  '6-12': [6, 12],
  '12+': [12, null],
}

/**
 * The clients of a coach (or a team, or the unassigned) ranked by need of attention: the sum of
 * the weights of their open signals. Filters narrow in SQL; counts per signal cover the whole
 * caseload before the signal filter, so the coach sees what each filter would give.
 */
export async function queryCaseload(tx: Tx, filters: CaseloadFilters): Promise<{ rows: CaseloadRow[]; counts: Record<string, number>; total: number }> {
  const today = todayInAmsterdam()
  let base = tx
    .selectFrom('clients as c')
    .innerJoin('client_assignments as a', (j) => j.onRef('a.tenant_id', '=', 'c.tenant_id').onRef('a.client_id', '=', 'c.id').on('a.valid_to', 'is', null))
    .where('c.outflow_date', 'is', null)
  if (filters.coachId) base = base.where('a.coach_id', '=', filters.coachId)
  if (filters.teamId) base = base.where('a.team_id', '=', filters.teamId)
  if (filters.unassigned) base = base.where('a.coach_id', 'is', null)
  if (!filters.coachId && !filters.teamId && !filters.unassigned) throw badRequest('caseload-scope-required', 'Choose a coach, a team or the unassigned clients.')
  if (filters.phase) {
    if (filters.phase === 'before-intake') base = base.where((eb) => eb.or([eb('c.intake_date', 'is', null), eb('c.intake_date', '>', today)]))
    else if (filters.phase !== 'outflow') {
      const [from, to] = phaseBounds[filters.phase]
      base = base.where('c.intake_date', '<=', sql<string>`(${today}::date - make_interval(months => ${from}))::date`)
      if (to !== null) base = base.where('c.intake_date', '>', sql<string>`(${today}::date - make_interval(months => ${to}))::date`)
    }
  }
  if (filters.statusCode || filters.regime) {
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('client_statuses as s')
          .whereRef('s.client_id', '=', 'c.id')
          .where('s.valid_to', 'is', null)
          .where('s.valid_from', '<=', today)
          .$if(Boolean(filters.statusCode), (q) => q.where('s.status_code', '=', filters.statusCode!))
          .$if(Boolean(filters.regime), (q) => q.where('s.regime', '=', filters.regime!))
          .select(sql`1`.as('one')),
      ),
    )
  }
  if (filters.segment) {
    const match = /^([a-z0-9_]{1,40}):(-?\d+)$/.exec(filters.segment)
    if (!match) throw badRequest('invalid-segment-filter', 'Give the segment as scale:value, e.g. motivation:4.', [{ field: 'segment', message: 'is not scale:value' }])
    base = base.where(
      sql<boolean>`(SELECT s.value FROM client_segment_scores s WHERE s.tenant_id = c.tenant_id AND s.client_id = c.id AND s.scale_code = ${match[1]}
        ORDER BY s.assessed_on DESC, s.recorded_at DESC LIMIT 1) = ${Number(match[2])}`,
    )
  }
  if (filters.lastContactBefore) {
    base = base.where(
      sql<boolean>`NOT EXISTS (SELECT 1 FROM client_contacts k WHERE k.tenant_id = c.tenant_id AND k.client_id = c.id AND k.contacted_at >= ${filters.lastContactBefore}::date)`,
    )
  }
  if (filters.query) base = base.where(sql<boolean>`(c.search_name LIKE ${`%${filters.query.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`} OR c.client_number = ${filters.query.toUpperCase()})`)

  const countRows = await base
    .innerJoin('client_signals as g', (j) => j.onRef('g.tenant_id', '=', 'c.tenant_id').onRef('g.client_id', '=', 'c.id').on('g.ended_at', 'is', null))
    .select(['g.signal_code', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('g.signal_code')
    .execute()
  const counts = Object.fromEntries(countRows.map((r) => [r.signal_code, Number(r.n)]))

  let listed = base
  if (filters.signal) {
    listed = listed.where((eb) =>
      eb.exists(
        eb.selectFrom('client_signals as g').whereRef('g.client_id', '=', 'c.id').where('g.signal_code', '=', filters.signal!).where('g.ended_at', 'is', null).select(sql`1`.as('one')),
      ),
    )
  }
  const rows = await listed
    .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.coach_id'))
    .select([
      'c.id',
      'c.client_number',
      'c.initials',
      'c.first_names',
      'c.tussenvoegsel',
      'c.surname',
      'c.intake_date',
      'c.outflow_date',
      'a.coach_id',
      'u.display_name as coach_name',
      sql<Date | null>`(SELECT max(k.contacted_at) FROM client_contacts k WHERE k.tenant_id = c.tenant_id AND k.client_id = c.id)`.as('last_contact_at'),
    ])
    .limit(2000)
    .execute()
  const ids = rows.map((r) => r.id)
  const [signals, statuses] = await Promise.all([
    openSignalsOf(tx, ids),
    ids.length === 0
      ? Promise.resolve([])
      : tx
          .selectFrom('client_statuses')
          .select(['client_id', 'status_code', 'regime'])
          .where('client_id', 'in', ids)
          .where('valid_to', 'is', null)
          .where('valid_from', '<=', today)
          .execute(),
  ])
  const result: CaseloadRow[] = rows.map((row) => {
    const open = signals.get(row.id) ?? []
    return {
      id: row.id,
      clientNumber: row.client_number,
      sortName: sortName({ initials: row.initials, first_names: row.first_names, tussenvoegsel: row.tussenvoegsel, surname: row.surname }),
      phase: phaseOf(row.intake_date, row.outflow_date, today),
      coach: row.coach_id !== null && row.coach_name !== null ? { id: row.coach_id, displayName: row.coach_name } : null,
      statuses: statuses.filter((s) => s.client_id === row.id).map((s) => ({ statusCode: s.status_code, regime: s.regime })),
      lastContactAt: row.last_contact_at ? new Date(row.last_contact_at).toISOString() : null,
      attention: open.reduce((sum, s) => sum + s.weight, 0),
      signals: open,
    }
  })
  const byName = (a: CaseloadRow, b: CaseloadRow) => a.sortName.localeCompare(b.sortName, 'nl')
  const sorters: Record<NonNullable<CaseloadFilters['sort']>, (a: CaseloadRow, b: CaseloadRow) => number> = {
    attention: (a, b) => b.attention - a.attention || byName(a, b),
    name: byName,
    intake: (a, b) => (b.phase.monthsSinceIntake ?? -1) - (a.phase.monthsSinceIntake ?? -1) || byName(a, b),
    lastContact: (a, b) => (a.lastContactAt ?? '').localeCompare(b.lastContactAt ?? '') || byName(a, b),
  }
  result.sort(sorters[filters.sort ?? 'attention'])
  return { rows: result, counts, total: result.length }
}
