import { sql } from 'kysely'
import type { AppContext } from '../../appContext.js'
import { inTenant, type Tx } from '../../db/database.js'
import type { EmailChannel, PushChannel, SmsChannel } from './channels/types.js'
import { ProviderError } from './channels/types.js'
import { quietUntil } from './quietHours.js'
import { prepareTemplate, renderTemplate, trackingLinkFactory, trackLinks, variablesFor, type PreparedTemplate, type RenderedMessage } from './render.js'
import { loadMessagingSettings } from './settings.js'
import { loadTemplate } from './templates.js'

export interface DeliveryChannels {
  email: EmailChannel | null
  sms: SmsChannel | null
  push: PushChannel | null
}

/** Where a message goes when no provider is configured for its channel. */
export const outboxViewer = 'outbox-viewer'
/** After this many attempts a message is a dead letter, visible to admins and re-sendable. */
export const maxAttempts = 6
const backoffSeconds = [30, 120, 600, 3600, 6 * 3600]
const leaseSeconds = 120

interface Claimed {
  id: string
  client_id: string
  channel: 'app' | 'push' | 'sms' | 'email'
  attempts: number
}

interface Recipient {
  client_id: string
  first_names: string
  tussenvoegsel: string | null
  surname: string
  preferred_language: string
  phone: string | null
  email: string | null
  coach_name: string | null
  coach_email: string | null
  click_tracking: boolean
}

interface Outcome {
  id: string
  status: 'sent' | 'delivered' | 'failed' | 'queued' | 'dead' | 'suppressed'
  reason: string | null
  provider: string | null
  provider_id: string | null
  language: string | null
  title: string | null
  body: string | null
  links: string[]
  next_attempt_at: string | null
}

/** Claims due rows of one send: leased for a while, so a crashed worker's rows come back. */
async function claim(tx: Tx, sendId: string, limit: number): Promise<Claimed[]> {
  const { rows } = await sql<Claimed>`
    UPDATE outbox_messages o
    SET status = 'sending', lease_until = now() + make_interval(secs => ${leaseSeconds}), attempts = o.attempts + 1
    WHERE o.id IN (
      SELECT id FROM outbox_messages
      WHERE send_id = ${sendId} AND status IN ('queued', 'sending')
        AND ((status = 'queued' AND next_attempt_at <= now()) OR (status = 'sending' AND lease_until < now()))
      ORDER BY next_attempt_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING o.id, o.client_id, o.channel, o.attempts`.execute(tx)
  return rows
}

async function loadRecipients(tx: Tx, clientIds: string[]): Promise<Map<string, Recipient>> {
  const { rows } = await sql<Recipient>`
    SELECT c.id AS client_id, c.first_names, c.tussenvoegsel, c.surname, c.preferred_language, c.phone, lower(c.email) AS email,
      u.display_name AS coach_name, u.email AS coach_email, coalesce(p.click_tracking, true) AS click_tracking
    FROM clients c
    LEFT JOIN client_assignments a ON a.client_id = c.id AND a.valid_to IS NULL
    LEFT JOIN users u ON u.id = a.coach_id
    LEFT JOIN client_messaging_preferences p ON p.client_id = c.id
    WHERE c.id = ANY(${clientIds}::uuid[])`.execute(tx)
  return new Map(rows.map((r) => [r.client_id, r]))
}

async function pushSubscriptions(tx: Tx, clientIds: string[]) {
  const rows = await tx
    .selectFrom('client_app_devices')
    .select(['id', 'client_id', 'push_endpoint', 'push_p256dh', 'push_auth'])
    .where('client_id', 'in', clientIds.length > 0 ? clientIds : ['00000000-0000-0000-0000-000000000000'])
    .where('revoked_at', 'is', null)
    .where('push_endpoint', 'is not', null)
    .execute()
  const byClient = new Map<string, { deviceId: string; endpoint: string; p256dh: string; auth: string }[]>()
  for (const r of rows) {
    const list = byClient.get(r.client_id) ?? []
    list.push({ deviceId: r.id, endpoint: r.push_endpoint!, p256dh: r.push_p256dh!, auth: r.push_auth! })
    byClient.set(r.client_id, list)
  }
  return byClient
}

/** A send may say where in the app its push notification opens (e.g. the chat): `app_path`. */
const appPathOf = (variables: Record<string, string>): string | null => (/^\/app\/[a-z0-9/-]*$/.test(variables.app_path ?? '') ? variables.app_path! : null)

