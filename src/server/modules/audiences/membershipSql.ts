import { sql, type RawBuilder } from 'kysely'
import type { AudienceDefinition } from '../../../common/api/audiences.js'
import type { Tx } from '../../db/database.js'
import type { StaffActor } from '../../http/context.js'
import { todayInAmsterdam } from '../clients/dutchFormats.js'
import { loadAudienceRecords, type AudienceRecord } from './audienceRecords.js'
import { conditionSql, type SqlContext } from './conditionSql.js'
import { loadCriteria, type CheckedCriterion } from './definitionCheck.js'

/** What compiling needs from the database once per operation: criteria and saved audiences. */
export interface MembershipContext {
  tenantId: string
  today: string
  criteria: Map<string, CheckedCriterion>
  audiences: Map<string, AudienceRecord>
}

export async function loadMembershipContext(tx: Tx, tenantId: string): Promise<MembershipContext> {
  const [criteria, audiences] = await Promise.all([loadCriteria(tx), loadAudienceRecords(tx)])
  return { tenantId, today: todayInAmsterdam(), criteria, audiences }
}

/** What an audience is made of: a definition, or a saved static list. */
export type AudienceShape = { kind: 'dynamic'; definition: AudienceDefinition } | { kind: 'static'; id: string }

export const shapeOf = (record: AudienceRecord): AudienceShape =>
  record.kind === 'dynamic' && record.definition !== null ? { kind: 'dynamic', definition: record.definition } : { kind: 'static', id: record.id }

/**
 * An audience as a predicate over the client row `c`: groups joined by AND or OR, conditions
 * within a group likewise, NOT per condition; a membership condition is the named audience's
 * own predicate, inlined (so a preview is exact before anything is saved). `path` guards
 * against cycles, which saving refuses anyway.
 */
export function predicateSql(ctx: MembershipContext, shape: AudienceShape, path: string[] = []): RawBuilder<boolean> {
  if (shape.kind === 'static') {
    return sql<boolean>`EXISTS (SELECT 1 FROM audience_static_members m WHERE m.tenant_id = ${ctx.tenantId} AND m.audience_id = ${shape.id} AND m.client_id = c.id)`
  }
  const sqlContext: SqlContext = {
    tenantId: ctx.tenantId,
    today: ctx.today,
    criteria: ctx.criteria,
    audience(audienceId) {
      const record = ctx.audiences.get(audienceId)
      if (record === undefined || path.includes(audienceId)) return sql<boolean>`false`
      return predicateSql(ctx, shapeOf(record), [...path, audienceId])
    },
  }
  const joiner = (match: 'all' | 'any') => (match === 'all' ? sql` AND ` : sql` OR `)
  const { definition } = shape
  if (definition.groups.length === 0) return sql<boolean>`true`
  const groups = definition.groups.map((group) => sql`(${sql.join(group.conditions.map((condition) => conditionSql(sqlContext, condition)), joiner(group.match))})`)
  return sql<boolean>`(${sql.join(groups, joiner(definition.match))})`
}

/** The coach's scope: clients in their caseload or guided by one of their teams, now. */
export function scopeSql(tenantId: string, actor: StaffActor): RawBuilder<boolean> {
  const teams = actor.teamIds.length > 0 ? actor.teamIds : ['00000000-0000-0000-0000-000000000000']
  return sql<boolean>`c.id IN (SELECT sa.client_id FROM client_assignments sa WHERE sa.tenant_id = ${tenantId} AND sa.valid_to IS NULL
    AND (sa.coach_id = ${actor.userId} OR sa.team_id = ANY(${teams}::uuid[])))`
}

/**
 * The members' ids (column client_id): clients being guided (no outflow date today or
 * before) for whom the predicate holds; optionally only among candidates or within a scope.
 */
export function membersSql(
  ctx: MembershipContext,
  shape: AudienceShape,
  options: { candidates?: string[] | null; scope?: RawBuilder<boolean> | null } = {},
): RawBuilder<{ client_id: string }> {
  const candidates = options.candidates ?? null
  const parts = [
    sql`c.tenant_id = ${ctx.tenantId}`,
    sql`(c.outflow_date IS NULL OR c.outflow_date > ${ctx.today}::date)`,
    ...(candidates !== null ? [sql`c.id = ANY(${candidates}::uuid[])`] : []),
    ...(options.scope ? [options.scope] : []),
    predicateSql(ctx, shape),
  ]
  return sql<{ client_id: string }>`SELECT c.id AS client_id FROM clients c WHERE ${sql.join(parts, sql` AND `)}`
}

/**
 * Planner settings for counting audiences, for this transaction only:
 * - memory for hashing large client sets in one statement (PostgreSQL hashes a condition under
 *   OR or NOT only when its set fits);
 * - the clients of the most selective condition de-duplicated by sorting, not hashing
 *   (`enable_hashagg` off), so every other condition is probed in client order: consecutive
 *   probes land on the same index pages instead of all over indexes larger than the buffer
 *   cache. At 1,000,000 clients this halved the count of five conditions (1.2 s to 0.65 s);
 *   conditions under OR or NOT still hash their sets (a hashed subplan is not an aggregate).
 */
export async function tuneForCounting(tx: Tx): Promise<void> {
  await sql`SELECT set_config('work_mem', '64MB', true), set_config('enable_hashagg', 'off', true)`.execute(tx)
}
