import { Type, type Static } from '@sinclair/typebox'
import { DateTime, Uuid } from './shared.js'

export const StaffNotification = Type.Object({
  id: Uuid,
  kind: Type.String({ description: 'e.g. client.reported-sick, client.recovered, client.leave-requested, client.leave-withdrawn, client.access-with-reason' }),
  createdAt: DateTime,
  read: Type.Boolean(),
  client: Type.Union([Type.Object({ id: Uuid, clientNumber: Type.String(), name: Type.String() }), Type.Null()]),
  /** What the notification is about, without names: days, a reason the staff member gave. */
  details: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()])),
})
export type StaffNotification = Static<typeof StaffNotification>

export const NotificationList = Type.Object({ notifications: Type.Array(StaffNotification), unread: Type.Integer() })
export type NotificationList = Static<typeof NotificationList>

export const NotificationParams = Type.Object({ notificationId: Uuid })