interface SendContext {
  tenantId: string
  sendId: string
  template: PreparedTemplate
  variables: Record<string, string>
  /** The values of the send's `secret` variables, hidden in what the outbox keeps. */
  secrets: string[]
  category: string
  urgent: boolean
  organisation: string
  smsSender: string
  quiet: { quietFrom: string; quietUntil: string }
}

async function loadSendContext(tx: Tx, tenantId: string, sendId: string): Promise<SendContext | null> {
  const send = await tx.selectFrom('message_sends').selectAll().where('id', '=', sendId).executeTakeFirst()
  if (!send) return null
  const template = await loadTemplate(tx, send.template_id)
  const tenant = await tx.selectFrom('tenants').select('name').where('id', '=', tenantId).executeTakeFirstOrThrow()
  const settings = await loadMessagingSettings(tx)
  return {
    tenantId,
    sendId,
    template: prepareTemplate(template!),
    variables: send.variables,
    secrets: secretsOf(send.variables),
    category: send.category,
    urgent: send.urgent,
    organisation: tenant.name,
    smsSender: settings.smsSender,
    quiet: settings,
  }
}

function retryOutcome(base: Outcome, attempts: number, reason: string, channel: Claimed['channel'], send: SendContext): Outcome {
  if (attempts >= maxAttempts) return { ...base, status: 'dead', reason: `${reason} (after ${attempts} attempts)` }
  let next = new Date(Date.now() + backoffSeconds[Math.min(attempts - 1, backoffSeconds.length - 1)]! * 1000)
  if ((channel === 'sms' || channel === 'push') && !send.urgent) next = quietUntil(next, send.quiet) ?? next
  return { ...base, status: 'queued', reason, next_attempt_at: next.toISOString() }
}

/**
 * What the outbox keeps of a sent message is shown to staff (the outbox viewer, the client's
 * timeline). A send's `secret` variables (e.g. a sign-in code) go to the client but are kept as
 * dots, so nobody at the organisation can read them back.
 */
function secretsOf(variables: Record<string, string>): string[] {
  return (variables.secret ?? '').split(',').map((name) => variables[name.trim()]).filter((value): value is string => value !== undefined && value.length >= 4)
}

function withSecretsHidden(outcome: Outcome, secrets: readonly string[]): Outcome {
  if (secrets.length === 0) return outcome
  const hide = (text: string | null) => (text === null ? null : secrets.reduce((shown, secret) => shown.split(secret).join('••••••'), text))
  return { ...outcome, title: hide(outcome.title), body: hide(outcome.body) }
}

