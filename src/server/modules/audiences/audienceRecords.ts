import type { AudienceDefinition } from '../../../common/api/audiences.js'
import type { Tx } from '../../db/database.js'
import { conditionTables } from './conditionSql.js'

/** A saved audience as membership needs it. */
export interface AudienceRecord {
  id: string
  name: string
  kind: 'dynamic' | 'static'
  definition: AudienceDefinition | null
}

/** Every saved audience of the organisation, by id (an organisation has tens, not thousands). */
export async function loadAudienceRecords(tx: Tx): Promise<Map<string, AudienceRecord>> {
  const rows = await tx.selectFrom('audiences').select(['id', 'name', 'kind', 'definition']).execute()
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, kind: r.kind, definition: r.definition }]))
}

/** The audiences a definition names in membership conditions, directly. */
export function referencesOf(definition: AudienceDefinition | null): string[] {
  if (definition === null) return []
  const ids = definition.groups.flatMap((g) => g.conditions.flatMap((c) => (c.kind === 'audience' ? [c.audienceId] : [])))
  return [...new Set(ids)]
}

/**
 * The client tables whose changes can change the membership of a definition: its own
 * conditions' and, through membership conditions, those of the audiences it names. Every
 * audience depends on clients (outflow).
 */
export function tablesOf(definition: AudienceDefinition | null, audiences: Map<string, AudienceRecord>, seen = new Set<string>()): string[] {
  const tables = new Set<string>(['clients'])
  for (const condition of definition?.groups.flatMap((g) => g.conditions) ?? []) {
    for (const table of conditionTables(condition)) tables.add(table)
    if (condition.kind === 'audience' && !seen.has(condition.audienceId)) {
      seen.add(condition.audienceId)
      for (const table of tablesOf(audiences.get(condition.audienceId)?.definition ?? null, audiences, seen)) tables.add(table)
    }
  }
  return [...tables].sort()
}

/** The audiences that name `audienceId`, directly or through others (to refresh after it changes). */
export function dependentsOf(audienceId: string, audiences: Map<string, AudienceRecord>): string[] {
  const found = new Set<string>()
  let frontier = [audienceId]
  while (frontier.length > 0) {
    const next: string[] = []
    for (const record of audiences.values()) {
      if (found.has(record.id) || record.id === audienceId) continue
      if (referencesOf(record.definition).some((id) => frontier.includes(id))) {
        found.add(record.id)
        next.push(record.id)
      }
    }
    frontier = next
  }
  return [...found]
}
