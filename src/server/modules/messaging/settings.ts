import type { MessagingSettings } from '../../../common/api/messaging.js'
import type { Tx } from '../../db/database.js'

export const defaultMessagingSettings: MessagingSettings = { quietFrom: '21:00', quietUntil: '08:00', weeklyCap: 3, smsSender: 'Koers', extraLanguages: [] }

export async function loadMessagingSettings(tx: Tx): Promise<MessagingSettings> {
  const row = await tx.selectFrom('messaging_settings').selectAll().executeTakeFirst()
  if (!row) return defaultMessagingSettings
  return {
    quietFrom: row.quiet_from.slice(0, 5),
    quietUntil: row.quiet_until.slice(0, 5),
    weeklyCap: row.weekly_cap,
    smsSender: row.sms_sender,
    extraLanguages: row.extra_languages,
  }
}

export async function saveMessagingSettings(tx: Tx, tenantId: string, userId: string, settings: MessagingSettings): Promise<void> {
  const values = {
    quiet_from: settings.quietFrom,
    quiet_until: settings.quietUntil,
    weekly_cap: settings.weeklyCap,
    sms_sender: settings.smsSender,
    extra_languages: settings.extraLanguages.filter((l) => l !== 'nl' && l !== 'en'),
    updated_by: userId,
    updated_at: new Date(),
  }
  await tx
    .insertInto('messaging_settings')
    .values({ tenant_id: tenantId, ...values })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet(values))
    .execute()
}

export function templateLanguages(settings: MessagingSettings): string[] {
  return ['nl', 'en', ...settings.extraLanguages]
}
