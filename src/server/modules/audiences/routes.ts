import { Type } from '@sinclair/typebox'
import {
  Audience,
  AudienceChange,
  AudienceList,
  AudienceOptions,
  AudienceParams,
  AudiencePreview,
  AudienceSaved,
  MemberPage,
  MembersQuery,
  NewAudience,
  PreviewRequest,
  StaticMemberParams,
  StaticMembersAddition,
} from '../../../common/api/audiences.js'
import type { AppContext } from '../../appContext.js'
import { staffActor } from '../../http/guard.js'
import type { App } from '../../http/types.js'
import { audienceRoles } from './audienceAccess.js'
import { previewAudience } from './previewAudience.js'
import { listAudiences, listMembers, readAudience, readAudienceOptions } from './readAudiences.js'
import { addToStaticAudience, changeAudience, createAudience, deleteAudience, removeFromStaticAudience } from './saveAudience.js'

const tags = ['Audiences']
const audienceUsers = { access: { kind: 'staff' as const, roles: audienceRoles } }
/** Static lists may carry tens of thousands of client numbers. */
const listBodyLimit = 2 * 1024 * 1024

export function audienceRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/audiences',
    { config: audienceUsers, schema: { tags, summary: 'The saved audiences, with their member counts (a coach: within their caseload and teams)', response: { 200: AudienceList } } },
    async (request) => ({ audiences: await listAudiences(ctx, staffActor(request)) }),
  )

  app.post(
    '/api/v1/audiences',
    {
      config: audienceUsers,
      bodyLimit: listBodyLimit,
      schema: {
        tags,
        summary: 'Save a dynamic audience (conditions) or a static one (picked clients, client numbers); its members are kept current from then on',
        body: NewAudience,
        response: { 201: AudienceSaved },
      },
    },
    async (request, reply) => reply.code(201).send(await createAudience(ctx, request.id, staffActor(request), request.body)),
  )

  app.post(
    '/api/v1/audience-previews',
    {
      config: audienceUsers,
      schema: {
        tags,
        summary: 'Count a definition being built and show up to 10 members (a coach: within their caseload and teams); nothing is saved',
        body: PreviewRequest,
        response: { 200: AudiencePreview },
      },
    },
    async (request) => previewAudience(ctx, request.id, staffActor(request), request.body),
  )

  app.get(
    '/api/v1/audience-options',
    { config: audienceUsers, schema: { tags, summary: 'Locations and employers in use now, to build conditions with', response: { 200: AudienceOptions } } },
    async (request) => readAudienceOptions(ctx, staffActor(request)),
  )

  app.get(
    '/api/v1/audiences/:audienceId',
    { config: audienceUsers, schema: { tags, summary: 'One audience with its definition', params: AudienceParams, response: { 200: Audience } } },
    async (request) => readAudience(ctx, staffActor(request), request.params.audienceId),
  )

  app.put(
    '/api/v1/audiences/:audienceId',
    {
      config: audienceUsers,
      schema: { tags, summary: 'Rename an audience or change its definition; audiences built on it follow', params: AudienceParams, body: AudienceChange, response: { 200: AudienceSaved } },
    },
    async (request) => changeAudience(ctx, request.id, staffActor(request), request.params.audienceId, request.body),
  )

  app.delete(
    '/api/v1/audiences/:audienceId',
    { config: audienceUsers, schema: { tags, summary: 'Delete an audience that no other audience is built on', params: AudienceParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await deleteAudience(ctx, request.id, staffActor(request), request.params.audienceId)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/api/v1/audiences/:audienceId/members',
    {
      config: audienceUsers,
      schema: { tags, summary: 'The current members by surname, 50 at a time (a coach: within their caseload and teams)', params: AudienceParams, querystring: MembersQuery, response: { 200: MemberPage } },
    },
    async (request) => listMembers(ctx, request.id, staffActor(request), request.params.audienceId, request.query.cursor),
  )

  app.post(
    '/api/v1/audiences/:audienceId/static-members',
    {
      config: audienceUsers,
      bodyLimit: listBodyLimit,
      schema: {
        tags,
        summary: 'Add picked clients or uploaded client numbers to a static audience; unknown numbers are reported back',
        params: AudienceParams,
        body: StaticMembersAddition,
        response: { 200: AudienceSaved },
      },
    },
    async (request) => addToStaticAudience(ctx, request.id, staffActor(request), request.params.audienceId, request.body),
  )

  app.delete(
    '/api/v1/audiences/:audienceId/static-members/:clientId',
    { config: audienceUsers, schema: { tags, summary: 'Take a client off a static audience', params: StaticMemberParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await removeFromStaticAudience(ctx, request.id, staffActor(request), request.params.audienceId, request.params.clientId)
      return reply.code(204).send(null)
    },
  )
}
