import type { LeaveDecision, LeaveRequest, NewLeaveRequest } from '../../../common/api/selfService.js'
import type { Tx } from '../../db/database.js'
import { badRequest, conflict, notFound } from '../../http/problem.js'
import { daysBetween, daysOfSchedules, recordLeaveDays, scheduledDays, schedulesBetween } from '../attendance/scheduledDays.js'
import { addClientEvent } from '../clients/timeline.js'
import { notifyAboutClient, type Told } from '../notifications/notifyAboutClient.js'
import { queueServiceMessage } from './serviceMessages.js'

/** Leave is asked for at most this many days at once. */
export const maxLeaveDays = 365
const listSize = 50

/** "2026-07-06" → "06-07-2026", as the messages show a date in either language. */
const dutchDate = (day: string) => day.split('-').reverse().join('-')

function checkPeriod(today: string, firstDay: string, lastDay: string): void {
  if (firstDay < today) throw badRequest('leave-in-past', 'Leave starts today or later.', [{ field: 'firstDay', message: 'lies in the past' }])
  if (lastDay < firstDay) throw badRequest('end-before-start', 'The last day lies before the first day.', [{ field: 'lastDay', message: 'lies before firstDay' }])
  if (daysBetween(firstDay, lastDay) + 1 > maxLeaveDays) {
    throw badRequest('leave-too-long', `Leave is asked for ${maxLeaveDays} days at most.`, [{ field: 'lastDay', message: `lies more than ${maxLeaveDays} days after firstDay` }])
  }
}

/** A client asks for leave: the coach (or the team) is told and sees it on the client page. */
export async function requestLeave(tx: Tx, tenantId: string, clientId: string, today: string, input: NewLeaveRequest): Promise<{ request: LeaveRequest; told: Told }> {
  const lastDay = input.lastDay ?? input.firstDay
  checkPeriod(today, input.firstDay, lastDay)
  const overlapping = await tx
    .selectFrom('leave_requests')
    .select('id')
    .where('client_id', '=', clientId)
    .where('status', 'in', ['requested', 'approved'])
    .where('first_day', '<=', lastDay)
    .where('last_day', '>=', input.firstDay)
    .executeTakeFirst()
  if (overlapping) throw conflict('leave-overlaps', 'You already asked for leave on one of these days.')
  const reason = input.reason?.trim() || null
  const row = await tx
    .insertInto('leave_requests')
    .values({ tenant_id: tenantId, client_id: clientId, first_day: input.firstDay, last_day: lastDay, reason })
    .returning('id')
    .executeTakeFirstOrThrow()
  const scheduled = (await scheduledDays(tx, clientId, input.firstDay, lastDay)).length
  const told = await notifyAboutClient(tx, tenantId, clientId, 'client.leave-requested', { leaveRequestId: row.id, firstDay: input.firstDay, lastDay, scheduledDays: scheduled })
  await addClientEvent(tx, tenantId, clientId, null, 'leave.requested', { byClient: true, leaveRequestId: row.id, firstDay: input.firstDay, lastDay, scheduledDays: scheduled })
  const [request] = await listLeaveRequests(tx, clientId, { id: row.id })
  return { request: request!, told }
}

/** The client's leave requests, newest period first; for staff with who decided. */
export async function listLeaveRequests(tx: Tx, clientId: string, options: { id?: string; forStaff?: boolean } = {}): Promise<LeaveRequest[]> {
  const rows = await tx
    .selectFrom('leave_requests as l')
    .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'l.tenant_id').onRef('u.id', '=', 'l.decided_by'))
    .select(['l.id', 'l.first_day', 'l.last_day', 'l.reason', 'l.status', 'l.requested_at', 'l.decided_at', 'l.decision_note', 'l.decided_by', 'u.display_name'])
    .where('l.client_id', '=', clientId)
    .$if(options.id !== undefined, (q) => q.where('l.id', '=', options.id!))
    .orderBy('l.first_day', 'desc')
    .orderBy('l.requested_at', 'desc')
    .limit(listSize)
    .execute()
  if (rows.length === 0) return []
  const from = rows.reduce((min, r) => (r.first_day < min ? r.first_day : min), rows[0]!.first_day)
  const to = rows.reduce((max, r) => (r.last_day > max ? r.last_day : max), rows[0]!.last_day)
  const schedules = await schedulesBetween(tx, clientId, from, to)
  return rows.map((r) => ({
    id: r.id,
    firstDay: r.first_day,
    lastDay: r.last_day,
    reason: r.reason,
    status: r.status,
    requestedAt: r.requested_at.toISOString(),
    decidedAt: r.decided_at?.toISOString() ?? null,
    decisionNote: r.decision_note,
    ...(options.forStaff ? { decidedBy: r.decided_by === null ? null : { id: r.decided_by, displayName: r.display_name ?? '' } } : {}),
    scheduledDays: daysOfSchedules(schedules, r.first_day, r.last_day).length,
  }))
}

/**
 * The coach approves or declines. Approval records leave on the scheduled days of the period.
 * Either way the client gets the decision in the app.
 */
export async function decideLeave(tx: Tx, tenantId: string, actor: { userId: string; displayName: string }, clientId: string, requestId: string, decision: LeaveDecision): Promise<LeaveRequest> {
  const request = await tx.selectFrom('leave_requests').select(['status', 'first_day', 'last_day']).where('id', '=', requestId).where('client_id', '=', clientId).executeTakeFirst()
  if (!request) throw notFound('No such leave request of this client.')
  if (request.status !== 'requested') throw conflict('already-decided', `This leave request was already ${request.status}.`)
  const note = decision.note?.trim() || null
  await tx.updateTable('leave_requests').set({ status: decision.decision, decided_by: actor.userId, decided_at: new Date(), decision_note: note }).where('id', '=', requestId).execute()
  const leaveDays = decision.decision === 'approved' ? await recordLeaveDays(tx, tenantId, actor.userId, clientId, request.first_day, request.last_day) : []
  await addClientEvent(tx, tenantId, clientId, actor.userId, 'leave.decided', { leaveRequestId: requestId, decision: decision.decision, firstDay: request.first_day, lastDay: request.last_day, leaveDays: leaveDays.length })
  await queueServiceMessage(tx, {
    tenantId,
    clientId,
    kind: decision.decision === 'approved' ? 'leaveApproved' : 'leaveDeclined',
    channel: 'app',
    variables: { first_day: dutchDate(request.first_day), last_day: dutchDate(request.last_day), decided_by: actor.displayName, note: note ?? '' },
    sentBy: actor.userId,
  })
  const [decided] = await listLeaveRequests(tx, clientId, { id: requestId, forStaff: true })
  return decided!
}
