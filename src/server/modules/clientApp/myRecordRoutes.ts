import { Type } from '@sinclair/typebox'
import {
  AdditionParams,
  AdditionRejection,
  ClientAddition,
  ClientAdditions,
  MyRecord,
  NewAddition,
  RecordDownload,
  RecordDownloadQuery,
  RecordViews,
  RecordViewsQuery,
} from '../../../common/api/myRecord.js'
import { ClientIdParams } from '../../../common/api/clients.js'
import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import { userTrace, type Trace } from '../../http/context.js'
import { clientActor, staffActor } from '../../http/guard.js'
import type { App } from '../../http/types.js'
import { recordAudit } from '../audit/recordAudit.js'
import { requireClientAccess } from '../clients/access.js'
import { changeClient, clientActivity } from '../clients/clientService.js'
import { loadMyRecord } from './myRecord.js'
import { acceptCorrection, addToMyRecord, listAdditions, rejectCorrection } from './myRecordAdditions.js'
import { renderMyRecord } from './myRecordHtml.js'
import { loadRecordVisits } from './myRecordViews.js'

const tags = ['Client app']
const client = { access: { kind: 'client' as const } }
const staff = { access: { kind: 'staff' as const } }

const clientTrace = (traceId: string, actor: { clientId: string }): Trace => ({ traceId, actorType: 'client', actorId: actor.clientId })
const subject = (clientId: string) => ({ type: 'client', id: clientId })

