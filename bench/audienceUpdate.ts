import { todayInAmsterdam } from '../src/server/modules/clients/dutchFormats.js'
import { createAudience } from '../src/server/modules/audiences/saveAudience.js'
import { drainAudienceQueue, startMembershipWorker } from '../src/server/modules/audiences/upkeep.js'
import type { StaffActor } from '../src/server/http/context.js'
import { benchDefinition, ensureSyntheticSend, removeBenchAudience } from './audienceCount.js'
import { openClientData, traceId } from './clientData.js'
import { percentile, type Benchmark } from './framework.js'

const clientsChanged = 25
const note = 'benchmark audience-update'
const names = { exemption: 'Benchmark: ontheffing', five: 'Benchmark: vijf voorwaarden', list: 'Benchmark: lijst' }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * How soon a saved audience follows a change: 25 clients each get an exemption (they enter
 * "Ontheffing, na de instroom") and lose it again (they leave) — 50 changes, one at a time,
 * each committed by plain SQL, timed from the commit until audience_members shows it. The
 * membership worker runs in-process as on a server (1 s interval), with two more saved
 * audiences (five conditions; a static list) that it re-evaluates on every change too. The
 * limit: the same membership change done by hand in the change's own transaction (one
 * statement per change).
 */
export const audienceUpdate: Benchmark = {
  name: 'audience-update',
  description: 'A saved audience follows a client change: commit → audience_members (p95 of 50 changes, ms; budget 5000)',
  async run(options) {
    const data = await openClientData(options)
    const owner = data.db.owner
    const today = todayInAmsterdam()
    const log = { info: options.log, error: (err: unknown, msg: string) => options.log(`${msg}: ${String(err)}`) }
    let worker: ReturnType<typeof startMembershipWorker> | null = null
    try {
      await ensureSyntheticSend(data, options.log)
      for (const name of Object.values(names)) await removeBenchAudience(data, name)
      const leftover = await drainAudienceQueue(data.ctx, { batchSize: 5000 })
      if (leftover > 0) options.log(`drained ${leftover} queued changes left from before`)

      const editor = await owner.query<{ id: string }>(
        `SELECT u.id FROM users u JOIN user_roles r ON r.tenant_id = u.tenant_id AND r.user_id = u.id WHERE u.tenant_id = $1 AND r.role = 'editor' LIMIT 1`,
        [data.tenantId],
      )
      const actor: StaffActor = { tenantId: data.tenantId, userId: editor.rows[0]!.id, roles: ['editor'], teamIds: [] }
      const picked = await owner.query<{ id: string; client_number: string }>(
        `SELECT c.id, c.client_number FROM clients c
          WHERE c.tenant_id = $1 AND c.outflow_date IS NULL AND c.intake_date <= $2::date - 31
            AND NOT EXISTS (SELECT 1 FROM client_statuses s WHERE s.tenant_id = c.tenant_id AND s.client_id = c.id AND s.status_code = 'exemption')
          ORDER BY hashtext(c.id::text) LIMIT $3`,
        [data.tenantId, today, clientsChanged],
      )
      let started = performance.now()
      const exemption = await createAudience(data.ctx, traceId(), actor, {
        kind: 'dynamic',
        name: names.exemption,
        definition: {
          match: 'all',
          groups: [{ match: 'all', conditions: [{ kind: 'status', status: 'exemption' }, { kind: 'phase', phases: ['before-intake'], negate: true }] }],
        },
      })
      options.log(`saved "${names.exemption}": ${exemption.memberCount.toLocaleString('en-GB')} members in ${(performance.now() - started).toFixed(0)} ms`)
      started = performance.now()
      const five = await createAudience(data.ctx, traceId(), actor, { kind: 'dynamic', name: names.five, definition: benchDefinition })
      options.log(`saved "${names.five}": ${five.memberCount.toLocaleString('en-GB')} members in ${(performance.now() - started).toFixed(0)} ms`)
      const list = await owner.query<{ client_number: string }>('SELECT client_number FROM clients WHERE tenant_id = $1 ORDER BY client_number LIMIT 1000', [data.tenantId])
      await createAudience(data.ctx, traceId(), actor, { kind: 'static', name: names.list, clientNumbers: [...picked.rows, ...list.rows].map((r) => r.client_number) })

      worker = startMembershipWorker(data.ctx, log)
      const isMember = async (clientId: string) =>
        (await owner.query('SELECT 1 FROM audience_members WHERE tenant_id = $1 AND audience_id = $2 AND client_id = $3', [data.tenantId, exemption.id, clientId])).rowCount === 1
      const waitFor = async (clientId: string, member: boolean, from: number) => {
        for (;;) {
          if ((await isMember(clientId)) === member) return performance.now() - from
          if (performance.now() - from > 60_000) throw new Error('membership did not follow within a minute')
          await sleep(10)
        }
      }
      options.log(`${clientsChanged} clients enter and leave, one change at a time`)
      const latencies: number[] = []
      const statusIds: string[] = []
      for (const client of picked.rows) {
        const inserted = await owner.query<{ id: string }>(
          `INSERT INTO client_statuses (tenant_id, client_id, status_code, valid_from, note) VALUES ($1, $2, 'exemption', $3::date - 10, $4) RETURNING id`,
          [data.tenantId, client.id, today, note],
        )
        latencies.push(await waitFor(client.id, true, performance.now()))
        statusIds.push(inserted.rows[0]!.id)
        await owner.query(`UPDATE client_statuses SET valid_to = $2::date - 1 WHERE id = $1`, [inserted.rows[0]!.id, today])
        latencies.push(await waitFor(client.id, false, performance.now()))
      }
      options.log(`app: p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`)

      // The limit: the change and the membership statement for that one client in one transaction.
      const bare: number[] = []
      const connection = await owner.connect()
      try {
        for (const client of picked.rows) {
          for (const entering of [true, false]) {
            const t0 = performance.now()
            await connection.query('BEGIN')
            if (entering) {
              await connection.query(`INSERT INTO client_statuses (tenant_id, client_id, status_code, valid_from, note) VALUES ($1, $2, 'exemption', $3::date, $4)`, [
                data.tenantId,
                client.id,
                today,
                note,
              ])
            }
            await connection.query(
              entering
                ? `INSERT INTO audience_members (tenant_id, audience_id, client_id)
                   SELECT $1, $2, c.id FROM clients c WHERE c.tenant_id = $1 AND c.id = $3 AND c.intake_date <= $4::date
                      AND EXISTS (SELECT 1 FROM client_statuses s WHERE s.tenant_id = $1 AND s.client_id = c.id AND s.status_code = 'exemption'
                                     AND s.valid_from <= $4::date AND (s.valid_to IS NULL OR s.valid_to >= $4::date))
                   ON CONFLICT DO NOTHING`
                : `DELETE FROM audience_members WHERE tenant_id = $1 AND audience_id = $2 AND client_id = $3 AND $4::date IS NOT NULL`,
              [data.tenantId, exemption.id, client.id, today],
            )
            await connection.query('ROLLBACK')
            bare.push(performance.now() - t0)
          }
        }
      } finally {
        connection.release()
      }
      options.log(`bare SQL: p95 ${percentile(bare, 95).toFixed(1)} ms`)
      return {
        value: percentile(latencies, 95),
        unit: 'ms',
        limit: percentile(bare, 95),
        budget: 5000,
        details: { changes: latencies.length, p50: percentile(latencies, 50), max: Math.max(...latencies) },
      }
    } finally {
      await worker?.stop()
      // Leave the data set as it was: no bench statuses, no saved audiences, an empty queue.
      await owner.query('DELETE FROM client_statuses WHERE tenant_id = $1 AND note = $2', [data.tenantId, note])
      for (const name of Object.values(names)) await removeBenchAudience(data, name)
      await owner.query('DELETE FROM audience_queue WHERE tenant_id = $1', [data.tenantId])
      await data.close()
    }
  },
}
