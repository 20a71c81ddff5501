import { Type } from '@sinclair/typebox'
import { AppLanguage, AppLanguageList, AppLanguageParams, OrganisationAppLanguageParams, PublicAppLanguageList, PublicAppLanguageTexts, PutAppLanguage } from '../../../common/api/appLanguages.js'
import { OrganisationParams } from '../../../common/api/organisations.js'
import { appLanguageTemplate } from '../../../common/appLanguageTemplate.js'
import type { AppContext } from '../../appContext.js'
import { staffActor } from '../../http/guard.js'
import type { App } from '../../http/types.js'
import { deleteAppLanguage, listAppLanguages, publicAppLanguages, publicAppLanguageTexts, putAppLanguage } from './appLanguages.js'

const admin = { access: { kind: 'staff' as const, roles: ['admin' as const] } }
const publicAccess = { access: { kind: 'public' as const } }

/** Languages an organisation adds to the client app: managed by its admins, read by the app before sign-in. */
export function appLanguageRoutes(app: App, ctx: AppContext): void {
  const tags = ['App languages']

  app.get(
    '/api/v1/app-languages',
    { config: admin, schema: { tags, summary: 'The languages your organisation added to the client app, with how much is translated', response: { 200: AppLanguageList } } },
    async (request) => listAppLanguages(ctx, staffActor(request)),
  )

  app.get(
    '/api/v1/app-languages/template',
    {
      config: admin,
      schema: { tags, summary: "The client app's Dutch texts by key, as a JSON file to translate", response: { 200: Type.Record(Type.String(), Type.String()) } },
    },
    async (_request, reply) => reply.header('Content-Disposition', 'attachment; filename="koers-app-texts-nl.json"').send(appLanguageTemplate),
  )

  app.put(
    '/api/v1/app-languages/:code',
    {
      config: admin,
      bodyLimit: 400 * 1024,
      schema: {
        tags,
        summary: "Add a language to the client app, or replace its name, direction and texts (201 when added); keys left out show in Dutch",
        params: AppLanguageParams,
        body: PutAppLanguage,
        response: { 200: AppLanguage, 201: AppLanguage },
      },
    },
    async (request, reply) => {
      const { language, created } = await putAppLanguage(ctx, request.id, staffActor(request), request.params.code, request.body)
      return reply.code(created ? 201 : 200).send(language)
    },
  )

  app.delete(
    '/api/v1/app-languages/:code',
    { config: admin, schema: { tags, summary: 'Remove a language from the client app', params: AppLanguageParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await deleteAppLanguage(ctx, request.id, staffActor(request), request.params.code)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/api/v1/organisations/:slug/app-languages',
    { config: publicAccess, schema: { tags, summary: 'The languages an organisation added to its client app', params: OrganisationParams, response: { 200: PublicAppLanguageList } } },
    async (request) => ({ languages: await publicAppLanguages(ctx, request.params.slug) }),
  )

  app.get(
    '/api/v1/organisations/:slug/app-languages/:code/texts',
    {
      config: publicAccess,
      schema: { tags, summary: "An added language's texts for the client app; send If-None-Match to get 304 when unchanged", params: OrganisationAppLanguageParams, response: { 200: PublicAppLanguageTexts, 304: Type.Null({ description: 'Unchanged since the ETag sent' }) } },
    },
    async (request, reply) => {
      const { body, etag } = await publicAppLanguageTexts(ctx, request.params.slug, request.params.code)
      reply.header('ETag', etag).header('Cache-Control', 'public, no-cache')
      if (request.headers['if-none-match'] === etag) return reply.code(304).send(null)
      return reply.send(body)
    },
  )
}