/** "Mijn gegevens": the client's right of access and to rectification, in the app; and the coach's side of the additions. */
export function myRecordRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/me/record', { config: client, schema: { tags, summary: 'Everything Koers keeps about me, for plain-words display', response: { 200: MyRecord } } }, async (request) => {
    const actor = clientActor(request)
    return inTenant(ctx.db, actor, async (tx) => {
      const record = await loadMyRecord(tx, ctx.secretBox, actor.clientId)
      await recordAudit(tx, actor.tenantId, clientTrace(request.id, actor), { processingActivity: clientActivity, action: 'client-app.record-read', dataSubject: subject(actor.clientId) })
      return record
    })
  })

  app.get(
    '/api/v1/me/record/views',
    {
      config: client,
      schema: {
        tags,
        summary: 'Who at the organisation looked at or changed my record, and when (newest first, in pages)',
        description: 'From the audit log: staff members only, each one’s events less than half an hour apart taken together as one visit.',
        querystring: RecordViewsQuery,
        response: { 200: RecordViews },
      },
    },
    async (request) => {
      const actor = clientActor(request)
      return inTenant(ctx.db, actor, async (tx) => {
        const page = await loadRecordVisits(tx, actor.clientId, { before: request.query.before, limit: request.query.limit ?? 20 })
        await recordAudit(tx, actor.tenantId, clientTrace(request.id, actor), { processingActivity: clientActivity, action: 'client-app.record-views-read', dataSubject: subject(actor.clientId) })
        return page
      })
    },
  )

  app.get(
    '/api/v1/me/record/download',
    {
      config: client,
      schema: {
        tags,
        summary: 'All of my record as a file: JSON, or a readable page to print (HTML)',
        querystring: RecordDownloadQuery,
        produces: ['application/json', 'text/html'],
        response: {
          200: {
            description: 'The record, every message and register day, and who looked at it',
            content: { 'application/json': { schema: RecordDownload }, 'text/html': { schema: Type.String() } },
          },
        },
      },
    },
    async (request, reply) => {
      const actor = clientActor(request)
      const { format } = request.query
      const file = await inTenant(ctx.db, actor, async (tx) => {
        const record = await loadMyRecord(tx, ctx.secretBox, actor.clientId, 'everything')
        const { visits } = await loadRecordVisits(tx, actor.clientId, { limit: null })
        const organisation = await tx.selectFrom('tenants').select('name').where('id', '=', actor.tenantId).executeTakeFirstOrThrow()
        await recordAudit(tx, actor.tenantId, clientTrace(request.id, actor), { processingActivity: clientActivity, action: 'client-app.record-download', dataSubject: subject(actor.clientId), attributes: { format } })
        return { record, visits, organisation: organisation.name }
      })
      const name = `mijn-gegevens-${file.record.generatedAt.slice(0, 10)}`
      if (format === 'json') {
        return reply.type('application/json; charset=utf-8').header('Content-Disposition', `attachment; filename="${name}.json"`).send({ ...file.record, visits: file.visits })
      }
      const own = file.record.aboutMe.preferredLanguage
      const lang = request.query.lang ?? (own === 'en' ? 'en' : 'nl')
      return reply
        .type('text/html; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${name}.html"`)
        .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
        .send(renderMyRecord(file.record, file.visits, lang, file.organisation))
    },
  )

  app.get('/api/v1/me/record/additions', { config: client, schema: { tags, summary: 'What I added to or corrected in my record, and what my coach did with it', response: { 200: ClientAdditions } } }, async (request) => {
    const actor = clientActor(request)
    return inTenant(ctx.db, actor, async (tx) => {
      const additions = await listAdditions(tx, actor.clientId)
      await recordAudit(tx, actor.tenantId, clientTrace(request.id, actor), { processingActivity: clientActivity, action: 'client-app.record-additions-read', dataSubject: subject(actor.clientId) })
      return { additions }
    })
  })

  app.post(
    '/api/v1/me/record/additions',
    {
      config: client,
      schema: {
        tags,
        summary: 'Add something to my record, or correct my phone, email or address',
        description: 'Text alone is an addition, kept as written and shown to the coach as mine. Contact details are a correction the coach accepts (then the record changes) or rejects.',
        body: NewAddition,
        response: { 201: ClientAddition },
      },
    },
    async (request, reply) => {
      const actor = clientActor(request)
      const addition = await inTenant(ctx.db, actor, async (tx) => {
        const added = await addToMyRecord(tx, actor.tenantId, actor.clientId, request.body)
        await recordAudit(tx, actor.tenantId, clientTrace(request.id, actor), {
          processingActivity: clientActivity,
          action: 'client-app.record-addition',
          dataSubject: subject(actor.clientId),
          attributes: { additionId: added.id, kind: added.kind, fields: Object.keys(added.contact ?? {}) },
        })
        return added
      })
      return reply.code(201).send(addition)
    },
  )

  // For the coach --------------------------------------------------------------------------

  app.get(
    '/api/v1/clients/:clientId/additions',
    { config: staff, schema: { tags, summary: 'What the client added to or corrected in their record from the app, newest first', params: ClientIdParams, response: { 200: ClientAdditions } } },
    async (request) => {
      const actor = staffActor(request)
      const { clientId } = request.params
      return inTenant(ctx.db, actor, async (tx) => {
        await requireClientAccess(tx, actor, clientId)
        const additions = await listAdditions(tx, clientId)
        await recordAudit(tx, actor.tenantId, userTrace(request.id, actor), { processingActivity: clientActivity, action: 'client.additions-read', dataSubject: subject(clientId) })
        return { additions }
      })
    },
  )

  app.post(
    '/api/v1/clients/:clientId/additions/:additionId/accept',
    { config: staff, schema: { tags, summary: 'Accept a correction the client proposed: their details change in the record', params: AdditionParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      const actor = staffActor(request)
      const { clientId, additionId } = request.params
      await changeClient(ctx, request.id, actor, clientId, 'client.addition-accept', (tx) => acceptCorrection(tx, actor.tenantId, actor.userId, clientId, additionId), { additionId })
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/api/v1/clients/:clientId/additions/:additionId/reject',
    { config: staff, schema: { tags, summary: 'Reject a correction the client proposed, optionally saying why (the client sees it)', params: AdditionParams, body: AdditionRejection, response: { 204: Type.Null() } } },
    async (request, reply) => {
      const actor = staffActor(request)
      const { clientId, additionId } = request.params
      await changeClient(ctx, request.id, actor, clientId, 'client.addition-reject', (tx) => rejectCorrection(tx, actor.tenantId, actor.userId, clientId, additionId, request.body.note), { additionId })
      return reply.code(204).send(null)
    },
  )
}
