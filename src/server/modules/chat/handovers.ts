import { sql } from 'kysely'
import type { Handover, HandoverInput } from '../../../common/api/chat.js'
import type { Tx } from '../../db/database.js'
import type { StaffActor } from '../../http/context.js'
import { badRequest, forbidden, notFound, type FieldError } from '../../http/problem.js'

const maxDays = 90
/** Who may hand over someone else's chats: their team lead (checked below), a manager, an admin. */
const handoverForOthersRoles = ['manager', 'admin']

function selectHandovers(tx: Tx) {
  return tx
    .selectFrom('chat_handovers as h')
    .innerJoin('users as f', (join) => join.onRef('f.tenant_id', '=', 'h.tenant_id').onRef('f.id', '=', 'h.from_user_id'))
    .innerJoin('users as t', (join) => join.onRef('t.tenant_id', '=', 'h.tenant_id').onRef('t.id', '=', 'h.to_user_id'))
    .select(['h.id', 'h.from_user_id', 'f.display_name as from_name', 'h.to_user_id', 't.display_name as to_name', 'h.starts_at', 'h.ends_at', 'h.note'])
    .where('h.cancelled_at', 'is', null)
    .where('h.ends_at', '>', sql<Date>`now()`)
}

type HandoverRow = Awaited<ReturnType<ReturnType<typeof selectHandovers>['executeTakeFirstOrThrow']>>

const toHandover = (row: HandoverRow): Handover => ({
  id: row.id,
  fromUserId: row.from_user_id,
  fromName: row.from_name,
  toUserId: row.to_user_id,
  toName: row.to_name,
  startsAt: row.starts_at.toISOString(),
  endsAt: row.ends_at.toISOString(),
  note: row.note,
})

/** The hand-overs that are running or coming, from or to the staff member, or made by them (a team lead's for a coach). */
export async function listHandovers(tx: Tx, userId: string): Promise<Handover[]> {
  const rows = await selectHandovers(tx)
    .where((eb) => eb.or([eb('h.from_user_id', '=', userId), eb('h.to_user_id', '=', userId), eb('h.created_by', '=', userId)]))
    .orderBy('h.starts_at')
    .execute()
  return rows.map(toHandover)
}

async function leadsTeamOf(tx: Tx, leadId: string, userId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('team_members as lead')
    .innerJoin('team_members as member', (join) => join.onRef('member.tenant_id', '=', 'lead.tenant_id').onRef('member.team_id', '=', 'lead.team_id'))
    .select('lead.team_id')
    .where('lead.user_id', '=', leadId)
    .where('lead.is_lead', '=', true)
    .where('member.user_id', '=', userId)
    .executeTakeFirst()
  return row !== undefined
}

/** A coach away hands their conversations to a colleague for a period; a team lead can do it for them. */
export async function createHandover(tx: Tx, actor: StaffActor, fromUserId: string, input: HandoverInput): Promise<Handover> {
  if (fromUserId !== actor.userId && !actor.roles.some((role) => handoverForOthersRoles.includes(role)) && !(await leadsTeamOf(tx, actor.userId, fromUserId))) {
    throw forbidden('Only the coach themself, their team lead, a manager or an admin can hand over these conversations.')
  }
  const startsAt = input.startsAt === undefined ? new Date() : new Date(input.startsAt)
  const endsAt = new Date(input.endsAt)
  const errors: FieldError[] = []
  if (endsAt.getTime() <= Math.max(startsAt.getTime(), Date.now())) errors.push({ field: 'endsAt', message: 'The end must be after the start and in the future.' })
  if (endsAt.getTime() - startsAt.getTime() > maxDays * 24 * 3600_000) errors.push({ field: 'endsAt', message: `A hand-over lasts at most ${maxDays} days.` })
  if (input.toUserId === fromUserId) errors.push({ field: 'toUserId', message: 'Hand over to someone else.' })
  if (errors.length > 0) throw badRequest('invalid-handover', 'The hand-over cannot be saved as it is.', errors)
  const colleague = await tx
    .selectFrom('users as u')
    .innerJoin('user_roles as r', (join) => join.onRef('r.tenant_id', '=', 'u.tenant_id').onRef('r.user_id', '=', 'u.id'))
    .select('u.id')
    .where('u.id', '=', input.toUserId)
    .where('u.active', '=', true)
    .where('r.role', '=', 'coach')
    .executeTakeFirst()
  if (!colleague) throw badRequest('invalid-handover', 'The colleague must be an active coach.', [{ field: 'toUserId', message: 'Choose an active coach.' }])
  const from = await tx.selectFrom('users').select('id').where('id', '=', fromUserId).where('active', '=', true).executeTakeFirst()
  if (!from) throw notFound('No such active staff member.')
  const inserted = await tx
    .insertInto('chat_handovers')
    .values({ tenant_id: actor.tenantId, from_user_id: fromUserId, to_user_id: input.toUserId, starts_at: startsAt, ends_at: endsAt, note: input.note ?? null, created_by: actor.userId })
    .returning('id')
    .executeTakeFirstOrThrow()
  return toHandover(await selectHandovers(tx).where('h.id', '=', inserted.id).executeTakeFirstOrThrow())
}

/** Ends a hand-over early (the coach is back). */
export async function cancelHandover(tx: Tx, actor: StaffActor, handoverId: string): Promise<void> {
  const row = await tx.selectFrom('chat_handovers').select(['from_user_id', 'to_user_id']).where('id', '=', handoverId).where('cancelled_at', 'is', null).executeTakeFirst()
  if (!row) throw notFound('No such hand-over.')
  const allowed =
    row.from_user_id === actor.userId ||
    row.to_user_id === actor.userId ||
    actor.roles.some((role) => handoverForOthersRoles.includes(role)) ||
    (await leadsTeamOf(tx, actor.userId, row.from_user_id))
  if (!allowed) throw forbidden('This hand-over is not yours to end.')
  await tx.updateTable('chat_handovers').set({ cancelled_at: new Date() }).where('id', '=', handoverId).execute()
}
