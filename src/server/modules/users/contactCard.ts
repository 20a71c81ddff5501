import type { ContactCard, ContactCardChange } from '../../../common/api/contactCard.js'
import type { Tx } from '../../db/database.js'
import type { StaffActor } from '../../http/context.js'
import { badRequest, forbidden, notFound } from '../../http/problem.js'
import { normalisePhone } from '../clients/dutchFormats.js'
import { photoVersions } from './staffPhoto.js'

/** Staff edit their own card; an admin edits anyone's. */
export function requireOwnOrAdmin(actor: StaffActor, userId: string): void {
  if (actor.userId !== userId && !actor.roles.includes('admin')) throw forbidden('You may change only your own contact card.')
}

export const staffPhotoUrl = (userId: string, updatedAt: Date) => `/api/v1/users/${userId}/photo?v=${updatedAt.getTime()}`

export async function loadContactCard(tx: Tx, userId: string): Promise<ContactCard> {
  const user = await tx.selectFrom('users').select(['id', 'display_name', 'email', 'contact_phone', 'availability']).where('id', '=', userId).executeTakeFirst()
  if (!user) throw notFound('No such user.')
  const photo = (await photoVersions(tx, [userId])).get(userId) ?? null
  return {
    userId: user.id,
    displayName: user.display_name,
    email: user.email,
    phone: user.contact_phone,
    availability: user.availability,
    photoUrl: photo === null ? null : staffPhotoUrl(userId, photo),
    photoUpdatedAt: photo?.toISOString() ?? null,
  }
}

/** Saves the phone number (as E.164) and the availability text; empty text clears a field. */
export async function saveContactCard(tx: Tx, userId: string, change: ContactCardChange): Promise<string[]> {
  const text = (value: string | null) => (value === null || value.trim() === '' ? null : value.trim().replace(/\s+/g, ' '))
  const phoneText = text(change.phone)
  const phone = phoneText === null ? null : normalisePhone(phoneText)
  if (phoneText !== null && phone === null) {
    throw badRequest('invalid-phone', 'The phone number is not a Dutch or international number.', [{ field: 'phone', message: 'is not a phone number' }])
  }
  const existing = await tx.selectFrom('users').select(['contact_phone', 'availability']).where('id', '=', userId).executeTakeFirst()
  if (!existing) throw notFound('No such user.')
  const availability = text(change.availability)
  const changed = [existing.contact_phone !== phone && 'phone', existing.availability !== availability && 'availability'].filter((f): f is string => typeof f === 'string')
  if (changed.length > 0) await tx.updateTable('users').set({ contact_phone: phone, availability, updated_at: new Date() }).where('id', '=', userId).execute()
  return changed
}
