import type { AudienceDefinition, Condition, ProfileOperator } from '../../../common/api/audiences.js'
import type { Tx } from '../../db/database.js'
import type { ProfileCriteriaTable } from '../../db/schema.js'
import { badRequest, type FieldError } from '../../http/problem.js'
import type { AudienceRecord } from './audienceRecords.js'
import { referencesOf } from './audienceRecords.js'

type ValueType = ProfileCriteriaTable['value_type']

export interface CheckedCriterion {
  valueType: ValueType
  options: string[]
}

/** Which operators fit which kind of profile value, and what they take. */
const operatorsByType: Record<ValueType, ProfileOperator[]> = {
  text: ['equals', 'oneOf', 'contains', 'isSet'],
  number: ['equals', 'lt', 'lte', 'gt', 'gte', 'isSet'],
  boolean: ['equals', 'isSet'],
  date: ['equals', 'before', 'after', 'isSet'],
  choice: ['equals', 'oneOf', 'isSet'],
  multi_choice: ['contains', 'containsAny', 'isSet'],
}
const listOperators: ProfileOperator[] = ['oneOf', 'containsAny']

/** The profile criteria of the organisation, by code, as the compiler needs them. */
export async function loadCriteria(tx: Tx): Promise<Map<string, CheckedCriterion & { active: boolean }>> {
  const rows = await tx.selectFrom('profile_criteria').select(['code', 'value_type', 'options', 'active']).execute()
  return new Map(rows.map((r) => [r.code, { valueType: r.value_type, options: r.options.map((o) => o.value), active: r.active }]))
}

function checkProfile(condition: Extract<Condition, { kind: 'profile' }>, criterion: CheckedCriterion | undefined, at: string, errors: FieldError[]): void {
  if (!criterion) {
    errors.push({ field: `${at}.criterion`, message: `is not a profile criterion of this organisation: "${condition.criterion}"` })
    return
  }
  const { operator, value, values } = condition
  if (!operatorsByType[criterion.valueType].includes(operator)) {
    errors.push({ field: `${at}.operator`, message: `does not fit a ${criterion.valueType} criterion; use ${operatorsByType[criterion.valueType].join(', ')}` })
    return
  }
  if (operator === 'isSet') return
  if (listOperators.includes(operator)) {
    if (values === undefined) errors.push({ field: `${at}.values`, message: 'is required' })
    else if (criterion.options.length > 0) {
      const unknown = values.filter((v) => !criterion.options.includes(v))
      if (unknown.length > 0) errors.push({ field: `${at}.values`, message: `has options the criterion does not have: ${unknown.join(', ')}` })
    }
    return
  }
  if (value === undefined) {
    errors.push({ field: `${at}.value`, message: 'is required' })
    return
  }
  const fits: Record<ValueType, boolean> = {
    text: typeof value === 'string',
    number: typeof value === 'number' && Number.isFinite(value),
    boolean: typeof value === 'boolean',
    date: typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
    choice: typeof value === 'string' && criterion.options.includes(value),
    multi_choice: typeof value === 'string' && criterion.options.includes(value),
  }
  if (!fits[criterion.valueType]) {
    const expected = { text: 'text', number: 'a number', boolean: 'true or false', date: 'a date (YYYY-MM-DD)', choice: `one of ${criterion.options.join(', ')}`, multi_choice: `one of ${criterion.options.join(', ')}` }
    errors.push({ field: `${at}.value`, message: `must be ${expected[criterion.valueType]}` })
  }
}

/** Whether following membership conditions from `from` ever leads back to `target`. */
function reaches(audiences: Map<string, AudienceRecord>, from: string, target: string, seen = new Set<string>()): boolean {
  if (from === target) return true
  if (seen.has(from)) return false
  seen.add(from)
  const record = audiences.get(from)
  return record !== undefined && referencesOf(record.definition).some((next) => reaches(audiences, next, target, seen))
}

/**
 * Checks a definition against the organisation's configuration: every code, id and value must
 * exist and fit, and a membership condition may not lead back to the audience itself. Throws
 * 400 with the fields named (`definition.groups.0.conditions.1.criterion`).
 */
