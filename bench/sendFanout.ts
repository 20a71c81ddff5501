import crypto from 'node:crypto'
import { inTenant } from '../src/server/db/database.js'
import type { StaffActor } from '../src/server/http/context.js'
import { createSend } from '../src/server/modules/messaging/sends.js'
import { createTemplate } from '../src/server/modules/messaging/templates.js'
import { openClientData } from './clientData.js'
import type { Benchmark } from './framework.js'

const recipients = 100_000

/**
 * One send to 100,000 people: the send and its outbox (one row per person and channel, the
 * channel chosen per person from app, preferences, consents and bounces; opt-outs and the weekly
 * cap of news messages checked per person) written in one transaction. The limit: a bare
 * INSERT … SELECT of one outbox row per person, in the same run.
 */
export const sendFanout: Benchmark = {
  name: 'send-fanout',
  description: `one send to ${recipients.toLocaleString('en-GB')} recipients materialised in the outbox (ms; budget 10,000)`,
  async run(options) {
    const data = await openClientData(options)
    const { db, tenantId } = data
    try {
      const editor = (await db.owner.query<{ id: string }>(`SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id AND r.tenant_id = u.tenant_id WHERE u.tenant_id = $1 AND r.role = 'editor' LIMIT 1`, [tenantId])).rows[0]
      if (!editor) throw new Error('the data set has no editor')
      const actor: StaffActor = { tenantId, userId: editor.id, roles: ['editor'], teamIds: [] }
      const ids = (await db.owner.query<{ id: string }>(`SELECT id FROM clients WHERE tenant_id = $1 AND (outflow_date IS NULL OR outflow_date > current_date) ORDER BY id LIMIT $2`, [tenantId, recipients])).rows.map((r) => r.id)
      if (ids.length < recipients) options.log(`only ${ids.length.toLocaleString('en-GB')} clients in the organisation: the send goes to all of them`)
      const cleanUp = async () => {
        await db.owner.query(`DELETE FROM outbox_messages WHERE tenant_id = $1 AND send_id IN (SELECT id FROM message_sends WHERE tenant_id = $1 AND idempotency_key LIKE 'bench-%')`, [tenantId])
        await db.owner.query(`DELETE FROM message_sends WHERE tenant_id = $1 AND idempotency_key LIKE 'bench-%'`, [tenantId])
      }
      await cleanUp()
      const templateName = 'Benchmark: banenmarkt'
      const existing = await db.owner.query<{ id: string }>('SELECT id FROM message_templates WHERE tenant_id = $1 AND name = $2', [tenantId, templateName])
      const templateId =
        existing.rows[0]?.id ??
        (await inTenant(db, actor, (tx) =>
          createTemplate(tx, tenantId, actor.userId, {
            name: templateName,
            category: 'news',
            icon: 'briefcase',
            texts: [{ language: 'nl', title: 'Banenmarkt', body: 'Hoi {{ first_name }}, kom naar de banenmarkt op 12 maart.', smsText: 'Hoi {{ first_name }}, kom naar de banenmarkt op 12 maart.' }],
          }),
        )).id

      options.log(`bare SQL: INSERT … SELECT of one outbox row per person (${ids.length.toLocaleString('en-GB')})`)
      const bareSend = await db.owner.query<{ id: string }>(
        `INSERT INTO message_sends (tenant_id, template_id, category, target_kind, client_ids, idempotency_key, created_by, status)
         VALUES ($1, $2, 'news', 'clients', '{}', 'bench-bare', $3, 'done') RETURNING id`,
        [tenantId, templateId, actor.userId],
      )
      const bareStarted = performance.now()
      await db.owner.query(
        `INSERT INTO outbox_messages (tenant_id, send_id, client_id, channel)
         SELECT $1, $2, c.id, 'sms' FROM clients c WHERE c.tenant_id = $1 AND c.id = ANY($3::uuid[])`,
        [tenantId, bareSend.rows[0]!.id, ids],
      )
      const limit = performance.now() - bareStarted
      await cleanUp()

      options.log('Koers: createSend to the same people (estimate, cap and opt-out checks, channel choice, outbox)')
      const runs: number[] = []
      let reached = 0
      for (let run = 0; run < 3; run++) {
        const started = performance.now()
        const created = await inTenant(db, actor, (tx) => createSend(tx, actor, { templateId, target: { kind: 'clients', clientIds: ids }, idempotencyKey: `bench-${crypto.randomUUID()}` }))
        runs.push(performance.now() - started)
        reached = created.recipients ?? 0
        options.log(`  run ${run + 1}: ${Math.round(runs[run]!)} ms, ${reached.toLocaleString('en-GB')} people reached`)
        await cleanUp()
      }
      const value = [...runs].sort((a, b) => a - b)[1]!
      options.log(`median of 3: ${Math.round(value)} ms for ${ids.length.toLocaleString('en-GB')} people; the bare INSERT took ${Math.round(limit)} ms`)
      return { value, unit: 'ms', limit, budget: 10_000, details: { recipients: ids.length, reached, runsMs: runs.map(Math.round) } }
    } finally {
      await data.close()
    }
  },
}
