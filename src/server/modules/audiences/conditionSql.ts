import { sql, type RawBuilder } from 'kysely'
import type { Condition, PhaseCode, Window } from '../../../common/api/audiences.js'
import type { CheckedCriterion } from './definitionCheck.js'

/**
 * What a condition is compiled against: the organisation and today's date (Europe/Amsterdam).
 * Every value goes in as a query parameter; only fixed fragments of this file are SQL text.
 */
export interface SqlContext {
  tenantId: string
  today: string
  /** The profile criteria the definition names, by code, with their value types. */
  criteria: Map<string, CheckedCriterion>
  /** A saved audience named in a membership condition, compiled (by membershipSql) on demand. */
  audience(audienceId: string): RawBuilder<boolean>
}

type Predicate = RawBuilder<boolean>

const and = (parts: RawBuilder<unknown>[]) => sql.join(parts, sql` AND `)

/**
 * "The client has a row here that …": `EXISTS (SELECT 1 FROM … x WHERE x.client_id = c.id AND …)`.
 * Correlated on purpose: at the top level PostgreSQL turns it into a semi-join (or anti-join,
 * with NOT), and under OR it plans both a per-client probe through the client index and a
 * hashed set, and takes the cheaper — so the most selective condition drives the count.
 */
function clientHas(ctx: SqlContext, table: RawBuilder<unknown>, alias: string, where: RawBuilder<unknown>[]): Predicate {
  const x = sql.ref(alias)
  const parts = [sql`${x}.tenant_id = ${ctx.tenantId}`, sql`${x}.client_id = c.id`, ...where]
  return sql<boolean>`EXISTS (SELECT 1 FROM ${table} ${x} WHERE ${and(parts)})`
}

/** The first day of a window that ends today: today minus N days or months. */
const windowStartDate = (ctx: SqlContext, window: Window) =>
  window.unit === 'days' ? sql`(${ctx.today}::date - ${window.amount}::int)` : sql`(${ctx.today}::date - make_interval(months => ${window.amount}::int))::date`

const windowStartMoment = (window: Window) =>
  window.unit === 'days' ? sql`(now() - make_interval(days => ${window.amount}::int))` : sql`(now() - make_interval(months => ${window.amount}::int))`

/** A status held today: begun and not ended before today. */
const heldToday = (ctx: SqlContext) => sql`s.valid_from <= ${ctx.today}::date AND (s.valid_to IS NULL OR s.valid_to >= ${ctx.today}::date)`

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`)

function profileMatch(condition: Extract<Condition, { kind: 'profile' }>, criterion: CheckedCriterion): RawBuilder<unknown> {
  const text = sql`(p.value #>> '{}')`
  const { value, values } = condition
  switch (condition.operator) {
    case 'isSet':
      return sql`true`
    case 'equals':
      if (criterion.valueType === 'text') return sql`lower(${text}) = lower(${String(value)})`
      if (criterion.valueType === 'number' || criterion.valueType === 'boolean') return sql`p.value = ${JSON.stringify(value)}::jsonb`
      return sql`${text} = ${String(value)}`
    case 'oneOf':
      return criterion.valueType === 'text'
        ? sql`lower(${text}) = ANY(${values!.map((v) => v.toLowerCase())}::text[])`
        : sql`${text} = ANY(${values!}::text[])`
    case 'contains':
      return criterion.valueType === 'multi_choice'
        ? sql`p.value @> ${JSON.stringify([value])}::jsonb`
        : sql`${text} ILIKE ${`%${escapeLike(String(value))}%`}`
    case 'containsAny':
      return sql`p.value ?| ${values!}::text[]`
    // Numbers compare as jsonb numbers: no cast that could fail on another criterion's row.
    case 'lt':
      return sql`p.value < ${JSON.stringify(value)}::jsonb`
    case 'lte':
      return sql`p.value <= ${JSON.stringify(value)}::jsonb`
    case 'gt':
      return sql`p.value > ${JSON.stringify(value)}::jsonb`
    case 'gte':
      return sql`p.value >= ${JSON.stringify(value)}::jsonb`
    // Dates are stored as YYYY-MM-DD text, which sorts as the dates do byte by byte.
    case 'before':
      return sql`${text} COLLATE "C" < ${String(value)}`
    case 'after':
      return sql`${text} COLLATE "C" > ${String(value)}`
  }
}

const phaseBounds: Record<Exclude<PhaseCode, 'before-intake'>, [number, number | null]> = {
  '0-3': [0, 3],
  '3-6': [3, 6],
  '6-12': [6, 12],
  '12+': [12, null],
}

/** The phase of unemployment as clients/phase.ts counts it: whole months since intake. */
function phaseSql(ctx: SqlContext, phase: PhaseCode): RawBuilder<unknown> {
  if (phase === 'before-intake') return sql`(c.intake_date IS NULL OR c.intake_date > ${ctx.today}::date)`
  const [from, to] = phaseBounds[phase]
  const monthsAgo = (months: number) => sql`(${ctx.today}::date - make_interval(months => ${months}::int))::date`
  return to === null
    ? sql`c.intake_date <= ${monthsAgo(from)}`
    : sql`(c.intake_date <= ${monthsAgo(from)} AND c.intake_date > ${monthsAgo(to)})`
}

