import { AuditPage, AuditQuery } from '../../../common/api/audit.js'
import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import { userTrace } from '../../http/context.js'
import { staffActor } from '../../http/guard.js'
import type { App } from '../../http/types.js'
import { recordAudit } from './recordAudit.js'
import { searchAudit } from './searchAudit.js'

export function auditRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/audit-events',
    {
      config: { access: { kind: 'staff', roles: ['admin'] } },
      schema: {
        tags: ['Audit log'],
        summary: 'Search the audit log by user, data subject, action and time, newest first',
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    async (request) => {
      const actor = staffActor(request)
      return inTenant(ctx.db, actor, async (tx) => {
        const page = await searchAudit(tx, request.query)
        // Reading the log is itself a processing of personal data.
        await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), {
          processingActivity: 'audit-log-review',
          action: 'audit-log.search',
          attributes: { filters: Object.keys(request.query), results: page.events.length },
        })
        return page
      })
    },
  )
}
