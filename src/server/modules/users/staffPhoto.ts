import { maxPhotoBytes } from '../../../common/api/contactCard.js'
import type { Tx } from '../../db/database.js'
import { badRequest } from '../../http/problem.js'

export type PhotoMediaType = 'image/jpeg' | 'image/png' | 'image/webp'

/** The first bytes of each accepted image type: the declared type must match what the file is. */
const signatures: Record<PhotoMediaType, (data: Buffer) => boolean> = {
  'image/jpeg': (data) => data.length > 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff,
  'image/png': (data) => data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (data) => data.subarray(0, 4).toString('latin1') === 'RIFF' && data.subarray(8, 12).toString('latin1') === 'WEBP',
}

/** A photo from a data URL: JPEG, PNG or WebP, at most 300 kB, and really what it says it is. */
export function decodePhoto(dataUrl: string): { data: Buffer; mediaType: PhotoMediaType } {
  const match = /^data:(image\/(?:jpeg|png|webp));base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl)
  if (!match) throw badRequest('invalid-photo', 'The photo must be a JPEG, PNG or WebP image.', [{ field: 'photo', message: 'is not a JPEG, PNG or WebP image' }])
  const mediaType = match[1] as PhotoMediaType
  const data = Buffer.from(match[2]!, 'base64')
  if (data.length > maxPhotoBytes) throw badRequest('photo-too-large', 'The photo may be 300 kB at most.', [{ field: 'photo', message: 'is larger than 300 kB' }])
  if (!signatures[mediaType](data)) throw badRequest('invalid-photo', 'The file is not the image it says it is.', [{ field: 'photo', message: `is not a ${mediaType} image` }])
  return { data, mediaType }
}

export async function savePhoto(tx: Tx, tenantId: string, userId: string, photo: { data: Buffer; mediaType: PhotoMediaType }): Promise<void> {
  await tx
    .insertInto('staff_photos')
    .values({ tenant_id: tenantId, user_id: userId, media_type: photo.mediaType, data: photo.data, updated_at: new Date() })
    .onConflict((oc) => oc.columns(['tenant_id', 'user_id']).doUpdateSet({ media_type: photo.mediaType, data: photo.data, updated_at: new Date() }))
    .execute()
}

export async function removePhoto(tx: Tx, userId: string): Promise<boolean> {
  const result = await tx.deleteFrom('staff_photos').where('user_id', '=', userId).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}

export async function loadPhoto(tx: Tx, userId: string): Promise<{ data: Buffer; mediaType: string; updatedAt: Date } | null> {
  const row = await tx.selectFrom('staff_photos').select(['data', 'media_type', 'updated_at']).where('user_id', '=', userId).executeTakeFirst()
  return row ? { data: row.data, mediaType: row.media_type, updatedAt: row.updated_at } : null
}

/** When each user's photo last changed, for URLs that change with the photo (browsers may cache them). */
export async function photoVersions(tx: Tx, userIds: string[]): Promise<Map<string, Date>> {
  if (userIds.length === 0) return new Map()
  const rows = await tx.selectFrom('staff_photos').select(['user_id', 'updated_at']).where('user_id', 'in', userIds).execute()
  return new Map(rows.map((r) => [r.user_id, r.updated_at]))
}
