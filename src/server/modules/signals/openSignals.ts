import type { Tx } from '../../db/database.js'
import { signalText, type Severity, type SuggestedActionKind } from './definitions.js'
import { effectiveSignals, type EffectiveSignal } from './settings.js'

export interface OpenSignal {
  signalCode: string
  severity: Severity
  weight: number
  titleNl: string
  titleEn: string
  action: SuggestedActionKind
  raisedAt: string
}

/** The open signals of the given clients, in plain words, most urgent first. */
export async function openSignalsOf(tx: Tx, clientIds: string[]): Promise<Map<string, OpenSignal[]>> {
  const result = new Map<string, OpenSignal[]>()
  if (clientIds.length === 0) return result
  const [rows, settings] = await Promise.all([
    tx
      .selectFrom('client_signals')
      .select(['client_id', 'signal_code', 'raised_at'])
      .where('client_id', 'in', clientIds)
      .where('ended_at', 'is', null)
      .execute(),
    effectiveSignals(tx),
  ])
  const words = signalWords(settings)
  for (const row of rows) {
    const said = words.get(row.signal_code)
    if (!said) continue
    const list = result.get(row.client_id) ?? []
    list.push({ signalCode: row.signal_code, ...said, raisedAt: row.raised_at.toISOString() })
    result.set(row.client_id, list)
  }
  for (const list of result.values()) list.sort((a, b) => b.weight - a.weight)
  return result
}

/** What each signal says and suggests, by code, with the tenant's thresholds filled in. */
export type SignalWords = Omit<OpenSignal, 'signalCode' | 'raisedAt'>

export function signalWords(settings: readonly EffectiveSignal[]): Map<string, SignalWords> {
  const words = new Map<string, SignalWords>()
  for (const { definition, threshold } of settings) {
    const text = signalText(definition, threshold)
    words.set(definition.code, { severity: definition.severity, weight: definition.weight, titleNl: text.textNl, titleEn: text.textEn, action: definition.action })
  }
  return words
}
