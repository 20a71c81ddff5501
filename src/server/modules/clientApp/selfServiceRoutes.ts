import { Type } from '@sinclair/typebox'
import { UserIdParams } from '../../../common/api/users.js'
import { LeaveRequestList, LeaveRequestReceived, LeaveRequestWithdrawn, MyCoach, MyLeaveRequestParams, MySchedule, NewLeaveRequest, Recovery, SickReport } from '../../../common/api/selfService.js'
import type { AppContext } from '../../appContext.js'
import { inTenant, type Tx } from '../../db/database.js'
import type { Trace } from '../../http/context.js'
import { clientActor } from '../../http/guard.js'
import { notFound } from '../../http/problem.js'
import type { App } from '../../http/types.js'
import { recordAudit } from '../audit/recordAudit.js'
import { clientActivity } from '../clients/clientService.js'
import { todayInAmsterdam } from '../clients/dutchFormats.js'
import { notificationRoutes } from '../notifications/routes.js'
import { contactCardRoutes, imageHeaders } from '../users/contactCardRoutes.js'
import { loadPhoto } from '../users/staffPhoto.js'
import { leaveRequestRoutes } from './leaveRequestRoutes.js'
import { listLeaveRequests, requestLeave, withdrawLeave } from './leaveRequests.js'
import { loadMyCoach, mayShowPhoto, myCoachId } from './myCoach.js'
import { loadMySchedule } from './mySchedule.js'
import { reportRecovered, reportSick } from './sickReport.js'

const tags = ['Client app']
const client = { access: { kind: 'client' as const } }

const clientTrace = (traceId: string, actor: { clientId: string }): Trace => ({ traceId, actorType: 'client', actorId: actor.clientId })
const ownData = (actor: { clientId: string }) => ({ type: 'client', id: actor.clientId })

/**
 * Self-service in the client app — "Mijn coach", "Waar moet ik zijn?", "Ziek melden" and
 * "Verlof aanvragen" — and what the staff need for it: the contact card clients see, the
 * notifications that tell the coach, and deciding on leave.
 */
