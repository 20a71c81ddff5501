import { sql } from 'kysely'
import type { AudiencePreview, PreviewRequest } from '../../../common/api/audiences.js'
import type { AppContext } from '../../appContext.js'
import { inTenant, type Tx } from '../../db/database.js'
import { userTrace, type StaffActor } from '../../http/context.js'
import { recordAudit } from '../audit/recordAudit.js'
import { audienceActivity, countScopeOf, memberName, memberScope } from './audienceAccess.js'
import { checkDefinition } from './definitionCheck.js'
import { loadMembershipContext, membersSql, tuneForCounting } from './membershipSql.js'

const sampleSize = 10

/** Names and numbers of some clients, sorted by name. */
export async function clientSamples(tx: Tx, ids: string[]) {
  if (ids.length === 0) return []
  const rows = await tx
    .selectFrom('clients')
    .select(['id', 'client_number', 'initials', 'first_names', 'tussenvoegsel', 'surname'])
    .where('id', 'in', ids)
    .execute()
  return rows
    .map((row) => ({ id: row.id, clientNumber: row.client_number, name: memberName(row) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
}

/**
 * The count and a sample of the members of a definition being built, exactly as it would be
 * saved (membership conditions included), for the user's scope. Showing names is a read of
 * personal data: the audit log names the clients shown.
 */
export async function previewAudience(ctx: AppContext, traceId: string, actor: StaffActor, request: PreviewRequest): Promise<AudiencePreview> {
  return inTenant(ctx.db, actor, async (tx) => {
    const membership = await loadMembershipContext(tx, actor.tenantId)
    await checkDefinition(tx, request.definition, { audienceId: request.audienceId ?? null, audiences: membership.audiences })
    await tuneForCounting(tx)
    const members = membersSql(membership, { kind: 'dynamic', definition: request.definition }, { scope: memberScope(actor) })
    const result = await sql<{ count: number; sample: string[] | null }>`
      WITH m AS MATERIALIZED (${members})
      SELECT (SELECT count(*) FROM m)::int AS count, (SELECT json_agg(s.client_id) FROM (SELECT client_id FROM m LIMIT ${sampleSize}) s) AS sample`.execute(tx)
    const { count, sample } = result.rows[0]!
    const shown = await clientSamples(tx, sample ?? [])
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: audienceActivity,
      action: 'audience.preview',
      attributes: { audienceId: request.audienceId ?? null, count, shownClientIds: shown.map((s) => s.id) },
    })
    return { count, countScope: countScopeOf(actor), sample: shown }
  })
}
