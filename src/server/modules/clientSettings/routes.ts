import { Type, type TSchema } from '@sinclair/typebox'
import {
  ClientSettings,
  CodeParams,
  CompetenceConfig,
  InterventionTypeConfig,
  ProfileCriterionConfig,
  SegmentScaleConfig,
  StatusTypeConfig,
} from '../../../common/api/clients.js'
import type { AppContext } from '../../appContext.js'
import { staffActor } from '../../http/guard.js'
import type { App } from '../../http/types.js'
import { deleteSetting, readClientSettings, saveSetting, type SettingKind } from './settings.js'

const tags = ['Client settings']
const adminOnly = { access: { kind: 'staff' as const, roles: ['admin' as const] } }

const kinds: [SettingKind, string, TSchema][] = [
  ['status-types', 'a status type', Type.Omit(StatusTypeConfig, ['code'], { additionalProperties: false })],
  ['profile-criteria', 'a profile criterion', Type.Omit(ProfileCriterionConfig, ['code'], { additionalProperties: false })],
  ['segment-scales', 'a segmentation scale', Type.Omit(SegmentScaleConfig, ['code'], { additionalProperties: false })],
  ['competences', 'a competence of the development card', Type.Omit(CompetenceConfig, ['code'], { additionalProperties: false })],
  ['intervention-types', 'an intervention of the catalogue', Type.Omit(InterventionTypeConfig, ['code'], { additionalProperties: false })],
]

export function clientSettingsRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/client-settings',
    { config: { access: { kind: 'staff' } }, schema: { tags, summary: "The organisation's statuses, profile criteria, scales, competences and interventions", response: { 200: ClientSettings } } },
    async (request) => readClientSettings(ctx, staffActor(request)),
  )
  for (const [kind, what, body] of kinds) {
    app.put(
      `/api/v1/client-settings/${kind}/:code`,
      { config: adminOnly, schema: { tags, summary: `Create or change ${what}`, params: CodeParams, body, response: { 200: ClientSettings } } },
      async (request) => saveSetting(ctx, request.id, staffActor(request), kind, request.params.code, request.body as Record<string, unknown>),
    )
    app.delete(
      `/api/v1/client-settings/${kind}/:code`,
      { config: adminOnly, schema: { tags, summary: `Delete ${what} that no client record uses`, params: CodeParams, response: { 204: Type.Null() } } },
      async (request, reply) => {
        await deleteSetting(ctx, request.id, staffActor(request), kind, request.params.code)
        return reply.code(204).send(null)
      },
    )
  }
}
