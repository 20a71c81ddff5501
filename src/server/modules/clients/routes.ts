import { Type } from '@sinclair/typebox'
import {
  AccessRequest,
  ClientIdParams,
  ClientPage,
  ClientSearchQuery,
  ClientSearchResults,
  NewClient,
} from '../../../common/api/clients.js'
import { DateTime, Uuid } from '../../../common/api/shared.js'
import type { AppContext } from '../../appContext.js'
import { staffActor } from '../../http/guard.js'
import type { App } from '../../http/types.js'
import { createClientRecord, findClients, openWithReason, readClientPage } from './clientService.js'
import { renderPortfolio } from './portfolio.js'

const tags = ['Clients']
const staff = { access: { kind: 'staff' as const } }

export function clientRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/clients',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Find clients by name (typos allowed), client number, BSN, date of birth or postcode',
        querystring: ClientSearchQuery,
        response: { 200: ClientSearchResults },
      },
    },
    async (request) => ({ results: await findClients(ctx, request.id, staffActor(request), request.query.query, request.query.limit ?? 20) }),
  )

  app.post(
    '/api/v1/clients',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Register a client; a coach who names no coach takes the client into their caseload',
        body: NewClient,
        response: { 201: Type.Object({ id: Uuid, clientNumber: Type.String() }) },
      },
    },
    async (request, reply) => reply.code(201).send(await createClientRecord(ctx, request.id, staffActor(request), request.body)),
  )

  app.get(
    '/api/v1/clients/:clientId',
    {
      config: staff,
      schema: {
        tags,
        summary: 'The client page: details, statuses and their history, segmentation, diagnosis, development card, profile, interventions, plan, notes and timeline',
        params: ClientIdParams,
        response: { 200: ClientPage },
      },
    },
    async (request) => readClientPage(ctx, request.id, staffActor(request), request.params.clientId),
  )

  app.post(
    '/api/v1/clients/:clientId/access-grants',
    {
      config: staff,
      schema: {
        tags,
        summary: "Open a client outside your caseload and team with a reason (break the glass); the team lead is told",
        params: ClientIdParams,
        body: AccessRequest,
        response: { 201: Type.Object({ expiresAt: DateTime, teamLeadsTold: Type.Integer() }) },
      },
    },
    async (request, reply) => {
      const grant = await openWithReason(ctx, request.id, staffActor(request), request.params.clientId, request.body.reason)
      return reply.code(201).send({ expiresAt: grant.expiresAt.toISOString(), teamLeadsTold: grant.notified })
    },
  )

  app.get(
    '/api/v1/clients/:clientId/export',
    {
      config: staff,
      schema: { tags, summary: 'The whole client record as JSON, to download', params: ClientIdParams, response: { 200: ClientPage } },
    },
    async (request, reply) => {
      const page = await readClientPage(ctx, request.id, staffActor(request), request.params.clientId, 'client.export')
      void reply.header('Content-Disposition', `attachment; filename="client-${page.client.clientNumber}.json"`)
      return page
    },
  )

  app.get(
    '/api/v1/clients/:clientId/portfolio',
    {
      config: staff,
      schema: {
        tags,
        summary: 'A printable portfolio of the client (HTML; print or save it as PDF from the browser)',
        params: ClientIdParams,
        querystring: Type.Object({ lang: Type.Optional(Type.Union([Type.Literal('nl'), Type.Literal('en')])) }, { additionalProperties: false }),
        produces: ['text/html'],
      },
    },
    async (request, reply) => {
      const page = await readClientPage(ctx, request.id, staffActor(request), request.params.clientId, 'client.portfolio')
      return reply
        .type('text/html; charset=utf-8')
        .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
        .send(renderPortfolio(page, request.query.lang ?? 'nl'))
    },
  )
}