const messageColumn = { received: sql.ref('o.sent_at'), opened: sql.ref('o.opened_at'), clicked: sql.ref('o.clicked_at') } as const

/** One condition (without its NOT) as a predicate over the client row `c`. */
function positiveSql(ctx: SqlContext, condition: Condition): Predicate {
  switch (condition.kind) {
    case 'profile': {
      // A criterion removed after the audience was saved matches no one.
      const criterion = ctx.criteria.get(condition.criterion)
      if (criterion === undefined) return sql<boolean>`false`
      return clientHas(ctx, sql`client_profile_values`, 'p', [
        sql`p.criterion_code = ${condition.criterion}`,
        sql`p.valid_to IS NULL`,
        profileMatch(condition, criterion),
      ])
    }
    case 'status': {
      const held = condition.period
        ? sql`s.valid_from <= ${condition.period.to}::date AND (s.valid_to IS NULL OR s.valid_to >= ${condition.period.from}::date)`
        : heldToday(ctx)
      return clientHas(ctx, sql`client_statuses`, 's', [
        sql`s.status_code = ${condition.status}`,
        held,
        ...(condition.regime !== undefined ? [sql`s.regime = ${condition.regime}`] : []),
      ])
    }
    case 'phase':
      // Never NULL (a missing intake date is "before intake"), so NOT works as the user means it.
      return sql<boolean>`coalesce((${sql.join(condition.phases.map((phase) => phaseSql(ctx, phase)), sql` OR `)}), false)`
    case 'segment': {
      // The latest score per client (index-ordered, no sort), then the comparison.
      const op = { eq: sql`=`, lte: sql`<=`, gte: sql`>=` }[condition.operator]
      return sql<boolean>`EXISTS (SELECT 1 FROM (
          SELECT DISTINCT ON (s.client_id) s.client_id, s.value FROM client_segment_scores s
           WHERE s.tenant_id = ${ctx.tenantId} AND s.scale_code = ${condition.scale}
           ORDER BY s.client_id, s.assessed_on DESC, s.recorded_at DESC) cur
         WHERE cur.client_id = c.id AND cur.value ${op} ${condition.value}::int)`
    }
    case 'coach':
      return clientHas(ctx, sql`client_assignments`, 'a', [sql`a.valid_to IS NULL`, sql`a.coach_id = ANY(${condition.coachIds}::uuid[])`])
    case 'team':
      return clientHas(ctx, sql`client_assignments`, 'a', [sql`a.valid_to IS NULL`, sql`a.team_id = ANY(${condition.teamIds}::uuid[])`])
    case 'location':
      return clientHas(ctx, sql`attendance_schedules`, 'l', [
        sql`l.location = ANY(${condition.locations}::text[])`,
        sql`l.valid_from <= ${ctx.today}::date AND (l.valid_to IS NULL OR l.valid_to >= ${ctx.today}::date)`,
      ])
    case 'secondment':
      return clientHas(ctx, sql`client_statuses`, 's', [
        sql`s.status_code IN (SELECT t.code FROM status_types t WHERE t.tenant_id = ${ctx.tenantId} AND t.kind = 'secondment')`,
        heldToday(ctx),
        sql`lower(s.organisation) = ANY(${condition.employers.map((e) => e.trim().toLowerCase())}::text[])`,
      ])
    case 'intervention':
      return clientHas(ctx, sql`client_interventions`, 'i', [
        sql`i.type_code = ${condition.interventionType}`,
        sql`i.status <> 'cancelled'`,
        sql`i.start_date >= ${windowStartDate(ctx, condition.within)} AND i.start_date <= ${ctx.today}::date`,
      ])
    case 'message': {
      const column = messageColumn[condition.event]
      return clientHas(ctx, sql`outbox_messages`, 'o', [
        sql`${column} >= ${windowStartMoment(condition.within)}`,
        ...(condition.category !== undefined
          ? [sql`o.send_id IN (SELECT ms.id FROM message_sends ms WHERE ms.tenant_id = ${ctx.tenantId} AND ms.category = ${condition.category})`]
          : []),
      ])
    }
    case 'audience':
      return ctx.audience(condition.audienceId)
  }
}

/** One condition, with its NOT, as a predicate over the client row `c`. */
export function conditionSql(ctx: SqlContext, condition: Condition): Predicate {
  const positive = positiveSql(ctx, condition)
  return condition.negate ? sql<boolean>`NOT (${positive})` : positive
}

/** The client tables a condition reads, as the queue triggers name them. */
export function conditionTables(condition: Condition): string[] {
  switch (condition.kind) {
    case 'profile':
      return ['client_profile_values']
    case 'status':
    case 'secondment':
      return ['client_statuses']
    case 'phase':
      return ['clients']
    case 'segment':
      return ['client_segment_scores']
    case 'coach':
    case 'team':
      return ['client_assignments']
    case 'location':
      return ['attendance_schedules']
    case 'intervention':
      return ['client_interventions']
    case 'message':
      return ['outbox_messages']
    case 'audience':
      return []
  }
}
