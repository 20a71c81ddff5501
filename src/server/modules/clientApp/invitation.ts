import QRCode from 'qrcode'
import type { AppContext } from '../../appContext.js'
import type { Tx } from '../../db/database.js'
import { isDutchMobile } from '../clients/dutchFormats.js'
import { queueServiceMessage } from './serviceMessages.js'

/** The link that opens the client app for an organisation. */
export const appLink = (ctx: AppContext, slug: string) => `${ctx.config.messaging.publicUrl}/app/?organisation=${encodeURIComponent(slug)}`

/**
 * The coach invites a client to the app: the link goes out by SMS (to a mobile number) or
 * else by email, through the outbox, and comes back with a QR code to show on screen.
 */
export async function inviteToApp(ctx: AppContext, tx: Tx, tenantId: string, userId: string, clientId: string): Promise<{ link: string; qrCodeSvg: string; sentOn: 'sms' | 'email' | null }> {
  const tenant = await tx.selectFrom('tenants').select('slug').where('id', '=', tenantId).executeTakeFirstOrThrow()
  const client = await tx.selectFrom('clients').select(['phone', 'email', 'preferred_channel']).where('id', '=', clientId).executeTakeFirstOrThrow()
  const link = appLink(ctx, tenant.slug)
  const mobile = client.phone !== null && (isDutchMobile(client.phone) || !client.phone.startsWith('+31'))
  const sentOn = client.email !== null && (client.preferred_channel === 'email' || !mobile) ? 'email' : mobile ? 'sms' : null
  if (sentOn !== null) await queueServiceMessage(tx, { tenantId, clientId, kind: 'invitation', channel: sentOn, variables: { link }, sentBy: userId })
  const qrCodeSvg = await QRCode.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  return { link, qrCodeSvg, sentOn }
}
