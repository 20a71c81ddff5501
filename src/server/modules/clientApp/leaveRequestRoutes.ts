import { ClientIdParams } from '../../../common/api/clients.js'
import { LeaveDecision, LeaveRequest, LeaveRequestList, LeaveRequestParams } from '../../../common/api/selfService.js'
import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import { userTrace } from '../../http/context.js'
import { staffActor } from '../../http/guard.js'
import type { App } from '../../http/types.js'
import { recordAudit } from '../audit/recordAudit.js'
import { requireClientAccess } from '../clients/access.js'
import { changeClient, clientActivity } from '../clients/clientService.js'
import { decideLeave, listLeaveRequests } from './leaveRequests.js'

const tags = ['Attendance']
const staff = { access: { kind: 'staff' as const } }

/** For the coach: the client's leave requests, and approving or declining one. */
export function leaveRequestRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/clients/:clientId/leave-requests',
    { config: staff, schema: { tags, summary: 'The leave the client asked for in the app, with the decisions', params: ClientIdParams, response: { 200: LeaveRequestList } } },
    async (request) => {
      const actor = staffActor(request)
      const { clientId } = request.params
      return inTenant(ctx.db, actor, async (tx) => {
        await requireClientAccess(tx, actor, clientId)
        const leaveRequests = await listLeaveRequests(tx, clientId, { forStaff: true })
        await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: clientActivity, action: 'client.leave-requests-read', dataSubject: { type: 'client', id: clientId } })
        return { leaveRequests }
      })
    },
  )

  app.post(
    '/api/v1/clients/:clientId/leave-requests/:leaveRequestId/decision',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Approve or decline a leave request; approval records leave on the scheduled days, and the client gets the decision in the app',
        params: LeaveRequestParams,
        body: LeaveDecision,
        response: { 200: LeaveRequest },
      },
    },
    async (request) => {
      const actor = staffActor(request)
      const { clientId, leaveRequestId } = request.params
      const decided = await changeClient(
        ctx,
        request.id,
        actor,
        clientId,
        'client.leave-decision',
        async (tx) => {
          const me = await tx.selectFrom('users').select('display_name').where('id', '=', actor.userId).executeTakeFirstOrThrow()
          return decideLeave(tx, actor.tenantId, { userId: actor.userId, displayName: me.display_name }, clientId, leaveRequestId, request.body)
        },
        { leaveRequestId, decision: request.body.decision },
      )
      ctx.wakeDelivery?.()
      return decided
    },
  )
}
