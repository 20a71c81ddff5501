import type { Tx } from '../../db/database.js'
import { badRequest } from '../../http/problem.js'
import { signalByCode, signalDefinitions, type SignalDefinition } from './definitions.js'

export interface EffectiveSignal {
  definition: SignalDefinition
  enabled: boolean
  threshold: number | null
}

export interface SignalSettingRow {
  signal_code: string
  enabled: boolean
  threshold: number | null
}

/** Each signal with the tenant's switch and threshold, or the defaults. */
export async function effectiveSignals(tx: Tx): Promise<EffectiveSignal[]> {
  return effectiveSignalsFrom(await tx.selectFrom('signal_settings').select(['signal_code', 'enabled', 'threshold']).execute())
}

/** The same, from the tenant's rows of signal_settings read along with something else. */
export function effectiveSignalsFrom(rows: readonly SignalSettingRow[]): EffectiveSignal[] {
  return signalDefinitions.map((definition) => {
    const row = rows.find((r) => r.signal_code === definition.code)
    return {
      definition,
      enabled: row?.enabled ?? true,
      threshold: definition.threshold === null ? null : (row?.threshold ?? definition.threshold.default),
    }
  })
}

export async function saveSignalSetting(
  tx: Tx,
  tenantId: string,
  actorId: string,
  code: string,
  change: { enabled: boolean; threshold?: number | null },
): Promise<void> {
  const definition = signalByCode.get(code)
  if (!definition) throw badRequest('unknown-signal', `There is no signal "${code}".`, [{ field: 'code', message: 'is not a signal' }])
  let threshold: number | null = null
  if (change.threshold !== undefined && change.threshold !== null) {
    if (definition.threshold === null) {
      throw badRequest('no-threshold', 'This signal has no threshold.', [{ field: 'threshold', message: 'does not apply to this signal' }])
    }
    const { min, max, unit } = definition.threshold
    if (!Number.isInteger(change.threshold) || change.threshold < min || change.threshold > max) {
      throw badRequest('threshold-out-of-range', `The threshold must be a whole number of ${unit} from ${min} to ${max}.`, [
        { field: 'threshold', message: `must be from ${min} to ${max} ${unit}` },
      ])
    }
    threshold = change.threshold
  }
  await tx
    .insertInto('signal_settings')
    .values({ tenant_id: tenantId, signal_code: code, enabled: change.enabled, threshold, updated_by: actorId })
    .onConflict((oc) => oc.columns(['tenant_id', 'signal_code']).doUpdateSet({ enabled: change.enabled, threshold, updated_by: actorId, updated_at: new Date() }))
    .execute()
}
