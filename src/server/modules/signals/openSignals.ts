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
  const perClient = new Map<string, { signalCode: string; raisedAt: Date }[]>()
  for (const row of rows) {
    const list = perClient.get(row.client_id) ?? []
    list.push({ signalCode: row.signal_code, raisedAt: row.raised_at })
    perClient.set(row.client_id, list)
  }
  const describe = signalDescriber(settings)
  for (const [clientId, signals] of perClient) {
    const described = describe(signals)
    if (described.length > 0) result.set(clientId, described)
  }
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

/** Open signals (code and when raised) in plain words, most urgent first; the words of each signal are made once. */
function signalDescriber(settings: readonly EffectiveSignal[]): (signals: readonly { signalCode: string; raisedAt: string | Date }[]) => OpenSignal[] {
  const words = signalWords(settings)
  return (signals) => {
    const described: OpenSignal[] = []
    for (const signal of signals) {
      const known = words.get(signal.signalCode)
      if (known) described.push({ signalCode: signal.signalCode, ...known, raisedAt: typeof signal.raisedAt === 'string' ? signal.raisedAt : signal.raisedAt.toISOString() })
    }
    return described.sort((a, b) => b.weight - a.weight)
  }
}
