import { seededRandom } from '../src/server/demo/random.js'
import { openClientData, sampleCoaches, signIn, spanId, startApp, traceId } from './clientData.js'
import { percentile, type Benchmark } from './framework.js'

/**
 * The client page (GET /api/v1/clients/{id}) through the real app over HTTP, signed in as a
 * coach opening a client of their caseload: session, scope check, every part of the page and
 * the audit record. The limit: the same rows read, and the same audit row written, by one
 * hand-written statement straight through `pg`.
 */

const requests = 1000
const warmUp = 50
const coachCount = 40

/** The same reads as the page, and the audit row, in one statement; $1 tenant, $2 client, $3 coach, $6 client as text. */
export const bareClientPageSql = `
WITH audit AS (
  INSERT INTO audit_events (tenant_id, trace_id, span_id, actor_type, actor_id, data_subject_type, data_subject_id, processing_activity, action, outcome, attributes)
  VALUES ($1, $4, $5, 'user', $3, 'client', $6, 'client-guidance', 'client.read', 'success', '{"via":"caseload"}')
),
assignments AS (
  SELECT a.coach_id, a.team_id, t.name AS team_name, a.valid_from, a.valid_to, a.reason
    FROM client_assignments a LEFT JOIN teams t ON t.tenant_id = a.tenant_id AND t.id = a.team_id
   WHERE a.tenant_id = $1 AND a.client_id = $2
),
statuses AS (
  SELECT s.id, s.status_code, st.kind, st.label_nl, st.label_en, st.sort, s.valid_from, s.valid_to, s.planned_end, s.regime, s.organisation, s.note, s.recorded_by, s.recorded_at
    FROM client_statuses s JOIN status_types st ON st.tenant_id = s.tenant_id AND st.code = s.status_code
   WHERE s.tenant_id = $1 AND s.client_id = $2
),
segments AS (SELECT scale_code, value, assessed_on, recorded_by, recorded_at FROM client_segment_scores WHERE tenant_id = $1 AND client_id = $2),
diagnosis AS (SELECT * FROM client_diagnoses WHERE tenant_id = $1 AND client_id = $2 ORDER BY assessed_on DESC, recorded_at DESC LIMIT 1),
card AS (SELECT competence_code, score, assessed_on, recorded_at FROM client_competence_scores WHERE tenant_id = $1 AND client_id = $2),
profile AS (SELECT criterion_code, value, source, valid_from FROM client_profile_values WHERE tenant_id = $1 AND client_id = $2 AND valid_to IS NULL),
interventions AS (
  SELECT i.id, i.type_code, it.label_nl, it.label_en, i.status, i.start_date, i.end_date, i.outcome, i.outcome_note, i.registered_by, i.registered_at
    FROM client_interventions i JOIN intervention_types it ON it.tenant_id = i.tenant_id AND it.code = i.type_code
   WHERE i.tenant_id = $1 AND i.client_id = $2
),
goals AS (SELECT * FROM plan_goals WHERE tenant_id = $1 AND client_id = $2),
notes AS (SELECT * FROM client_notes WHERE tenant_id = $1 AND client_id = $2 ORDER BY created_at DESC LIMIT 100),
events AS (SELECT * FROM client_events WHERE tenant_id = $1 AND client_id = $2 ORDER BY occurred_at DESC LIMIT 200)
SELECT
  (SELECT row_to_json(c) FROM clients c WHERE c.tenant_id = $1 AND c.id = $2) AS client,
  (SELECT EXISTS (SELECT 1 FROM client_access_grants g WHERE g.tenant_id = $1 AND g.client_id = $2 AND g.user_id = $3 AND g.expires_at > now())) AS granted,
  (SELECT json_agg(a ORDER BY a.valid_from DESC) FROM assignments a) AS assignments,
  (SELECT json_agg(s ORDER BY s.valid_from DESC) FROM statuses s) AS statuses,
  (SELECT json_agg(x ORDER BY x.sort, x.code) FROM segment_scales x WHERE x.tenant_id = $1) AS scales,
  (SELECT json_agg(s ORDER BY s.assessed_on DESC, s.recorded_at DESC) FROM segments s) AS segment_scores,
  (SELECT row_to_json(d) FROM diagnosis d) AS diagnosis,
  (SELECT json_agg(x ORDER BY x.sort, x.code) FROM competences x WHERE x.tenant_id = $1) AS competences,
  (SELECT json_agg(s ORDER BY s.assessed_on, s.recorded_at) FROM card s) AS competence_scores,
  (SELECT json_agg(x ORDER BY x.sort, x.code) FROM profile_criteria x WHERE x.tenant_id = $1 AND x.active) AS criteria,
  (SELECT json_agg(p) FROM profile p) AS profile,
  (SELECT json_agg(i ORDER BY i.start_date DESC) FROM interventions i) AS interventions,
  (SELECT row_to_json(p) FROM client_plans p WHERE p.tenant_id = $1 AND p.client_id = $2) AS plan,
  (SELECT json_agg(g ORDER BY g.created_at) FROM goals g) AS goals,
  (SELECT json_agg(s ORDER BY s.created_at) FROM plan_steps s WHERE s.tenant_id = $1 AND s.client_id = $2) AS steps,
  (SELECT json_agg(n ORDER BY n.created_at DESC) FROM notes n) AS notes,
  (SELECT json_agg(e ORDER BY e.occurred_at DESC) FROM events e) AS events,
  (SELECT json_agg(json_build_object('id', u.id, 'display_name', u.display_name)) FROM users u
    WHERE u.tenant_id = $1 AND u.id IN (
      SELECT coach_id FROM assignments UNION SELECT recorded_by FROM statuses UNION SELECT recorded_by FROM segments
      UNION SELECT registered_by FROM interventions UNION SELECT created_by FROM goals UNION SELECT author_id FROM notes
      UNION SELECT actor_id FROM events UNION SELECT recorded_by FROM diagnosis)) AS people`

