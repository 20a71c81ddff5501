import { Type, type Static } from '@sinclair/typebox'
import { Slug } from './shared.js'

/** The client app's own languages; an organisation adds others next to these. */
export const builtInAppLanguages = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const

/** Limits on what an organisation uploads: per text, and for all texts of a language together (as JSON, in UTF-8). */
export const appLanguageLimits = { textLength: 2000, totalBytes: 300 * 1000 } as const

export const AppLanguageCode = Type.String({ pattern: '^[a-z]{2,3}$', description: 'A BCP 47 primary language subtag, e.g. ti (Tigrinya), so (Somali), prs (Dari)' })
export const AppLanguageDirection = Type.Union([Type.Literal('ltr'), Type.Literal('rtl')])

export const AppLanguageParams = Type.Object({ code: AppLanguageCode })
export const OrganisationAppLanguageParams = Type.Object({ slug: Slug, code: AppLanguageCode })

export const AppLanguageTexts = Type.Record(Type.String({ maxLength: 200 }), Type.String({ minLength: 1, maxLength: appLanguageLimits.textLength }), {
  description: "Translations by the Dutch template's dotted keys; a key left out shows in Dutch",
})
export type AppLanguageTexts = Static<typeof AppLanguageTexts>

export const PutAppLanguage = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 60, description: "The language's own name, as the client app's language switch shows it" }),
    direction: AppLanguageDirection,
    texts: AppLanguageTexts,
  },
  { additionalProperties: false },
)
export type PutAppLanguage = Static<typeof PutAppLanguage>

export const AppLanguage = Type.Object({
  code: AppLanguageCode,
  name: Type.String(),
  direction: AppLanguageDirection,
  /** Texts of the template with a translation (a plural counts once). */
  translated: Type.Integer(),
  /** Texts of the template without one: they show in Dutch. */
  missing: Type.Integer(),
  updatedAt: Type.String({ format: 'date-time' }),
})
export type AppLanguage = Static<typeof AppLanguage>

export const AppLanguageList = Type.Object({ languages: Type.Array(AppLanguage), templateSize: Type.Integer() })
export type AppLanguageList = Static<typeof AppLanguageList>

export const PublicAppLanguage = Type.Object({ code: AppLanguageCode, name: Type.String(), direction: AppLanguageDirection })
export type PublicAppLanguage = Static<typeof PublicAppLanguage>
export const PublicAppLanguageList = Type.Object({ languages: Type.Array(PublicAppLanguage) })
export type PublicAppLanguageList = Static<typeof PublicAppLanguageList>

export const PublicAppLanguageTexts = Type.Object({ code: AppLanguageCode, direction: AppLanguageDirection, texts: AppLanguageTexts })
export type PublicAppLanguageTexts = Static<typeof PublicAppLanguageTexts>
