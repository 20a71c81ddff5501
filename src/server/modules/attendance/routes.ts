import { Type } from '@sinclair/typebox'
import { NewSchedule, Register, RegisterEntry, RegisterEntryParams, RegisterQuery, ScheduleChange, ScheduleParams } from '../../../common/api/attendance.js'
import { ClientIdParams } from '../../../common/api/clients.js'
import { Uuid } from '../../../common/api/shared.js'
import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import { userTrace } from '../../http/context.js'
import { staffActor } from '../../http/guard.js'
import type { App } from '../../http/types.js'
import { recordAudit } from '../audit/recordAudit.js'
import { changeClient } from '../clients/clientService.js'
import { recordAttendance, registerForDay } from './register.js'
import { addSchedule, changeScheduleDetails, endSchedule } from './schedules.js'

const tags = ['Attendance']
const staff = { access: { kind: 'staff' as const } }

export function attendanceRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/clients/:clientId/attendance-schedules',
    { config: staff, schema: { tags, summary: 'Schedule the days a client is expected at a work-learning centre or an employer', params: ClientIdParams, body: NewSchedule, response: { 201: Type.Object({ id: Uuid }) } } },
    async (request, reply) => {
      const actor = staffActor(request)
      const { clientId } = request.params
      const id = await changeClient(ctx, request.id, actor, clientId, 'client.attendance-schedule', (tx) => addSchedule(tx, actor.tenantId, actor.userId, clientId, request.body))
      return reply.code(201).send({ id })
    },
  )

  app.patch(
    '/api/v1/clients/:clientId/attendance-schedules/:scheduleId',
    {
      config: staff,
      schema: { tags, summary: 'End a schedule on its last day, or change what the client needs to know about it (address, activity, what to bring and wear)', params: ScheduleParams, body: ScheduleChange, response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      const actor = staffActor(request)
      const { clientId, scheduleId } = request.params
      const { validTo, ...details } = request.body
      const action = validTo === undefined ? 'client.attendance-schedule-change' : 'client.attendance-schedule-end'
      await changeClient(ctx, request.id, actor, clientId, action, async (tx) => {
        if (Object.keys(details).length > 0) await changeScheduleDetails(tx, actor.tenantId, actor.userId, clientId, scheduleId, details)
        if (validTo !== undefined) await endSchedule(tx, actor.tenantId, actor.userId, clientId, scheduleId, validTo)
      })
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/api/v1/attendance-register',
    { config: staff, schema: { tags, summary: 'Who is expected on a day (optionally at one location), with what was recorded', querystring: RegisterQuery, response: { 200: Register } } },
    async (request) => {
      const actor = staffActor(request)
      return inTenant(ctx.db, actor, async (tx) => {
        const rows = await registerForDay(tx, actor, request.query.day, request.query.location)
        await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), {
          processingActivity: 'attendance',
          action: 'attendance.register-read',
          attributes: { day: request.query.day, clients: rows.length },
        })
        return { day: request.query.day, rows }
      })
    },
  )

  app.put(
    '/api/v1/attendance-register/:day/:clientId',
    {
      config: staff,
      schema: { tags, summary: 'Record present, sick, leave or absent (with or without notice) for a scheduled day; a correction keeps the earlier entry', params: RegisterEntryParams, body: RegisterEntry, response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      const actor = staffActor(request)
      const { clientId, day } = request.params
      await changeClient(ctx, request.id, actor, clientId, 'client.attendance-record', (tx) => recordAttendance(tx, actor.tenantId, actor.userId, clientId, day, request.body), { day, status: request.body.status })
      return reply.code(204).send(null)
    },
  )
}