async function deliverOne(
  ctx: AppContext,
  channels: DeliveryChannels,
  send: SendContext,
  row: Claimed,
  recipient: Recipient | undefined,
  subscriptions: { deviceId: string; endpoint: string; p256dh: string; auth: string }[],
  gone: { bounced: { channel: 'sms' | 'email'; address: string; reason: string }[]; devices: string[] },
): Promise<Outcome> {
  const base: Outcome = { id: row.id, status: 'sent', reason: null, provider: null, provider_id: null, language: null, title: null, body: null, links: [], next_attempt_at: null }
  if (!recipient) return { ...base, status: 'failed', reason: 'client-not-found' }
  const variables = variablesFor(
    { firstNames: recipient.first_names, tussenvoegsel: recipient.tussenvoegsel, surname: recipient.surname, preferredLanguage: recipient.preferred_language, coachName: recipient.coach_name, coachEmail: recipient.coach_email, organisation: send.organisation },
    send.variables,
  )
  let message: RenderedMessage
  try {
    message = renderTemplate(send.template, recipient.preferred_language, variables)
  } catch (error) {
    return { ...base, status: 'failed', reason: `render-error: ${(error as Error).message.slice(0, 200)}` }
  }
  const urls = trackingLinkFactory(ctx.secretBox, ctx.config.messaging.publicUrl, send.tenantId, row.id)
  const links: string[] = []
  const track = recipient.click_tracking ? urls.link : null
  const withLanguage = { ...base, language: message.language, links }
  try {
    switch (row.channel) {
      case 'app': {
        const body = trackLinks(message.app.body, links, track)
        return { ...withLanguage, status: 'delivered', provider: 'koers', title: message.app.title, body }
      }
      case 'push': {
        const shown = { ...withLanguage, title: message.push.title, body: message.push.body }
        if (subscriptions.length === 0) return { ...shown, status: 'failed', reason: 'no-push-subscription' }
        if (!channels.push) return { ...shown, status: 'sent', provider: outboxViewer }
        let delivered = 0
        let lastError: ProviderError | null = null
        for (const subscription of subscriptions) {
          try {
            await channels.push.send({ outboxId: row.id, subscription, title: message.push.title, body: message.push.body, url: appPathOf(send.variables) ?? `/app/berichten/${row.id}`, urgent: send.urgent, ttlSeconds: 24 * 3600 })
            delivered += 1
          } catch (error) {
            if (!(error instanceof ProviderError)) throw error
            if (error.addressGone) gone.devices.push(subscription.deviceId)
            lastError = error
          }
        }
        if (delivered > 0) return { ...shown, status: 'sent', provider: channels.push.provider }
        throw lastError!
      }
      case 'sms': {
        const text = trackLinks(message.sms.text, links, track)
        const shown = { ...withLanguage, title: null, body: text }
        if (!recipient.phone) return { ...shown, status: 'failed', reason: 'no-phone-number' }
        if (!channels.sms) return { ...shown, status: 'sent', provider: outboxViewer }
        const reportUrl = `${ctx.config.messaging.publicUrl}/api/v1/sms-status-reports/${send.tenantId}`
        try {
          const result = await channels.sms.send({ outboxId: row.id, to: recipient.phone, originator: send.smsSender, body: text, reportUrl })
          return { ...shown, status: 'sent', provider: channels.sms.provider, provider_id: result.providerId }
        } catch (error) {
          if (error instanceof ProviderError && error.addressGone) gone.bounced.push({ channel: 'sms', address: recipient.phone, reason: error.message })
          throw error
        }
      }
      case 'email': {
        const text = trackLinks(message.email.text, links, track)
        let html = trackLinks(message.email.html, links, track)
        if (recipient.click_tracking) html = html.replace(/<\/body>/i, `<img src="${urls.open()}" width="1" height="1" alt=""></body>`)
        const shown = { ...withLanguage, title: message.email.subject, body: text }
        if (!recipient.email) return { ...shown, status: 'failed', reason: 'no-email-address' }
        if (!channels.email) return { ...shown, status: 'sent', provider: outboxViewer }
        try {
          const result = await channels.email.send({ outboxId: row.id, to: recipient.email, subject: message.email.subject, text, html, unsubscribeUrl: urls.unsubscribe() })
          return { ...shown, status: 'sent', provider: channels.email.provider, provider_id: result.providerId }
        } catch (error) {
          if (error instanceof ProviderError && error.addressGone) gone.bounced.push({ channel: 'email', address: recipient.email, reason: error.message })
          throw error
        }
      }
    }
  } catch (error) {
    const shown = { ...withLanguage }
    if (error instanceof ProviderError && !error.retryable) return { ...shown, status: 'failed', reason: error.message.slice(0, 300) }
    const reason = error instanceof Error ? error.message.slice(0, 300) : 'unknown error'
    return retryOutcome(shown, row.attempts, reason, row.channel, send)
  }
}

async function recordOutcomes(tx: Tx, outcomes: Outcome[], gone: { bounced: { channel: 'sms' | 'email'; address: string; reason: string }[]; devices: string[] }, tenantId: string): Promise<void> {
  if (outcomes.length > 0) {
    await sql`
      UPDATE outbox_messages o SET
        status = r.status, reason = r.reason, provider = r.provider, provider_id = r.provider_id,
        language = coalesce(r.language, o.language), title = coalesce(r.title, o.title), body = coalesce(r.body, o.body),
        links = ARRAY(SELECT jsonb_array_elements_text(r.links)),
        next_attempt_at = coalesce(r.next_attempt_at, o.next_attempt_at), lease_until = NULL,
        sent_at = CASE WHEN r.status IN ('sent', 'delivered') THEN coalesce(o.sent_at, now()) ELSE o.sent_at END,
        delivered_at = CASE WHEN r.status = 'delivered' THEN now() ELSE o.delivered_at END,
        failed_at = CASE WHEN r.status IN ('failed', 'dead') THEN now() ELSE o.failed_at END
      FROM jsonb_to_recordset(${JSON.stringify(outcomes)}::jsonb) AS r (
        id uuid, status text, reason text, provider text, provider_id text, language text, title text, body text,
        links jsonb, next_attempt_at timestamptz)
      WHERE o.id = r.id AND o.status = 'sending'`.execute(tx)
  }
  for (const b of gone.bounced) {
    await tx.insertInto('bounced_addresses').values({ tenant_id: tenantId, channel: b.channel, address: b.address, reason: b.reason.slice(0, 300) }).onConflict((oc) => oc.doNothing()).execute()
  }
  if (gone.devices.length > 0) {
    await tx.updateTable('client_app_devices').set({ push_endpoint: null, push_p256dh: null, push_auth: null }).where('id', 'in', gone.devices).execute()
  }
}