export const clientPage: Benchmark = {
  name: 'client-page',
  description: 'GET /api/v1/clients/{id} through the real app as a coach (p95, ms; budget 50)',
  async run(options) {
    const data = await openClientData(options)
    const running = await startApp(data.ctx)
    try {
      const random = seededRandom(17)
      const coaches = await sampleCoaches(data, coachCount, random.next)
      options.log(`signing in ${coaches.length} coaches`)
      const cookies = new Map<string, string>()
      for (const coach of coaches) cookies.set(coach.userId, await signIn(running, data.spec.slug, coach.credential))
      const plan = Array.from({ length: warmUp + requests }, () => {
        const coach = random.pick(coaches)
        return { coach, clientId: random.pick(coach.clientIds) }
      })
      options.log(`${requests} client pages of ${new Set(plan.map((p) => p.clientId)).size} clients, after ${warmUp} to warm up`)
      const appTimes: number[] = []
      let bytes = 0
      for (const [i, { coach, clientId }] of plan.entries()) {
        const started = performance.now()
        const response = await running.request('GET', `/api/v1/clients/${clientId}`, { cookie: cookies.get(coach.userId)! })
        const elapsed = performance.now() - started
        if (response.status !== 200) throw new Error(`client page answered ${response.status}: ${response.body.slice(0, 300)}`)
        if (i >= warmUp) {
          appTimes.push(elapsed)
          bytes += response.body.length
        }
        if ((i + 1) % 250 === 0) options.log(`  app: ${i + 1}/${plan.length}, p95 so far ${percentile(appTimes, 95).toFixed(1)} ms`)
      }
      // The limit: the same clients, one statement each, as the owner straight through pg.
      const bareTimes: number[] = []
      const connection = await data.db.owner.connect()
      try {
        for (const [i, { coach, clientId }] of plan.entries()) {
          const started = performance.now()
          const result = await connection.query(bareClientPageSql, [data.tenantId, clientId, coach.userId, traceId(), spanId(), clientId])
          const elapsed = performance.now() - started
          if (result.rows[0]?.client === null) throw new Error('bare SQL found no client')
          if (i >= warmUp) bareTimes.push(elapsed)
        }
      } finally {
        connection.release()
      }
      const value = percentile(appTimes, 95)
      const limit = percentile(bareTimes, 95)
      options.log(
        `app: p50 ${percentile(appTimes, 50).toFixed(1)} ms, p95 ${value.toFixed(1)} ms, p99 ${percentile(appTimes, 99).toFixed(1)} ms, ` +
          `${Math.round(bytes / appTimes.length)} bytes per page; bare SQL: p50 ${percentile(bareTimes, 50).toFixed(1)} ms, p95 ${limit.toFixed(1)} ms`,
      )
      return {
        value,
        unit: 'ms',
        limit,
        budget: 50,
        details: { p50: percentile(appTimes, 50), p99: percentile(appTimes, 99), bareP50: percentile(bareTimes, 50), requests },
      }
    } finally {
      await running.close()
      await data.close()
    }
  },
}
