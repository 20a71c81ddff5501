import type { AudienceDefinition, AudiencePreview } from '../src/common/api/audiences.js'
import { todayInAmsterdam } from '../src/server/modules/clients/dutchFormats.js'
import { openClientData, signIn, startApp, type ClientData } from './clientData.js'
import { percentile, type Benchmark } from './framework.js'

const rounds = 10
const warmUp = 2

/**
 * What the audience benchmarks add to the client data set, once: a synthetic newsletter that
 * reached about 30% of the clients over the last 60 days (the generator makes no messages),
 * about 40% of those opened it and 10% clicked. Plain SQL as the owner; run before any audience
 * is saved, so the queue triggers have nothing to do.
 */
export async function ensureSyntheticSend(data: ClientData, log: (message: string) => void): Promise<void> {
  const owner = data.db.owner
  const key = 'synthetic-newsletter-for-audiences'
  const exists = await owner.query('SELECT 1 FROM message_sends WHERE tenant_id = $1 AND idempotency_key = $2', [data.tenantId, key])
  if (exists.rowCount !== 0) return
  log('adding a synthetic newsletter: outbox rows for ~30% of clients, some opened or clicked (once per data set)')
  const started = Date.now()
  const client = await owner.connect()
  try {
    await client.query('BEGIN')
    const editor = await client.query<{ id: string }>(
      `SELECT u.id FROM users u JOIN user_roles r ON r.tenant_id = u.tenant_id AND r.user_id = u.id WHERE u.tenant_id = $1 AND r.role = 'editor' LIMIT 1`,
      [data.tenantId],
    )
    const template = await client.query<{ id: string }>(
      `INSERT INTO message_templates (tenant_id, name, category, created_by) VALUES ($1, 'Nieuwsbrief (benchmark)', 'news', $2)
       ON CONFLICT (tenant_id, name) DO UPDATE SET updated_at = now() RETURNING id`,
      [data.tenantId, editor.rows[0]!.id],
    )
    const send = await client.query<{ id: string }>(
      `INSERT INTO message_sends (tenant_id, template_id, category, target_kind, client_ids, scheduled_at, status, idempotency_key, created_by, materialised_at)
       VALUES ($1, $2, 'news', 'clients', '{}', now() - interval '60 days', 'done', $3, $4, now() - interval '60 days') RETURNING id`,
      [data.tenantId, template.rows[0]!.id, key, editor.rows[0]!.id],
    )
    // Deterministic per client: the same clients every time the data set is made.
    const inserted = await client.query(
      `INSERT INTO outbox_messages (tenant_id, send_id, client_id, channel, status, attempts, created_at, sent_at, delivered_at, opened_at, clicked_at, title)
       SELECT c.tenant_id, $2, c.id, 'app', 'delivered', 1, x.sent, x.sent, x.sent,
              CASE WHEN x.h % 100 < 40 THEN x.sent + interval '3 hours' END,
              CASE WHEN x.h % 100 < 10 THEN x.sent + interval '4 hours' END,
              'Nieuwsbrief'
         FROM clients c
        CROSS JOIN LATERAL (SELECT abs(hashtext(c.id::text)) AS h) hh
        CROSS JOIN LATERAL (SELECT hh.h, now() - make_interval(days => (hh.h / 100) % 60) AS sent) x
        WHERE c.tenant_id = $1 AND hh.h % 10 < 3`,
      [data.tenantId, send.rows[0]!.id],
    )
    await client.query('UPDATE message_sends SET recipients = $2 WHERE id = $1', [send.rows[0]!.id, inserted.rowCount])
    await client.query('COMMIT')
    log(`synthetic newsletter: ${inserted.rowCount?.toLocaleString('en-GB')} outbox rows in ${Math.round((Date.now() - started) / 1000)} s`)
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  } finally {
    client.release()
  }
  await owner.query('VACUUM (ANALYZE) outbox_messages, message_sends')
}

/**
 * Five conditions, one behavioural: benefit now and 6+ months since intake, motivated or
 * interested in care or logistics, and opened a message in the last 30 days.
 */
export const benchDefinition: AudienceDefinition = {
  match: 'all',
  groups: [
    {
      match: 'all',
      conditions: [
        { kind: 'status', status: 'benefit' },
        { kind: 'phase', phases: ['6-12', '12+'] },
      ],
    },
    {
      match: 'any',
      conditions: [
        { kind: 'segment', scale: 'motivation', operator: 'gte', value: 3 },
        { kind: 'profile', criterion: 'sectors_of_interest', operator: 'containsAny', values: ['care', 'logistics'] },
      ],
    },
    { match: 'all', conditions: [{ kind: 'message', event: 'opened', within: { amount: 30, unit: 'days' } }] },
  ],
}

