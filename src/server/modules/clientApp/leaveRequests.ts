import type { LeaveDecision, LeaveRequest, NewLeaveRequest } from '../../../common/api/selfService.js'
import type { Tx } from '../../db/database.js'
import type { LeaveRequestStatus } from '../../db/selfServiceSchema.js'
import { badRequest, conflict, notFound } from '../../http/problem.js'
import { daysBetween, daysOfSchedules, recordLeaveDays, scheduledDays, schedulesBetween, withdrawLeaveDays } from '../attendance/scheduledDays.js'
import { todayInAmsterdam } from '../clients/dutchFormats.js'
import { addClientEvent } from '../clients/timeline.js'
import { notifyAboutClient, whoAnswersFor, type Told } from '../notifications/notifyAboutClient.js'
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
  const [request] = await listLeaveRequests(tx, clientId, { id: row.id, today })
  return { request: request!, told }
}

/** A client may withdraw a request while it waits for the coach, or once approved while the leave is still to begin. */
const mayWithdraw = (status: LeaveRequestStatus, firstDay: string, today: string) => status === 'requested' || (status === 'approved' && firstDay > today)

/** The client's leave requests, newest period first; for staff with who decided. */
export async function listLeaveRequests(tx: Tx, clientId: string, options: { id?: string; forStaff?: boolean; today?: string } = {}): Promise<LeaveRequest[]> {
  const today = options.today ?? todayInAmsterdam()
  const rows = await tx
    .selectFrom('leave_requests as l')
    .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'l.tenant_id').onRef('u.id', '=', 'l.decided_by'))
    .select(['l.id', 'l.first_day', 'l.last_day', 'l.reason', 'l.status', 'l.requested_at', 'l.decided_at', 'l.decision_note', 'l.withdrawn_at', 'l.decided_by', 'u.display_name'])
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
    withdrawnAt: r.withdrawn_at?.toISOString() ?? null,
    ...(options.forStaff ? { decidedBy: r.decided_by === null ? null : { id: r.decided_by, displayName: r.display_name ?? '' } } : {}),
    scheduledDays: daysOfSchedules(schedules, r.first_day, r.last_day).length,
    mayWithdraw: mayWithdraw(r.status, r.first_day, today),
  }))
}

/**
 * The coach approves or declines. Approval records leave on the scheduled days of the period.
 * Either way the client gets the decision in the app.
 */
export async function decideLeave(tx: Tx, tenantId: string, actor: { userId: string; displayName: string }, clientId: string, requestId: string, decision: LeaveDecision): Promise<LeaveRequest> {
  // Locked, so that a decision and the client withdrawing the request at the same moment do not both go through.
  const request = await tx.selectFrom('leave_requests').select(['status', 'first_day', 'last_day']).where('id', '=', requestId).where('client_id', '=', clientId).forUpdate().executeTakeFirst()
  if (!request) throw notFound('No such leave request of this client.')
  if (request.status === 'withdrawn') throw conflict('leave-withdrawn', 'The client withdrew this leave request.')
  if (request.status !== 'requested') throw conflict('already-decided', `This leave request was already ${request.status}.`)
  const note = decision.note?.trim() || null
  await tx.updateTable('leave_requests').set({ status: decision.decision, decided_by: actor.userId, decided_at: new Date(), decision_note: note }).where('id', '=', requestId).execute()
  const leaveDays = decision.decision === 'approved' ? await recordLeaveDays(tx, tenantId, actor.userId, clientId, requestId, request.first_day, request.last_day) : []
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

/**
 * The client withdraws a request: while it waits for the coach, or once approved while its first
 * day is still to come — then the leave days the approval recorded are taken back from the
 * register. The coach (or the team) is told and the timeline says so. Withdrawing a withdrawn
 * request again changes nothing and answers the same.
 */
export async function withdrawLeave(tx: Tx, tenantId: string, clientId: string, today: string, requestId: string): Promise<{ request: LeaveRequest; told: Told; alreadyWithdrawn: boolean }> {
  const request = await tx.selectFrom('leave_requests').select(['status', 'first_day', 'last_day']).where('id', '=', requestId).where('client_id', '=', clientId).forUpdate().executeTakeFirst()
  if (!request) throw notFound('You have no such leave request.')
  if (request.status === 'withdrawn') {
    const [withdrawn] = await listLeaveRequests(tx, clientId, { id: requestId, today })
    return { request: withdrawn!, told: (await whoAnswersFor(tx, tenantId, clientId)).told, alreadyWithdrawn: true }
  }
  if (!mayWithdraw(request.status, request.first_day, today)) {
    throw request.status === 'declined'
      ? conflict('leave-declined', 'This leave request was declined: there is nothing to withdraw.')
      : conflict('leave-started', 'This leave has begun or is over: it can no longer be withdrawn. Ask your coach.')
  }
  await tx.updateTable('leave_requests').set({ status: 'withdrawn', withdrawn_at: new Date() }).where('id', '=', requestId).execute()
  const wasApproved = request.status === 'approved'
  const leaveDays = wasApproved ? await withdrawLeaveDays(tx, clientId, requestId, today) : []
  const details = { leaveRequestId: requestId, firstDay: request.first_day, lastDay: request.last_day, wasApproved, leaveDaysWithdrawn: leaveDays.length }
  const told = await notifyAboutClient(tx, tenantId, clientId, 'client.leave-withdrawn', details)
  await addClientEvent(tx, tenantId, clientId, null, 'leave.withdrawn', { byClient: true, ...details })
  const [withdrawn] = await listLeaveRequests(tx, clientId, { id: requestId, today })
  return { request: withdrawn!, told, alreadyWithdrawn: false }
}
