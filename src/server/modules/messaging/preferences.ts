import { sql } from 'kysely'
import type { Static } from '@sinclair/typebox'
import type { MessagingPreferences, MessagingPreferencesView } from '../../../common/api/messaging.js'
import type { Tx } from '../../db/database.js'
import { addClientEvent } from '../clients/timeline.js'

type Preferences = Static<typeof MessagingPreferences>
type View = Static<typeof MessagingPreferencesView>

export const defaultPreferences: Preferences = { smsConsent: true, emailConsent: true, pushConsent: true, optedOutCategories: [], clickTracking: true }

/** A client's consents and choices, and what Koers can reach them on now (in order of use). */
export async function loadPreferences(tx: Tx, clientId: string): Promise<View> {
  const row = await tx.selectFrom('client_messaging_preferences').selectAll().where('client_id', '=', clientId).executeTakeFirst()
  const prefs: Preferences = row
    ? {
        smsConsent: row.sms_consent,
        emailConsent: row.email_consent,
        pushConsent: row.push_consent,
        optedOutCategories: row.opted_out_categories as Preferences['optedOutCategories'],
        clickTracking: row.click_tracking,
      }
    : defaultPreferences
  const { rows } = await sql<{ has_app: boolean; has_push: boolean; sms_ok: boolean; email_ok: boolean; preferred_channel: string }>`
    SELECT
      EXISTS (SELECT 1 FROM client_app_devices d WHERE d.client_id = c.id AND d.revoked_at IS NULL) AS has_app,
      EXISTS (SELECT 1 FROM client_app_devices d WHERE d.client_id = c.id AND d.revoked_at IS NULL AND d.push_endpoint IS NOT NULL) AS has_push,
      c.phone IS NOT NULL AND (c.phone ~ '^\\+316[0-9]{8}$' OR c.phone !~ '^\\+31')
        AND NOT EXISTS (SELECT 1 FROM bounced_addresses b WHERE b.channel = 'sms' AND b.address = c.phone) AS sms_ok,
      c.email IS NOT NULL AND NOT EXISTS (SELECT 1 FROM bounced_addresses b WHERE b.channel = 'email' AND b.address = lower(c.email)) AS email_ok,
      c.preferred_channel
    FROM clients c WHERE c.id = ${clientId}`.execute(tx)
  const r = rows[0]!
  const sms = r.sms_ok && prefs.smsConsent
  const email = r.email_ok && prefs.emailConsent
  const reachableOn: View['reachableOn'] = []
  if (r.has_app) reachableOn.push('app')
  if (r.has_app && r.has_push && prefs.pushConsent) reachableOn.push('push')
  // The same choice the send makes (see recipients.ts): preferred channel first, then app → SMS → email.
  if (sms && (r.preferred_channel === 'sms' || (!r.has_app && !(r.preferred_channel === 'email' && email)))) reachableOn.push('sms')
  if (email && (r.preferred_channel === 'email' || (!r.has_app && !sms))) reachableOn.push('email')
  return { ...prefs, reachableOn, updatedAt: row ? row.updated_at.toISOString() : null, updatedByClient: row?.updated_by_client ?? false }
}

/**
 * Records a client's choices: by a coach on their behalf (with a note) or by the client in the
 * app (`by: 'client'`); either way one event on the timeline.
 */
export async function savePreferences(tx: Tx, tenantId: string, by: { userId: string; note: string } | 'client', clientId: string, change: Preferences): Promise<void> {
  const values = {
    sms_consent: change.smsConsent,
    email_consent: change.emailConsent,
    push_consent: change.pushConsent,
    opted_out_categories: [...new Set(change.optedOutCategories)],
    click_tracking: change.clickTracking,
    updated_by: by === 'client' ? null : by.userId,
    updated_by_client: by === 'client',
    updated_at: new Date(),
  }
  await tx
    .insertInto('client_messaging_preferences')
    .values({ tenant_id: tenantId, client_id: clientId, ...values })
    .onConflict((oc) => oc.columns(['tenant_id', 'client_id']).doUpdateSet(values))
    .execute()
  await addClientEvent(tx, tenantId, clientId, by === 'client' ? null : by.userId, 'messaging.preferences-changed', {
    smsConsent: change.smsConsent,
    emailConsent: change.emailConsent,
    pushConsent: change.pushConsent,
    optedOutCategories: values.opted_out_categories,
    clickTracking: change.clickTracking,
    ...(by === 'client' ? { byClient: true } : { note: by.note.trim() }),
  })
}
