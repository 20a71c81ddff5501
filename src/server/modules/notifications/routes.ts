import { Type } from '@sinclair/typebox'
import { NotificationList, NotificationParams } from '../../../common/api/notifications.js'
import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import { userTrace } from '../../http/context.js'
import { staffActor } from '../../http/guard.js'
import { notFound } from '../../http/problem.js'
import type { App } from '../../http/types.js'
import { recordAudit } from '../audit/recordAudit.js'
import { clientActivity } from '../clients/clientService.js'
import { listNotifications, markNotificationRead } from './staffNotifications.js'

const tags = ['Notifications']
const staff = { access: { kind: 'staff' as const } }

/** A staff member's own notifications: a client reported sick, asked for leave, a colleague opened a record with a reason. */
export function notificationRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/notifications', { config: staff, schema: { tags, summary: 'My notifications, newest first, and how many are unread', response: { 200: NotificationList } } }, async (request) => {
    const actor = staffActor(request)
    return inTenant(ctx.db, actor, async (tx) => {
      const list = await listNotifications(tx, actor.userId)
      const clientIds = [...new Set(list.notifications.flatMap((n) => (n.client === null ? [] : [n.client.id])))]
      // The list names clients: that is a read of their data, on record like a search.
      if (clientIds.length > 0) {
        await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: clientActivity, action: 'notifications.read', attributes: { shownClientIds: clientIds } })
      }
      return list
    })
  })

  app.post(
    '/api/v1/notifications/:notificationId/read',
    { config: staff, schema: { tags, summary: 'Mark one of my notifications read', params: NotificationParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      const actor = staffActor(request)
      await inTenant(ctx.db, actor, async (tx) => {
        if (!(await markNotificationRead(tx, actor.userId, request.params.notificationId))) throw notFound('You have no such notification.')
      })
      return reply.code(204).send(null)
    },
  )
}