export async function checkDefinition(
  tx: Tx,
  definition: AudienceDefinition,
  context: { audienceId: string | null; audiences: Map<string, AudienceRecord> },
): Promise<void> {
  const conditions = definition.groups.flatMap((group, g) => group.conditions.map((condition, i) => ({ condition, at: `definition.groups.${g}.conditions.${i}` })))
  const of = <K extends Condition['kind']>(kind: K) =>
    conditions.filter((c): c is { condition: Extract<Condition, { kind: K }>; at: string } => c.condition.kind === kind)
  const errors: FieldError[] = []

  const criteria = of('profile').length > 0 ? await loadCriteria(tx) : new Map()
  for (const { condition, at } of of('profile')) {
    const criterion = criteria.get(condition.criterion)
    checkProfile(condition, criterion?.active ? criterion : undefined, at, errors)
  }

  if (of('status').length > 0 || of('secondment').length > 0) {
    const types = new Map((await tx.selectFrom('status_types').select(['code', 'regimes']).execute()).map((t) => [t.code, t.regimes]))
    for (const { condition, at } of of('status')) {
      const regimes = types.get(condition.status)
      if (regimes === undefined) errors.push({ field: `${at}.status`, message: `is not a status of this organisation: "${condition.status}"` })
      else if (condition.regime !== undefined && !regimes.includes(condition.regime)) {
        errors.push({ field: `${at}.regime`, message: regimes.length > 0 ? `must be one of ${regimes.join(', ')}` : 'does not apply to this status' })
      }
      if (condition.period && condition.period.from > condition.period.to) errors.push({ field: `${at}.period.to`, message: 'lies before the start of the period' })
    }
  }

  if (of('segment').length > 0) {
    const scales = new Map((await tx.selectFrom('segment_scales').select(['code', 'levels']).execute()).map((s) => [s.code, s.levels.map((l) => l.value)]))
    for (const { condition, at } of of('segment')) {
      if (!scales.has(condition.scale)) errors.push({ field: `${at}.scale`, message: `is not a segmentation scale of this organisation: "${condition.scale}"` })
    }
  }

  if (of('intervention').length > 0) {
    const types = new Set((await tx.selectFrom('intervention_types').select('code').execute()).map((t) => t.code))
    for (const { condition, at } of of('intervention')) {
      if (!types.has(condition.interventionType)) errors.push({ field: `${at}.interventionType`, message: `is not an intervention of this organisation: "${condition.interventionType}"` })
    }
  }

  const coachIds = [...new Set(of('coach').flatMap(({ condition }) => condition.coachIds))]
  if (coachIds.length > 0) {
    const known = new Set((await tx.selectFrom('users').select('id').where('id', 'in', coachIds).execute()).map((u) => u.id))
    for (const { condition, at } of of('coach')) {
      if (condition.coachIds.some((id) => !known.has(id))) errors.push({ field: `${at}.coachIds`, message: 'names someone who is not a colleague in this organisation' })
    }
  }
  const teamIds = [...new Set(of('team').flatMap(({ condition }) => condition.teamIds))]
  if (teamIds.length > 0) {
    const known = new Set((await tx.selectFrom('teams').select('id').where('id', 'in', teamIds).execute()).map((t) => t.id))
    for (const { condition, at } of of('team')) {
      if (condition.teamIds.some((id) => !known.has(id))) errors.push({ field: `${at}.teamIds`, message: 'names a team that is not one of this organisation' })
    }
  }

  for (const { condition, at } of of('audience')) {
    if (!context.audiences.has(condition.audienceId)) {
      errors.push({ field: `${at}.audienceId`, message: 'is not a saved audience of this organisation' })
    } else if (context.audienceId !== null && reaches(context.audiences, condition.audienceId, context.audienceId)) {
      errors.push({ field: `${at}.audienceId`, message: 'leads back to this audience: an audience cannot contain itself' })
    }
  }

  if (errors.length > 0) {
    const cycle = errors.some((e) => e.message.startsWith('leads back'))
    throw badRequest(
      cycle ? 'audience-cycle' : 'invalid-audience',
      cycle ? 'An audience cannot be a member of itself, directly or through other audiences.' : errors.map((e) => `${e.field} ${e.message}`).join('; '),
      errors,
    )
  }
}
