import { Type } from '@sinclair/typebox'
import {
  Caseload,
  CaseloadQuery,
  CaseloadView,
  CaseloadViewList,
  NewCaseloadView,
  ReassignmentRequest,
  SignalCodeParams,
  SignalDefinitionList,
  SignalSettingChange,
  TeamOverview,
  ViewParams,
} from '../../../common/api/caseload.js'
import type { AppContext } from '../../appContext.js'
import { staffActor } from '../../http/guard.js'
import type { App } from '../../http/types.js'
import { changeSignalSetting, listSignalSettings, readCaseload, readTeamOverview, reassign } from './caseloadService.js'
import { deleteView, listViews, saveView } from './views.js'

const tags = ['Caseload']
const staff = { access: { kind: 'staff' as const } }

export function caseloadRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/caseload',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Clients ranked by need of attention, with their signals and counts per signal (your own caseload unless a coach, team or the unassigned are asked for)',
        querystring: CaseloadQuery,
        response: { 200: Caseload },
      },
    },
    async (request) => {
      const { rows, counts, total, signals } = await readCaseload(ctx, request.id, staffActor(request), request.query)
      return { total, counts, clients: rows, signals }
    },
  )

  app.get(
    '/api/v1/team-overview',
    { config: staff, schema: { tags, summary: 'Caseload sizes and signals per coach, unassigned clients and span of control', response: { 200: TeamOverview } } },
    async (request) => readTeamOverview(ctx, staffActor(request)),
  )

  app.post(
    '/api/v1/client-reassignments',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Move one or many clients to another coach (and team); all or none, 409 when someone moved one of them first',
        body: ReassignmentRequest,
        response: { 201: Type.Object({ moved: Type.Integer() }) },
      },
    },
    async (request, reply) => reply.code(201).send({ moved: await reassign(ctx, request.id, staffActor(request), request.body) }),
  )

  app.get(
    '/api/v1/signal-settings',
    { config: staff, schema: { tags, summary: 'The signals with their switch and threshold', response: { 200: SignalDefinitionList } } },
    async (request) => ({ signals: await listSignalSettings(ctx, staffActor(request)) }),
  )

  app.put(
    '/api/v1/signal-settings/:signalCode',
    {
      config: { access: { kind: 'staff', roles: ['admin'] } },
      schema: { tags, summary: "Switch a signal on or off, or tune its threshold; every client's signals follow at once", params: SignalCodeParams, body: SignalSettingChange, response: { 200: SignalDefinitionList } },
    },
    async (request) => ({ signals: await changeSignalSetting(ctx, request.id, staffActor(request), request.params.signalCode, request.body) }),
  )

  app.get(
    '/api/v1/caseload-views',
    { config: staff, schema: { tags, summary: 'Your saved caseload views', response: { 200: CaseloadViewList } } },
    async (request) => ({ views: await listViews(ctx, staffActor(request)) }),
  )

  app.post(
    '/api/v1/caseload-views',
    { config: staff, schema: { tags, summary: 'Save a combination of filters under a name', body: NewCaseloadView, response: { 201: CaseloadView } } },
    async (request, reply) => reply.code(201).send(await saveView(ctx, staffActor(request), request.body)),
  )

  app.delete(
    '/api/v1/caseload-views/:viewId',
    { config: staff, schema: { tags, summary: 'Delete a saved view', params: ViewParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await deleteView(ctx, staffActor(request), request.params.viewId)
      return reply.code(204).send(null)
    },
  )
}
