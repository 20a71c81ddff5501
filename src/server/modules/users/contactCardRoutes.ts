import { Type } from '@sinclair/typebox'
import { ContactCard, ContactCardChange, PhotoUpload } from '../../../common/api/contactCard.js'
import { UserIdParams } from '../../../common/api/users.js'
import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import { userTrace } from '../../http/context.js'
import { staffActor } from '../../http/guard.js'
import { notFound } from '../../http/problem.js'
import type { App } from '../../http/types.js'
import { recordAudit } from '../audit/recordAudit.js'
import { loadContactCard, requireOwnOrAdmin, saveContactCard } from './contactCard.js'
import { decodePhoto, loadPhoto, removePhoto, savePhoto } from './staffPhoto.js'

const tags = ['Users']
const staff = { access: { kind: 'staff' as const } }
const activity = 'user-management'

/** Serves a stored image so that it can never run as a page. */
export const imageHeaders = { 'Content-Security-Policy': "default-src 'none'; sandbox", 'X-Content-Type-Options': 'nosniff' }

/** The contact card clients see of their coach: the staff member's own, or any for an admin. */
export function contactCardRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/users/:userId/contact-card',
    { config: staff, schema: { tags, summary: 'A contact card (your own; an admin: anyone’s): phone, when to reach you, photo', params: UserIdParams, response: { 200: ContactCard } } },
    async (request) => {
      const actor = staffActor(request)
      requireOwnOrAdmin(actor, request.params.userId)
      return inTenant(ctx.db, actor, (tx) => loadContactCard(tx, request.params.userId))
    },
  )

  app.put(
    '/api/v1/users/:userId/contact-card',
    { config: staff, schema: { tags, summary: 'Change the phone number and the availability on a contact card', params: UserIdParams, body: ContactCardChange, response: { 200: ContactCard } } },
    async (request) => {
      const actor = staffActor(request)
      const { userId } = request.params
      requireOwnOrAdmin(actor, userId)
      return inTenant(ctx.db, actor, async (tx) => {
        const fields = await saveContactCard(tx, userId, request.body)
        await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: activity, action: 'user.contact-card-update', dataSubject: { type: 'staff-user', id: userId }, attributes: { fields } })
        return loadContactCard(tx, userId)
      })
    },
  )

  app.put(
    '/api/v1/users/:userId/photo',
    {
      config: staff,
      bodyLimit: 512 * 1024,
      schema: { tags, summary: 'Set the photo on a contact card (JPEG, PNG or WebP, at most 300 kB)', params: UserIdParams, body: PhotoUpload, response: { 200: ContactCard } },
    },
    async (request) => {
      const actor = staffActor(request)
      const { userId } = request.params
      requireOwnOrAdmin(actor, userId)
      const photo = decodePhoto(request.body.photo)
      return inTenant(ctx.db, actor, async (tx) => {
        const card = await loadContactCard(tx, userId)
        await savePhoto(tx, actor.tenantId, userId, photo)
        await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: activity, action: 'user.photo-update', dataSubject: { type: 'staff-user', id: card.userId }, attributes: { mediaType: photo.mediaType, bytes: photo.data.length } })
        return loadContactCard(tx, userId)
      })
    },
  )

  app.delete(
    '/api/v1/users/:userId/photo',
    { config: staff, schema: { tags, summary: 'Remove the photo from a contact card', params: UserIdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      const actor = staffActor(request)
      const { userId } = request.params
      requireOwnOrAdmin(actor, userId)
      await inTenant(ctx.db, actor, async (tx) => {
        if (!(await removePhoto(tx, userId))) throw notFound('There is no photo to remove.')
        await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: activity, action: 'user.photo-remove', dataSubject: { type: 'staff-user', id: userId } })
      })
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/api/v1/users/:userId/photo',
    { config: staff, schema: { tags, summary: 'A colleague’s photo', params: UserIdParams, produces: ['image/jpeg', 'image/png', 'image/webp'] } },
    async (request, reply) => {
      const actor = staffActor(request)
      const photo = await inTenant(ctx.db, actor, (tx) => loadPhoto(tx, request.params.userId))
      if (photo === null) throw notFound('This user has no photo.')
      // The URL carries the photo's version, so a browser may keep it.
      return reply.type(photo.mediaType).headers({ ...imageHeaders, 'Cache-Control': 'private, max-age=86400' }).send(photo.data)
    },
  )
}
