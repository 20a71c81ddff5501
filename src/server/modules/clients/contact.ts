import type { ContactChange } from '../../../common/api/clients.js'
import type { Tx } from '../../db/database.js'
import { badRequest, type FieldError } from '../../http/problem.js'
import { normalisePhone, normalisePostcode } from './dutchFormats.js'
import { addClientEvent } from './timeline.js'

/** Changes address, contact details, preferences or outflow. The timeline names the fields, not the values. */
export async function changeContact(tx: Tx, tenantId: string, actorId: string | null, clientId: string, change: ContactChange): Promise<void> {
  const errors: FieldError[] = []
  const set: Record<string, unknown> = { updated_at: new Date() }
  if (change.postcode !== undefined) {
    const postcode = change.postcode === null || change.postcode.trim() === '' ? null : normalisePostcode(change.postcode)
    if (change.postcode !== null && change.postcode.trim() !== '' && postcode === null) errors.push({ field: 'postcode', message: 'is not a Dutch postcode (1234 AB)' })
    set.postcode = postcode
  }
  if (change.phone !== undefined) {
    const phone = change.phone === null || change.phone.trim() === '' ? null : normalisePhone(change.phone)
    if (change.phone !== null && change.phone.trim() !== '' && phone === null) errors.push({ field: 'phone', message: 'is not a phone number' })
    set.phone = phone
  }
  if (errors.length > 0) throw badRequest('invalid-input', errors.map((e) => `${e.field} ${e.message}`).join('; '), errors)
  const plain: [keyof ContactChange, string][] = [
    ['street', 'street'],
    ['houseNumber', 'house_number'],
    ['city', 'city'],
    ['email', 'email'],
    ['preferredLanguage', 'preferred_language'],
    ['preferredChannel', 'preferred_channel'],
    ['outflowDate', 'outflow_date'],
    ['outflowReason', 'outflow_reason'],
  ]
  for (const [field, column] of plain) if (change[field] !== undefined) set[column] = change[field]
  if (change.outflowDate) {
    const client = await tx.selectFrom('clients').select('intake_date').where('id', '=', clientId).executeTakeFirstOrThrow()
    if (client.intake_date !== null && change.outflowDate < client.intake_date) {
      throw badRequest('end-before-start', 'The outflow date lies before the intake date.', [{ field: 'outflowDate', message: 'lies before the intake date' }])
    }
  }
  await tx.updateTable('clients').set(set).where('id', '=', clientId).execute()
  await addClientEvent(tx, tenantId, clientId, actorId, 'client.details-changed', { fields: Object.keys(change) })
}
