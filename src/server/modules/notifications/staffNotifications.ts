import { sql } from 'kysely'
import type { NotificationList } from '../../../common/api/notifications.js'
import type { Tx } from '../../db/database.js'
import { fullName } from '../clients/names.js'

/** How many notifications the list shows. */
const listSize = 50

type Detail = string | number | boolean | null

/** The signed-in staff member's notifications, newest first, with the client each one is about. */
export async function listNotifications(tx: Tx, userId: string): Promise<NotificationList> {
  const { rows } = await sql<{
    id: string
    kind: string
    data: Record<string, unknown>
    created_at: Date
    read_at: Date | null
    client_id: string | null
    client_number: string | null
    initials: string | null
    first_names: string | null
    tussenvoegsel: string | null
    surname: string | null
  }>`
    SELECT n.id, n.kind, n.data, n.created_at, n.read_at,
      c.id AS client_id, c.client_number, c.initials, c.first_names, c.tussenvoegsel, c.surname
    FROM staff_notifications n
    LEFT JOIN clients c ON c.tenant_id = n.tenant_id AND c.id::text = n.data->>'clientId'
    WHERE n.user_id = ${userId}
    ORDER BY n.created_at DESC, n.id
    LIMIT ${listSize}`.execute(tx)
  const unread = await tx
    .selectFrom('staff_notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow()
  return {
    notifications: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      createdAt: r.created_at.toISOString(),
      read: r.read_at !== null,
      client:
        r.client_id === null
          ? null
          : { id: r.client_id, clientNumber: r.client_number!, name: fullName({ initials: r.initials, first_names: r.first_names!, tussenvoegsel: r.tussenvoegsel, surname: r.surname! }) },
      details: Object.fromEntries(
        Object.entries(r.data).filter((entry): entry is [string, Detail] => entry[0] !== 'clientId' && entry[0] !== 'clientNumber' && (entry[1] === null || ['string', 'number', 'boolean'].includes(typeof entry[1]))),
      ),
    })),
    unread: Number(unread.n),
  }
}

/** Marks one of the staff member's own notifications read; false when they have no such notification. */
export async function markNotificationRead(tx: Tx, userId: string, notificationId: string): Promise<boolean> {
  const result = await tx
    .updateTable('staff_notifications')
    .set({ read_at: sql`coalesce(read_at, now())` })
    .where('id', '=', notificationId)
    .where('user_id', '=', userId)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}
