import type { HouseStyle, UpdateHouseStyle } from '../../../common/api/organisations.js'
import type { AppContext } from '../../appContext.js'
import { asApp, inTenant, type Tx } from '../../db/database.js'
import { userTrace, type StaffActor } from '../../http/context.js'
import { badRequest, notFound } from '../../http/problem.js'
import { recordAudit } from '../audit/recordAudit.js'

const maxLogoBytes = 200 * 1024

interface TenantStyleRow {
  slug: string
  name: string
  primary_color: string
  accent_color: string
  updated_at: Date
  has_logo: boolean | number
}

function present(row: TenantStyleRow): HouseStyle {
  return {
    organisationName: row.name,
    primaryColor: row.primary_color,
    accentColor: row.accent_color,
    // The version in the URL lets browsers cache a logo until it changes.
    logoUrl: row.has_logo ? `/api/v1/organisations/${row.slug}/logo?v=${row.updated_at.getTime()}` : null,
  }
}

function styleQuery(tx: Tx) {
  return tx
    .selectFrom('tenants')
    .select((eb) => ['slug', 'name', 'primary_color', 'accent_color', 'updated_at', eb('logo', 'is not', null).as('has_logo')])
}

export async function listOrganisations(ctx: AppContext) {
  return asApp(ctx.db, (tx) => tx.selectFrom('tenants').select(['slug', 'name']).orderBy('name').execute())
}

export async function houseStyleBySlug(ctx: AppContext, slug: string): Promise<HouseStyle> {
  const row = await asApp(ctx.db, (tx) => styleQuery(tx).where('slug', '=', slug).executeTakeFirst())
  if (!row) throw notFound('No such organisation.')
  return present(row)
}

export async function houseStyleOf(ctx: AppContext, tenantId: string): Promise<HouseStyle> {
  const row = await asApp(ctx.db, (tx) => styleQuery(tx).where('id', '=', tenantId).executeTakeFirstOrThrow())
  return present(row)
}

export async function logoBySlug(ctx: AppContext, slug: string): Promise<{ data: Buffer; mediaType: string }> {
  const row = await asApp(ctx.db, (tx) =>
    tx.selectFrom('tenants').select(['logo', 'logo_media_type']).where('slug', '=', slug).executeTakeFirst(),
  )
  if (!row || row.logo === null || row.logo_media_type === null) throw notFound('This organisation has no logo.')
  return { data: row.logo, mediaType: row.logo_media_type }
}

function decodeLogo(dataUrl: string): { data: Buffer; mediaType: string } {
  const match = /^data:(image\/(?:png|jpeg|webp|svg\+xml));base64,(.+)$/.exec(dataUrl)
  if (!match) throw badRequest('invalid-logo', 'The logo must be a PNG, JPEG, WebP or SVG image.', [{ field: 'logo', message: 'is not an image' }])
  const data = Buffer.from(match[2]!, 'base64')
  if (data.length > maxLogoBytes) {
    throw badRequest('logo-too-large', 'The logo may be 200 kB at most.', [{ field: 'logo', message: 'is larger than 200 kB' }])
  }
  return { data, mediaType: match[1]! }
}

export async function updateHouseStyle(
  ctx: AppContext,
  traceId: string,
  actor: StaffActor,
  input: UpdateHouseStyle,
): Promise<HouseStyle> {
  const logo = typeof input.logo === 'string' ? decodeLogo(input.logo) : input.logo
  await inTenant(ctx.db, actor, async (tx) => {
    await tx
      .updateTable('tenants')
      .set({
        name: input.organisationName.trim(),
        primary_color: input.primaryColor.toLowerCase(),
        accent_color: input.accentColor.toLowerCase(),
        updated_at: new Date(),
        ...(logo === undefined ? {} : { logo: logo?.data ?? null, logo_media_type: logo?.mediaType ?? null }),
      })
      .where('id', '=', actor.tenantId)
      .execute()
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: 'tenant-settings',
      action: 'house-style.update',
      attributes: { logo: logo === undefined ? 'kept' : logo === null ? 'removed' : 'replaced' },
    })
  })
  return houseStyleOf(ctx, actor.tenantId)
}
