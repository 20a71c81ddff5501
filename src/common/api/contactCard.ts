import { Type, type Static } from '@sinclair/typebox'
import { DateTime, Uuid } from './shared.js'

/** A staff member's contact card: what a client sees of their coach in the app. */
export const ContactCard = Type.Object({
  userId: Uuid,
  displayName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String({ description: 'E.164, e.g. +31201234567' }), Type.Null()]),
  availability: Type.Union([Type.String(), Type.Null()]),
  photoUrl: Type.Union([Type.String(), Type.Null()]),
  photoUpdatedAt: Type.Union([DateTime, Type.Null()]),
})
export type ContactCard = Static<typeof ContactCard>

export const ContactCardChange = Type.Object(
  {
    phone: Type.Union([Type.String({ minLength: 1, maxLength: 30, description: 'A Dutch or international number; stored as E.164' }), Type.Null()]),
    availability: Type.Union([Type.String({ minLength: 1, maxLength: 300, description: 'When to reach you, e.g. "Maandag tot en met donderdag, 9.00 tot 17.00 uur"' }), Type.Null()]),
  },
  { additionalProperties: false },
)
export type ContactCardChange = Static<typeof ContactCardChange>

/** The photo as a data URL: JPEG, PNG or WebP, at most 300 kB. */
export const PhotoUpload = Type.Object(
  { photo: Type.String({ maxLength: 420_000, pattern: '^data:image/', description: 'data:image/jpeg|png|webp;base64,…' }) },
  { additionalProperties: false },
)
export type PhotoUpload = Static<typeof PhotoUpload>

export const maxPhotoBytes = 300 * 1024