async function finishIfDone(tx: Tx, sendId: string): Promise<void> {
  await sql`
    UPDATE message_sends SET status = 'done'
    WHERE id = ${sendId} AND status = 'sending'
      AND NOT EXISTS (SELECT 1 FROM outbox_messages WHERE send_id = ${sendId} AND status IN ('queued', 'sending'))`.execute(tx)
}

/**
 * Works one batch of a send: claim (committed, so the lease holds), deliver with bounded
 * concurrency, record every outcome in one statement. Returns how many rows it handled.
 * A row is only ever delivered by the worker that holds its lease; a worker that dies before
 * recording leaves the lease to expire and the row is tried again — with the same outbox id, which
 * the providers get as Message-ID or reference.
 */
export async function deliverBatch(ctx: AppContext, channels: DeliveryChannels, tenantId: string, sendId: string, options: { batchSize?: number; concurrency?: number } = {}): Promise<number> {
  const batchSize = options.batchSize ?? 200
  const concurrency = options.concurrency ?? 32
  const prepared = await inTenant(ctx.db, { tenantId }, async (tx) => {
    const rows = await claim(tx, sendId, batchSize)
    if (rows.length === 0) {
      await finishIfDone(tx, sendId)
      return null
    }
    const send = await loadSendContext(tx, tenantId, sendId)
    const clientIds = [...new Set(rows.map((r) => r.client_id))]
    const recipients = await loadRecipients(tx, clientIds)
    const subscriptions = rows.some((r) => r.channel === 'push') ? await pushSubscriptions(tx, clientIds) : new Map()
    return { rows, send: send!, recipients, subscriptions }
  })
  if (prepared === null) return 0
  const { rows, send, recipients, subscriptions } = prepared
  const gone = { bounced: [] as { channel: 'sms' | 'email'; address: string; reason: string }[], devices: [] as string[] }
  const outcomes: Outcome[] = new Array(rows.length)
  let next = 0
  const workers = Array.from({ length: Math.min(concurrency, rows.length) }, async () => {
    while (next < rows.length) {
      const index = next++
      const row = rows[index]!
      outcomes[index] = withSecretsHidden(await deliverOne(ctx, channels, send, row, recipients.get(row.client_id), subscriptions.get(row.client_id) ?? [], gone), send.secrets)
    }
  })
  await Promise.all(workers)
  await inTenant(ctx.db, { tenantId }, async (tx) => {
    await recordOutcomes(tx, outcomes, gone, tenantId)
    await finishIfDone(tx, sendId)
  })
  return rows.length
}

/** Sends with work to do, over all organisations (only ids, read by the owner for the worker). */
export async function activeSends(ctx: AppContext): Promise<{ tenant_id: string; id: string }[]> {
  const { rows } = await ctx.db.owner.query<{ tenant_id: string; id: string }>(
    `SELECT s.tenant_id, s.id FROM message_sends s
     WHERE s.status = 'sending' AND EXISTS (
       SELECT 1 FROM outbox_messages o WHERE o.tenant_id = s.tenant_id AND o.send_id = s.id AND o.status IN ('queued', 'sending')
         AND ((o.status = 'queued' AND o.next_attempt_at <= now()) OR (o.status = 'sending' AND o.lease_until < now())))
        OR s.status = 'sending' AND NOT EXISTS (
       SELECT 1 FROM outbox_messages o WHERE o.tenant_id = s.tenant_id AND o.send_id = s.id AND o.status IN ('queued', 'sending'))
     ORDER BY s.created_at LIMIT 100`,
  )
  return rows
}

/** Delivers everything that is due now, send by send; returns the number of rows handled. */
export async function deliverDueMessages(ctx: AppContext, channels: DeliveryChannels, options: { batchSize?: number; concurrency?: number } = {}): Promise<number> {
  let handled = 0
  for (const send of await activeSends(ctx)) {
    for (;;) {
      const n = await deliverBatch(ctx, channels, send.tenant_id, send.id, options)
      handled += n
      if (n === 0) break
    }
  }
  return handled
}
