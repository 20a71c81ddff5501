import { Type } from '@sinclair/typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { sql } from 'kysely'
import type { FastifyReply } from 'fastify'
import { Uuid } from '../../../common/api/shared.js'
import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import { AppError, notFound } from '../../http/problem.js'
import type { App } from '../../http/types.js'
import { recordAudit } from '../audit/recordAudit.js'
import { addClientEvent } from '../clients/timeline.js'
import { MESSAGEBIRD_SIGNATURE_HEADER, verifyMessageBirdReport } from './channels/messagebirdReport.js'
import { messagingActivity } from './routes.js'
import { readTrackingToken, trackingPaths } from './tracking.js'

const publicAccess = { access: { kind: 'public' as const } }
const TokenParams = Type.Object({ token: Type.String({ minLength: 20, maxLength: 100 }) })
/** A transparent 1×1 GIF. */
const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

const categoryWords: Record<string, string> = { news: 'nieuws', vacancy: 'vacatures', event: 'activiteiten en bijeenkomsten' }

function page(reply: FastifyReply, status: number, title: string, body: string) {
  const escape = (t: string) => t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>` +
        `<style>body{font-family:system-ui,sans-serif;font-size:1.25rem;line-height:1.5;max-width:32rem;margin:2rem auto;padding:0 1rem}button{font-size:1.25rem;padding:.75rem 1.5rem}</style></head>` +
        `<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`,
    )
}

/**
 * What a client reaches from a message without signing in: a tracked link, the open pixel of an
 * email, and the unsubscribe page (RFC 8058 one-click too). Each carries a MAC'd token naming the
 * organisation and outbox row; a wrong token is a plain 404. And the SMS provider's signed
 * delivery reports.
 */
export function messagingPublicRoutes(app: App, ctx: AppContext): void {
  const read = (token: string) => readTrackingToken(ctx.secretBox, token)

  app.get(`${trackingPaths.link}:token`, { config: publicAccess, schema: { hide: true, params: TokenParams } }, async (request, reply) => {
    const token = read(request.params.token)
    if (token === null || token.purpose.kind !== 'link') throw notFound('This link is not known.')
    const index = token.purpose.index
    const target = await inTenant(ctx.db, { tenantId: token.tenantId }, async (tx) => {
      const { rows } = await sql<{ link: string | null }>`
        UPDATE outbox_messages o SET clicked_at = coalesce(o.clicked_at, now()), opened_at = coalesce(o.opened_at, now())
        FROM outbox_messages x LEFT JOIN client_messaging_preferences p ON p.client_id = x.client_id
        WHERE o.id = ${token.outboxId} AND x.id = o.id AND coalesce(p.click_tracking, true)
        RETURNING o.links[${index + 1}] AS link`.execute(tx)
      if (rows[0]) return rows[0].link
      // Tracking switched off since: still lead the way, record nothing.
      const row = await tx.selectFrom('outbox_messages').select(sql<string | null>`links[${index + 1}]`.as('link')).where('id', '=', token.outboxId).executeTakeFirst()
      return row?.link ?? null
    })
    if (!target || !/^https?:\/\//.test(target)) throw notFound('This link is not known.')
    return reply.redirect(target, 302)
  })

  app.get(`${trackingPaths.open}:token`, { config: publicAccess, schema: { hide: true, params: TokenParams } }, async (request, reply) => {
    const token = read(request.params.token)
    if (token !== null && token.purpose.kind === 'open') {
      await inTenant(ctx.db, { tenantId: token.tenantId }, (tx) =>
        sql`UPDATE outbox_messages o SET opened_at = coalesce(o.opened_at, now())
            WHERE o.id = ${token.outboxId} AND NOT EXISTS (
              SELECT 1 FROM client_messaging_preferences p WHERE p.client_id = o.client_id AND NOT p.click_tracking)`.execute(tx),
      )
    }
    return reply.type('image/gif').header('Cache-Control', 'no-store').send(pixel)
  })

  const unsubscribeTarget = async (raw: string) => {
    const token = read(raw)
    if (token === null || token.purpose.kind !== 'unsubscribe') return null
    const row = await inTenant(ctx.db, { tenantId: token.tenantId }, (tx) =>
      tx
        .selectFrom('outbox_messages as o')
        .innerJoin('message_sends as s', 's.id', 'o.send_id')
        .select(['o.client_id', 's.category'])
        .where('o.id', '=', token.outboxId)
        .executeTakeFirst(),
    )
    return row ? { ...token, clientId: row.client_id, category: row.category } : null
  }

  app.get(`${trackingPaths.unsubscribe}:token`, { config: publicAccess, schema: { hide: true, params: TokenParams } }, async (request, reply) => {
    const target = await unsubscribeTarget(request.params.token)
    if (target === null) return page(reply, 404, 'Deze link werkt niet', '<p>De link is niet (meer) geldig.</p>')
    if (target.category === 'service') {
      return page(reply, 200, 'Afmelden kan niet', '<p>Dit bericht gaat over jouw begeleiding. Daarvoor kun je je niet afmelden. Vragen? Neem contact op met je coach.</p>')
    }
    const words = categoryWords[target.category] ?? target.category
    return page(
      reply,
      200,
      `Geen berichten meer over ${words}?`,
      `<p>Klik op de knop. Dan krijg je geen berichten meer over ${words}. Berichten over je begeleiding krijg je wel.</p>` +
        `<form method="post"><button type="submit">Afmelden</button></form>`,
    )
  })

  // Mail clients post the one-click unsubscribe as a form (RFC 8058); its body says nothing more.
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>()
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_request, body, done) => done(null, body))
    scope.post(`${trackingPaths.unsubscribe}:token`, { config: { ...publicAccess, csrf: false }, schema: { hide: true, params: TokenParams } }, async (request, reply) => {
    const target = await unsubscribeTarget(request.params.token)
    if (target === null) return page(reply, 404, 'Deze link werkt niet', '<p>De link is niet (meer) geldig.</p>')
    if (target.category === 'service') return page(reply, 200, 'Afmelden kan niet', '<p>Dit bericht gaat over jouw begeleiding. Daarvoor kun je je niet afmelden.</p>')
    await inTenant(ctx.db, { tenantId: target.tenantId }, async (tx) => {
      await sql`
        INSERT INTO client_messaging_preferences (tenant_id, client_id, opted_out_categories, updated_by_client, updated_at)
        VALUES (${target.tenantId}, ${target.clientId}, ARRAY[${target.category}::text], true, now())
        ON CONFLICT (tenant_id, client_id) DO UPDATE SET
          opted_out_categories = ARRAY(SELECT DISTINCT unnest(client_messaging_preferences.opted_out_categories || ARRAY[${target.category}::text])),
          updated_by = NULL, updated_by_client = true, updated_at = now()`.execute(tx)
      await addClientEvent(tx, target.tenantId, target.clientId, null, 'messaging.unsubscribed', { category: target.category, outboxId: target.outboxId })
      await recordAudit(tx, target.tenantId, { traceId: request.id, actorType: 'client', actorId: target.clientId }, {
        processingActivity: messagingActivity,
        action: 'client.unsubscribe',
        dataSubject: { type: 'client', id: target.clientId },
        attributes: { category: target.category },
      })
    })
    const words = categoryWords[target.category] ?? target.category
    return page(reply, 200, 'Je bent afgemeld', `<p>Je krijgt geen berichten meer over ${words}.</p>`)
    })
  })

  app.get(
    '/api/v1/sms-status-reports/:tenantId',
    { config: publicAccess, schema: { tags: ['Messaging'], summary: 'Delivery reports from the SMS provider (MessageBird), signed with MessageBird-Signature-JWT', params: Type.Object({ tenantId: Uuid }), response: { 204: Type.Null() } } },
    async (request, reply) => {
      const sms = ctx.config.messaging.sms
      if (!sms) throw notFound('No SMS provider is configured.')
      let report
      try {
        const signature = request.headers[MESSAGEBIRD_SIGNATURE_HEADER]
        report = verifyMessageBirdReport({
          signingKey: sms.signingKey,
          url: `${ctx.config.messaging.publicUrl}${request.url}`,
          body: '',
          signatureJwt: typeof signature === 'string' ? signature : undefined,
        })
      } catch (error) {
        throw new AppError(401, 'invalid-signature', 'Not signed', `The report's signature does not hold: ${(error as Error).message}`)
      }
      const { tenantId } = request.params
      await inTenant(ctx.db, { tenantId }, (tx) =>
        sql`UPDATE outbox_messages SET
              status = CASE WHEN ${report.status} = 'delivered' THEN 'delivered' WHEN ${report.status} = 'failed' THEN 'failed' ELSE status END,
              delivered_at = CASE WHEN ${report.status} = 'delivered' THEN ${report.at.toISOString()}::timestamptz ELSE delivered_at END,
              failed_at = CASE WHEN ${report.status} = 'failed' THEN ${report.at.toISOString()}::timestamptz ELSE failed_at END,
              reason = CASE WHEN ${report.status} = 'failed' THEN ${report.reason} ELSE reason END
            WHERE provider = 'messagebird' AND provider_id = ${report.providerId} AND status IN ('sent', 'delivered', 'failed')`.execute(tx),
      )
      return reply.code(204).send(null)
    },
  )
}