export function selfServiceRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/me/coach', { config: client, schema: { tags, summary: 'My coach and how to reach them, and my team', response: { 200: MyCoach } } }, async (request) => {
    const actor = clientActor(request)
    return inTenant(ctx.db, actor, async (tx) => {
      const coach = await loadMyCoach(tx, actor.clientId)
      await recordAudit(tx, actor.tenantId, clientTrace(request.id, actor), { processingActivity: clientActivity, action: 'client-app.coach-read', dataSubject: ownData(actor) })
      return coach
    })
  })

  /** A photo the client may see (their coach's, their team leads'), or 404. */
  const photoFor = async (actor: { tenantId: string; clientId: string }, userId: (tx: Tx) => Promise<string | null>) => {
    const photo = await inTenant(ctx.db, actor, async (tx) => {
      const id = await userId(tx)
      return id !== null && (await mayShowPhoto(tx, actor.clientId, id)) ? loadPhoto(tx, id) : null
    })
    if (photo === null) throw notFound('There is no such photo.')
    return photo
  }
  const photoHeaders = { ...imageHeaders, 'Cache-Control': 'private, max-age=86400' }

  app.get('/api/v1/me/coach/photo', { config: client, schema: { tags, summary: 'My coach’s photo', produces: ['image/jpeg', 'image/png', 'image/webp'] } }, async (request, reply) => {
    const actor = clientActor(request)
    const photo = await photoFor(actor, (tx) => myCoachId(tx, actor.clientId))
    return reply.type(photo.mediaType).headers(photoHeaders).send(photo.data)
  })

  app.get(
    '/api/v1/me/contacts/:userId/photo',
    { config: client, schema: { tags, summary: 'The photo of my coach or of a lead of my team', params: UserIdParams, produces: ['image/jpeg', 'image/png', 'image/webp'] } },
    async (request, reply) => {
      const photo = await photoFor(clientActor(request), () => Promise.resolve(request.params.userId))
      return reply.type(photo.mediaType).headers(photoHeaders).send(photo.data)
    },
  )

  app.get(
    '/api/v1/me/schedule',
    { config: client, schema: { tags, summary: 'Where I am expected today and in the coming 14 days, with what to bring and wear, and my coming appointments', response: { 200: MySchedule } } },
    async (request) => {
      const actor = clientActor(request)
      return inTenant(ctx.db, actor, async (tx) => {
        const schedule = await loadMySchedule(tx, actor.clientId, todayInAmsterdam())
        await recordAudit(tx, actor.tenantId, clientTrace(request.id, actor), { processingActivity: clientActivity, action: 'client-app.schedule-read', dataSubject: ownData(actor) })
        return schedule
      })
    },
  )

  app.post(
    '/api/v1/me/sick-reports',
    {
      config: client,
      schema: {
        tags,
        summary: 'Report sick from today: the coach is told, a scheduled day today is registered as sick, and the app confirms it',
        description: 'Sending it again while the report is open changes nothing (200).',
        response: { 201: SickReport, 200: SickReport },
      },
    },
    async (request, reply) => {
      const actor = clientActor(request)
      const report = await inTenant(ctx.db, actor, async (tx) => {
        const made = await reportSick(tx, actor.tenantId, actor.clientId, todayInAmsterdam())
        await recordAudit(tx, actor.tenantId, clientTrace(request.id, actor), {
          processingActivity: clientActivity,
          action: 'client-app.sick-report',
          dataSubject: ownData(actor),
          attributes: { sickReportId: made.id, alreadyReported: made.alreadyReported, scheduledToday: made.scheduledToday },
        })
        return made
      })
      if (!report.alreadyReported) ctx.wakeDelivery?.()
      return reply.code(report.alreadyReported ? 200 : 201).send(report)
    },
  )

  app.post(
    '/api/v1/me/sick-reports/recovered',
    { config: client, schema: { tags, summary: 'Report better again: the open sick report ends today and the coach is told', response: { 200: Recovery } } },
    async (request) => {
      const actor = clientActor(request)
      return inTenant(ctx.db, actor, async (tx) => {
        const recovery = await reportRecovered(tx, actor.tenantId, actor.clientId, todayInAmsterdam())
        await recordAudit(tx, actor.tenantId, clientTrace(request.id, actor), { processingActivity: clientActivity, action: 'client-app.recovered', dataSubject: ownData(actor), attributes: { wasSick: recovery.wasSick } })
        return recovery
      })
    },
  )

  app.get('/api/v1/me/leave-requests', { config: client, schema: { tags, summary: 'The leave I asked for, and the decisions', response: { 200: LeaveRequestList } } }, async (request) => {
    const actor = clientActor(request)
    return inTenant(ctx.db, actor, async (tx) => {
      const leaveRequests = await listLeaveRequests(tx, actor.clientId)
      await recordAudit(tx, actor.tenantId, clientTrace(request.id, actor), { processingActivity: clientActivity, action: 'client-app.leave-requests-read', dataSubject: ownData(actor) })
      return { leaveRequests }
    })
  })

  app.post(
    '/api/v1/me/leave-requests',
    {
      config: client,
      schema: {
        tags,
        summary: 'Ask for leave for a day or a period (at most 365 days, from today); the coach approves or declines',
        body: NewLeaveRequest,
        response: { 201: LeaveRequestReceived, 409: Type.Object({}, { description: 'Leave was already asked for on one of these days' }) },
      },
    },
    async (request, reply) => {
      const actor = clientActor(request)
      const received = await inTenant(ctx.db, actor, async (tx) => {
        const made = await requestLeave(tx, actor.tenantId, actor.clientId, todayInAmsterdam(), request.body)
        await recordAudit(tx, actor.tenantId, clientTrace(request.id, actor), { processingActivity: clientActivity, action: 'client-app.leave-request', dataSubject: ownData(actor), attributes: { leaveRequestId: made.request.id } })
        return made
      })
      return reply.code(201).send({ leaveRequest: received.request, told: received.told })
    },
  )

  app.post(
    '/api/v1/me/leave-requests/:leaveRequestId/withdrawal',
    {
      config: client,
      schema: {
        tags,
        summary: 'Withdraw leave I asked for: while it waits for a decision, or approved while it has not begun (its leave days leave the register); the coach is told',
        description: 'Withdrawing it again changes nothing and answers the same (200).',
        params: MyLeaveRequestParams,
        response: {
          200: LeaveRequestWithdrawn,
          409: Type.Object({}, { description: 'The request was declined (leave-declined), or the leave has begun or is over (leave-started)' }),
        },
      },
    },
    async (request) => {
      const actor = clientActor(request)
      const { leaveRequestId } = request.params
      const withdrawn = await inTenant(ctx.db, actor, async (tx) => {
        const made = await withdrawLeave(tx, actor.tenantId, actor.clientId, todayInAmsterdam(), leaveRequestId)
        await recordAudit(tx, actor.tenantId, clientTrace(request.id, actor), {
          processingActivity: clientActivity,
          action: 'client-app.leave-withdrawal',
          dataSubject: ownData(actor),
          attributes: { leaveRequestId, alreadyWithdrawn: made.alreadyWithdrawn },
        })
        return made
      })
      return { leaveRequest: withdrawn.request, told: withdrawn.told }
    },
  )

  leaveRequestRoutes(app, ctx)
  contactCardRoutes(app, ctx)
  notificationRoutes(app, ctx)
}
