import { Type, type Static } from '@sinclair/typebox'
import { HexColor, Slug } from './shared.js'

export const OrganisationList = Type.Object({
  organisations: Type.Array(Type.Object({ slug: Slug, name: Type.String() })),
})

export const HouseStyle = Type.Object({
  organisationName: Type.String(),
  primaryColor: HexColor,
  accentColor: HexColor,
  logoUrl: Type.Union([Type.String(), Type.Null()]),
})
export type HouseStyle = Static<typeof HouseStyle>

export const UpdateHouseStyle = Type.Object(
  {
    organisationName: Type.String({ minLength: 1, maxLength: 120 }),
    primaryColor: HexColor,
    accentColor: HexColor,
    logo: Type.Optional(
      Type.Union([
        Type.String({
          pattern: '^data:image/(png|jpeg|webp|svg\\+xml);base64,[A-Za-z0-9+/=]+$',
          maxLength: 280_000,
          description: 'A data URL of a PNG, JPEG, WebP or SVG image of at most 200 kB; null removes the logo',
        }),
        Type.Null(),
      ]),
    ),
  },
  { additionalProperties: false },
)
export type UpdateHouseStyle = Static<typeof UpdateHouseStyle>

export const OrganisationParams = Type.Object({ slug: Slug })
