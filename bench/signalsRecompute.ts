import { sql } from 'kysely'
import { inTenant } from '../src/server/db/database.js'
import { todayInAmsterdam } from '../src/server/modules/clients/dutchFormats.js'
import { signalDefinitions } from '../src/server/modules/signals/definitions.js'
import { recomputeSignals } from '../src/server/modules/signals/recompute.js'
import { openClientData } from './clientData.js'
import type { Benchmark } from './framework.js'

/**
 * Every signal for every client of the organisation, from nothing: the hourly job's worst case
 * (after a restore, or when an admin changes thresholds). The limit: the same predicates
 * evaluated by bare SQL (`SELECT c.id FROM clients c WHERE …` per signal), in the same run.
 */
export const signalsRecompute: Benchmark = {
  name: 'signals-recompute',
  description: 'all signals for all clients, from none open (ms; budget 60,000)',
  async run(options) {
    const data = await openClientData(options)
    try {
      const today = todayInAmsterdam()
      const context = { tenantId: data.tenantId }
      // None open, as after a restore: the rows deleted, and vacuumed away as autovacuum would do
      // after a mass delete (a million dead rows and index entries would otherwise slow down
      // every insert and anti-join of the recompute, and no real start from none has them).
      await data.db.owner.query('DELETE FROM client_signals WHERE tenant_id = $1', [data.tenantId])
      await data.db.owner.query('VACUUM (ANALYZE) client_signals')
      options.log('bare SQL: each signal predicate over all clients')
      const bareStarted = performance.now()
      let matched = 0
      await inTenant(data.db, context, async (tx) => {
        for (const definition of signalDefinitions) {
          const holds = definition.holds({ today, threshold: definition.threshold?.default ?? 0 })
          const started = performance.now()
          const rows = await sql<{ n: number }>`SELECT count(*)::int AS n FROM clients c WHERE ${holds}`.execute(tx)
          matched += rows.rows[0]!.n
          options.log(`  ${definition.code}: ${rows.rows[0]!.n.toLocaleString('en-GB')} clients, ${Math.round(performance.now() - started)} ms`)
        }
      })
      const limit = performance.now() - bareStarted
      options.log('Koers: recomputeSignals for the whole organisation')
      const started = performance.now()
      const changes = await inTenant(data.db, context, (tx) => recomputeSignals(tx, data.tenantId, null, today))
      const value = performance.now() - started
      const raised = changes.filter((c) => c.change === 'raised').length
      if (raised !== matched) throw new Error(`recompute raised ${raised} signals where the predicates find ${matched}`)
      options.log(`raised ${raised.toLocaleString('en-GB')} signals in ${Math.round(value)} ms; the bare predicates took ${Math.round(limit)} ms`)
      await data.db.owner.query('ANALYZE client_signals') // as the hourly job does after large changes
      const again = performance.now()
      await inTenant(data.db, context, (tx) => recomputeSignals(tx, data.tenantId, null, today))
      const secondRunMs = performance.now() - again
      options.log(`a second recompute with nothing changed (the hourly job's usual case): ${Math.round(secondRunMs)} ms`)
      return { value, unit: 'ms', limit, budget: 60_000, details: { raised, secondRunMs } }
    } finally {
      await data.close()
    }
  },
}
