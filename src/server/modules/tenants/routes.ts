import { HouseStyle, OrganisationList, OrganisationParams, UpdateHouseStyle } from '../../../common/api/organisations.js'
import type { AppContext } from '../../appContext.js'
import { staffActor } from '../../http/guard.js'
import type { App } from '../../http/types.js'
import { houseStyleBySlug, houseStyleOf, listOrganisations, logoBySlug, updateHouseStyle } from './houseStyle.js'

export function tenantRoutes(app: App, ctx: AppContext): void {
  const tags = ['Organisations']
  app.get(
    '/api/v1/organisations',
    {
      config: { access: { kind: 'public' } },
      schema: { tags, summary: 'The organisations on this installation, to choose one at sign-in', response: { 200: OrganisationList } },
    },
    async () => ({ organisations: await listOrganisations(ctx) }),
  )

  app.get(
    '/api/v1/organisations/:slug/house-style',
    {
      config: { access: { kind: 'public' } },
      schema: { tags, summary: "An organisation's house style: name, colours, logo", params: OrganisationParams, response: { 200: HouseStyle } },
    },
    async (request) => houseStyleBySlug(ctx, request.params.slug),
  )

  app.get(
    '/api/v1/organisations/:slug/logo',
    {
      config: { access: { kind: 'public' } },
      schema: { tags, summary: "An organisation's logo image", params: OrganisationParams, produces: ['image/*'] },
    },
    async (request, reply) => {
      const logo = await logoBySlug(ctx, request.params.slug)
      return reply
        .type(logo.mediaType)
        .header('Cache-Control', 'public, max-age=86400')
        .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
        .send(logo.data)
    },
  )

  app.get(
    '/api/v1/house-style',
    { config: { access: { kind: 'staff' } }, schema: { tags, summary: 'The house style of your organisation', response: { 200: HouseStyle } } },
    async (request) => houseStyleOf(ctx, staffActor(request).tenantId),
  )

  app.put(
    '/api/v1/house-style',
    {
      config: { access: { kind: 'staff', roles: ['admin'] } },
      bodyLimit: 512 * 1024,
      schema: { tags, summary: 'Set the house style; the staff and client apps take it on at once', body: UpdateHouseStyle, response: { 200: HouseStyle } },
    },
    async (request) => updateHouseStyle(ctx, request.id, staffActor(request), request.body),
  )
}
