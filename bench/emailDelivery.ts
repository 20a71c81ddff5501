import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import { createInterface } from 'node:readline'
import nodemailer from 'nodemailer'
import { inTenant } from '../src/server/db/database.js'
import type { StaffActor } from '../src/server/http/context.js'
import { createEmailChannel } from '../src/server/modules/messaging/channels/email.js'
import { deliverDueMessages } from '../src/server/modules/messaging/delivery.js'
import { createSend } from '../src/server/modules/messaging/sends.js'
import { createTemplate } from '../src/server/modules/messaging/templates.js'
import { openClientData } from './clientData.js'
import type { Benchmark } from './framework.js'

const messages = 5_000
const from = 'Werkplein Benchmark <noreply@werkplein.example>'

async function startSink() {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./smtpSink.ts', import.meta.url).pathname], { stdio: ['pipe', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout! })
  const next = () => new Promise<string>((resolve) => lines.once('line', resolve))
  const port = Number(await next())
  return {
    url: `smtp://127.0.0.1:${port}`,
    async accepted() {
      const answer = next()
      child.stdin!.write('\n')
      return Number(await answer)
    },
    stop() {
      child.kill('SIGTERM')
    },
  }
}

/**
 * 5,000 emails of one send through Koers' outbox: claimed in batches, rendered per person
 * (Liquid, tracked links, unsubscribe link), handed to the SMTP channel (nodemailer, pooled) and
 * recorded — to a local SMTP server in its own process. The limit: nodemailer sending the same
 * number of messages of the same size straight to the same server with the same pool.
 */
export const emailDelivery: Benchmark = {
  name: 'email-delivery',
  description: `${messages.toLocaleString('en-GB')} emails through the outbox to a local SMTP server (msg/s; budget ≥ 500)`,
  async run(options) {
    const data = await openClientData(options)
    const { db, tenantId } = data
    const sink = await startSink()
    const channel = createEmailChannel({ url: sink.url, from, maxConnections: 5 })
    try {
      const editor = (await db.owner.query<{ id: string }>(`SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id AND r.tenant_id = u.tenant_id WHERE u.tenant_id = $1 AND r.role = 'editor' LIMIT 1`, [tenantId])).rows[0]!
      const actor: StaffActor = { tenantId, userId: editor.id, roles: ['editor'], teamIds: [] }
      const ids = (
        await db.owner.query<{ id: string }>(
          `SELECT id FROM clients WHERE tenant_id = $1 AND email IS NOT NULL AND (outflow_date IS NULL OR outflow_date > current_date)
             AND NOT EXISTS (SELECT 1 FROM client_messaging_preferences p WHERE p.client_id = clients.id)
           ORDER BY id LIMIT $2`,
          [tenantId, messages],
        )
      ).rows.map((r) => r.id)
      // These people get email: they said no to SMS (undone afterwards).
      await db.owner.query(`INSERT INTO client_messaging_preferences (tenant_id, client_id, sms_consent) SELECT $1, unnest($2::uuid[]), false`, [tenantId, ids])
      const cleanUp = async () => {
        await db.owner.query(`DELETE FROM outbox_messages WHERE tenant_id = $1 AND send_id IN (SELECT id FROM message_sends WHERE tenant_id = $1 AND idempotency_key LIKE 'bench-mail-%')`, [tenantId])
        await db.owner.query(`DELETE FROM message_sends WHERE tenant_id = $1 AND idempotency_key LIKE 'bench-mail-%'`, [tenantId])
      }
      try {
        await cleanUp()
        const name = 'Benchmark: nieuwsbrief'
        const body = 'Hoi {{ first_name }},\n\nOp 12 maart is er een banenmarkt in het stadhuis. Er zijn 40 werkgevers. Kom je ook? Kijk op https://werkplein.example/banenmarkt\n\nGroet, {{ coach_name }}'
        const templateId =
          (await db.owner.query<{ id: string }>('SELECT id FROM message_templates WHERE tenant_id = $1 AND name = $2', [tenantId, name])).rows[0]?.id ??
          (await inTenant(db, actor, (tx) => createTemplate(tx, tenantId, actor.userId, { name, category: 'service', icon: 'news', texts: [{ language: 'nl', title: 'Banenmarkt op 12 maart', body }] }))).id
        const created = await inTenant(db, actor, (tx) => createSend(tx, actor, { templateId, target: { kind: 'clients', clientIds: ids }, idempotencyKey: `bench-mail-${crypto.randomUUID()}` }))
        options.log(`Koers: ${created.recipients} emails queued; delivering through the outbox`)
        const before = await sink.accepted()
        const started = performance.now()
        let handled = 0
        while (handled < ids.length) {
          const n = await deliverDueMessages(data.ctx, { email: channel, sms: null, push: null }, { batchSize: 500, concurrency: 50 })
          if (n === 0) break
          handled += n
        }
        const seconds = (performance.now() - started) / 1000
        const delivered = (await sink.accepted()) - before
        if (delivered !== ids.length) throw new Error(`the server accepted ${delivered} of ${ids.length} emails`)
        const value = ids.length / seconds
        options.log(`Koers: ${delivered} emails in ${seconds.toFixed(1)} s = ${Math.round(value)}/s`)

        // The same messages, as rendered, straight through nodemailer.
        const rendered = (await db.owner.query<{ title: string; body: string }>(`SELECT title, body FROM outbox_messages WHERE send_id = $1 LIMIT $2`, [created.id, ids.length])).rows
        const transport = nodemailer.createTransport({ url: sink.url, pool: true, maxConnections: 5, maxMessages: 1000 })
        const bareBefore = await sink.accepted()
        const bareStarted = performance.now()
        let next = 0
        await Promise.all(
          Array.from({ length: 50 }, async () => {
            while (next < rendered.length) {
              const m = rendered[next++]!
              await transport.sendMail({ from, to: `person${next}@example.nl`, subject: m.title, text: m.body, html: `<p>${m.body}</p>`, headers: { 'List-Unsubscribe': '<https://werkplein.example/u/x>' } })
            }
          }),
        )
        const bareSeconds = (performance.now() - bareStarted) / 1000
        transport.close()
        const limit = ((await sink.accepted()) - bareBefore) / bareSeconds
        options.log(`nodemailer straight: ${rendered.length} emails in ${bareSeconds.toFixed(1)} s = ${Math.round(limit)}/s`)
        return { value, unit: 'msg/s', limit, budget: 500, higherIsBetter: true, details: { emails: ids.length, seconds: Number(seconds.toFixed(2)), bareSeconds: Number(bareSeconds.toFixed(2)) } }
      } finally {
        await cleanUp()
        await db.owner.query(`DELETE FROM client_messaging_preferences WHERE tenant_id = $1 AND client_id = ANY($2::uuid[])`, [tenantId, ids])
      }
    } finally {
      await channel.close()
      sink.stop()
      await data.close()
    }
  },
}