/** The same predicates written by hand, as the owner (no row-level security): the limit. */
export const bareBenchCountSql = `
SELECT count(*)::int AS n FROM clients c
 WHERE c.tenant_id = $1 AND (c.outflow_date IS NULL OR c.outflow_date > $2::date)
   AND c.intake_date <= ($2::date - interval '6 months')::date
   AND EXISTS (SELECT 1 FROM client_statuses s WHERE s.tenant_id = $1 AND s.client_id = c.id AND s.status_code = 'benefit'
                  AND s.valid_from <= $2::date AND (s.valid_to IS NULL OR s.valid_to >= $2::date))
   AND (EXISTS (SELECT 1 FROM (SELECT DISTINCT ON (g.client_id) g.client_id, g.value FROM client_segment_scores g
                  WHERE g.tenant_id = $1 AND g.scale_code = 'motivation' ORDER BY g.client_id, g.assessed_on DESC, g.recorded_at DESC) cur
                WHERE cur.client_id = c.id AND cur.value >= 3)
        OR EXISTS (SELECT 1 FROM client_profile_values p WHERE p.tenant_id = $1 AND p.client_id = c.id AND p.criterion_code = 'sectors_of_interest'
                  AND p.valid_to IS NULL AND p.value ?| ARRAY['care', 'logistics']))
   AND EXISTS (SELECT 1 FROM outbox_messages o WHERE o.tenant_id = $1 AND o.client_id = c.id AND o.opened_at >= now() - interval '30 days')`

/** The bare count, with the planner settings the app counts with (sorted probes; see tuneForCounting). */
async function bareCountOf(data: ClientData): Promise<number> {
  const client = await data.db.owner.connect()
  try {
    await client.query('BEGIN')
    await client.query(`SET LOCAL work_mem = '64MB'; SET LOCAL enable_hashagg = off`)
    const result = await client.query<{ n: number }>(bareBenchCountSql, [data.tenantId, todayInAmsterdam()])
    await client.query('COMMIT')
    return result.rows[0]!.n
  } finally {
    client.release()
  }
}

/** Removes what an earlier run of an audience benchmark saved under this name. */
export async function removeBenchAudience(data: ClientData, name: string): Promise<void> {
  const owner = data.db.owner
  const found = await owner.query<{ id: string }>('SELECT id FROM audiences WHERE tenant_id = $1 AND name = $2', [data.tenantId, name])
  for (const { id } of found.rows) {
    await owner.query('DELETE FROM audience_members WHERE tenant_id = $1 AND audience_id = $2', [data.tenantId, id])
    await owner.query('DELETE FROM audiences WHERE tenant_id = $1 AND id = $2', [data.tenantId, id])
  }
}

/**
 * Counting an audience of five conditions (one behavioural) over the whole organisation, as the
 * builder's live preview does: POST /api/v1/audience-previews through the real app over HTTP,
 * signed in as an editor (scope: everyone) — definition check, compiled SQL under row-level
 * security, count, a sample of ten names and the audit row. The limit: the bare count of the
 * same predicates by hand-written SQL as the owner.
 */
export const audienceCount: Benchmark = {
  name: 'audience-count',
  description: 'Count and sample an audience of 5 conditions (one behavioural) through POST /api/v1/audience-previews (p50 of 10, ms; budget 1000)',
  async run(options) {
    const data = await openClientData(options)
    const running = await startApp(data.ctx)
    try {
      await ensureSyntheticSend(data, options.log)
      const editor = data.credentials.find((c) => c.roles.includes('editor') && c.totpSecret !== null)!
      const cookie = await signIn(running, data.spec.slug, editor)
      const session = await running.request('GET', '/api/v1/session', { cookie })
      const csrf = (JSON.parse(session.body) as { csrfToken: string }).csrfToken
      const appTimes: number[] = []
      let count = -1
      for (let i = 0; i < warmUp + rounds; i++) {
        const started = performance.now()
        const response = await running.request('POST', '/api/v1/audience-previews', { cookie, csrf, body: { definition: benchDefinition } })
        const took = performance.now() - started
        if (response.status !== 200) throw new Error(`preview failed: ${response.status} ${response.body}`)
        count = (JSON.parse(response.body) as AudiencePreview).count
        if (i >= warmUp) appTimes.push(took)
      }
      options.log(`app: ${count.toLocaleString('en-GB')} members; p50 ${percentile(appTimes, 50).toFixed(0)} ms, max ${Math.max(...appTimes).toFixed(0)} ms`)

      const bareTimes: number[] = []
      let bareCount = -1
      for (let i = 0; i < warmUp + rounds; i++) {
        const started = performance.now()
        bareCount = await bareCountOf(data)
        const took = performance.now() - started
        if (i >= warmUp) bareTimes.push(took)
      }
      options.log(`bare SQL: ${bareCount.toLocaleString('en-GB')} members; p50 ${percentile(bareTimes, 50).toFixed(0)} ms, max ${Math.max(...bareTimes).toFixed(0)} ms`)
      if (bareCount !== count) options.log(`note: the counts differ (app ${count}, bare ${bareCount})`)
      return {
        value: percentile(appTimes, 50),
        unit: 'ms',
        limit: percentile(bareTimes, 50),
        budget: 1000,
        details: { members: count, appMax: Math.max(...appTimes), bareMax: Math.max(...bareTimes) },
      }
    } finally {
      await running.close()
      await data.close()
    }
  },
}
