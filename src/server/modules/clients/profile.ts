import type { Tx } from '../../db/database.js'
import type { ProfileCriteriaTable, ProfileValue, Role } from '../../db/schema.js'
import type { Selectable } from 'kysely'
import { badRequest, forbidden } from '../../http/problem.js'
import { parseDutchDate } from './dutchFormats.js'
import { addClientEvent } from './timeline.js'

type Criterion = Selectable<ProfileCriteriaTable>

export const mayView = (criterion: Pick<Criterion, 'visible_to'>, roles: readonly Role[]) =>
  roles.some((role) => criterion.visible_to.includes(role))

/** Checks a value against the criterion's type; returns the value as stored or an error message. */
export function checkProfileValue(criterion: Criterion, value: ProfileValue): { value: ProfileValue } | { error: string } {
  const options = criterion.options.map((o) => o.value)
  switch (criterion.value_type) {
    case 'text':
      return typeof value === 'string' && value.trim().length > 0 && value.length <= 1000 ? { value: value.trim() } : { error: 'must be text of at most 1000 characters' }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? { value } : { error: 'must be a number' }
    case 'boolean':
      return typeof value === 'boolean' ? { value } : { error: 'must be yes or no' }
    case 'date': {
      const date = typeof value === 'string' ? parseDutchDate(value) : null
      return date ? { value: date } : { error: 'must be a date' }
    }
    case 'choice':
      return typeof value === 'string' && options.includes(value) ? { value } : { error: `must be one of ${options.join(', ')}` }
    case 'multi_choice':
      return Array.isArray(value) && value.every((v) => options.includes(v))
        ? { value: [...new Set(value)] }
        : { error: `must be a list of ${options.join(', ')}` }
  }
}

/**
 * Sets (or clears, with null) a profile value from now on; the previous value is kept as
 * history with its validity period.
 */
export async function setProfileValue(
  tx: Tx,
  tenantId: string,
  actor: { id: string | null; roles: readonly Role[] | 'import' },
  clientId: string,
  criterionCode: string,
  value: ProfileValue | null,
): Promise<void> {
  const criterion = await tx.selectFrom('profile_criteria').selectAll().where('code', '=', criterionCode).executeTakeFirst()
  if (!criterion || !criterion.active) {
    throw badRequest('unknown-criterion', `There is no profile criterion "${criterionCode}".`, [{ field: 'criterionCode', message: 'is not a criterion of this organisation' }])
  }
  if (actor.roles !== 'import' && !mayView(criterion, actor.roles)) throw forbidden('Your role may not see or change this profile criterion.')
  let stored: ProfileValue | null = null
  if (value !== null) {
    const checked = checkProfileValue(criterion, value)
    if ('error' in checked) throw badRequest('invalid-profile-value', `${criterion.label_en} ${checked.error}.`, [{ field: 'value', message: checked.error }])
    stored = checked.value
  }
  const now = new Date()
  const current = await tx
    .selectFrom('client_profile_values')
    .select(['id', 'value'])
    .where('client_id', '=', clientId)
    .where('criterion_code', '=', criterionCode)
    .where('valid_to', 'is', null)
    .forUpdate()
    .executeTakeFirst()
  if (current && JSON.stringify(current.value) === JSON.stringify(stored)) return
  if (!current && stored === null) return
  if (current) await tx.updateTable('client_profile_values').set({ valid_to: now }).where('id', '=', current.id).execute()
  if (stored !== null) {
    await tx
      .insertInto('client_profile_values')
      .values({
        tenant_id: tenantId,
        client_id: clientId,
        criterion_code: criterionCode,
        value: JSON.stringify(stored),
        valid_from: now,
        source: actor.roles === 'import' ? 'import' : 'coach',
        recorded_by: actor.id,
      })
      .execute()
  }
  await addClientEvent(tx, tenantId, clientId, actor.id, stored === null ? 'profile.cleared' : 'profile.changed', { criterionCode })
}
