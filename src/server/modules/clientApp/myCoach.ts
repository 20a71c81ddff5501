import type { ContactPerson, MyCoach } from '../../../common/api/selfService.js'
import type { Tx } from '../../db/database.js'
import { responsibleStaff } from '../notifications/responsibleStaff.js'
import { photoVersions } from '../users/staffPhoto.js'

/** The app fetches the coach's photo here; the version changes with the photo, so it may be cached. */
const coachPhotoUrl = (updatedAt: Date) => `/api/v1/me/coach/photo?v=${updatedAt.getTime()}`
const contactPhotoUrl = (userId: string, updatedAt: Date) => `/api/v1/me/contacts/${userId}/photo?v=${updatedAt.getTime()}`

async function contactPeople(tx: Tx, userIds: string[]): Promise<Map<string, Omit<ContactPerson, 'photoUrl'> & { photo: Date | null }>> {
  if (userIds.length === 0) return new Map()
  const users = await tx.selectFrom('users').select(['id', 'display_name', 'email', 'contact_phone', 'availability']).where('id', 'in', userIds).execute()
  const photos = await photoVersions(tx, userIds)
  return new Map(users.map((u) => [u.id, { name: u.display_name, phone: u.contact_phone, email: u.email, availability: u.availability, photo: photos.get(u.id) ?? null }]))
}

/**
 * "Mijn coach": the client's coach and how to reach them, and the team with its leads, who are
 * the ones to reach when the coach is away, has left, or there is no coach.
 */
export async function loadMyCoach(tx: Tx, clientId: string): Promise<MyCoach> {
  const staff = await responsibleStaff(tx, clientId)
  const people = await contactPeople(tx, [...(staff.coach ? [staff.coach.id] : []), ...staff.leads.map((l) => l.id)])
  const tenant = await tx.selectFrom('clients as c').innerJoin('tenants as t', 't.id', 'c.tenant_id').select('t.name').where('c.id', '=', clientId).executeTakeFirstOrThrow()
  const coach = staff.coach === null ? null : people.get(staff.coach.id)!
  return {
    coach: coach === null ? null : { name: coach.name, phone: coach.phone, email: coach.email, availability: coach.availability, photoUrl: coach.photo === null ? null : coachPhotoUrl(coach.photo) },
    team:
      staff.team === null
        ? null
        : {
            name: staff.team.name,
            contacts: staff.leads
              .filter((lead) => lead.id !== staff.coach?.id)
              .map((lead) => {
                const person = people.get(lead.id)!
                return { name: person.name, phone: person.phone, email: person.email, availability: person.availability, photoUrl: person.photo === null ? null : contactPhotoUrl(lead.id, person.photo) }
              }),
          },
    organisation: tenant.name,
  }
}

/** Whose photo the client may see: their coach's and their team leads'. */
export async function mayShowPhoto(tx: Tx, clientId: string, userId: string): Promise<boolean> {
  const staff = await responsibleStaff(tx, clientId)
  return staff.coach?.id === userId || staff.leads.some((l) => l.id === userId)
}

export async function myCoachId(tx: Tx, clientId: string): Promise<string | null> {
  return (await responsibleStaff(tx, clientId)).coach?.id ?? null
}
