import type { AudienceChange, AudienceDefinition, AudienceSaved, NewAudience, StaticMembersAddition } from '../../../common/api/audiences.js'
import type { AppContext } from '../../appContext.js'
import { inTenant, type Tx } from '../../db/database.js'
import { userTrace, type StaffActor } from '../../http/context.js'
import { badRequest, conflict, notFound } from '../../http/problem.js'
import { recordAudit } from '../audit/recordAudit.js'
import { audienceActivity } from './audienceAccess.js'
import { dependentsOf, referencesOf, tablesOf, type AudienceRecord } from './audienceRecords.js'
import { checkDefinition } from './definitionCheck.js'
import { loadMembershipContext, tuneForCounting, type MembershipContext } from './membershipSql.js'
import { syncMembers } from './refresh.js'
import { addStaticMembers } from './staticMembers.js'

async function assertNameFree(tx: Tx, name: string, except: string | null): Promise<void> {
  let query = tx.selectFrom('audiences').select('id').where('name', '=', name)
  if (except !== null) query = query.where('id', '<>', except)
  if (await query.executeTakeFirst()) throw conflict('audience-name-taken', `There is an audience called "${name}" already.`)
}

/**
 * After an audience's definition changed, the audiences that name it (directly or not) read new
 * tables and have other members: their dependencies and members follow, in the same transaction.
 */
async function refreshWithDependents(tx: Tx, membership: MembershipContext, audienceId: string): Promise<number> {
  await tuneForCounting(tx)
  const own = await syncMembers(tx, membership, membership.audiences.get(audienceId)!, null)
  for (const dependentId of dependentsOf(audienceId, membership.audiences)) {
    const dependent = membership.audiences.get(dependentId)!
    await tx.updateTable('audiences').set({ depends_on: tablesOf(dependent.definition, membership.audiences) }).where('id', '=', dependentId).execute()
    await syncMembers(tx, membership, dependent, null)
  }
  return own.members!
}

function definitionColumns(definition: AudienceDefinition, audiences: Map<string, AudienceRecord>) {
  return {
    definition: JSON.stringify(definition),
    referenced_audiences: referencesOf(definition),
    depends_on: tablesOf(definition, audiences),
  }
}

/** Saves a new audience and fills its members at once; a definition that matches no one is fine. */
export async function createAudience(ctx: AppContext, traceId: string, actor: StaffActor, input: NewAudience): Promise<AudienceSaved> {
  const name = input.name.trim()
  return inTenant(ctx.db, actor, async (tx) => {
    await assertNameFree(tx, name, null)
    const membership = await loadMembershipContext(tx, actor.tenantId)
    if (input.kind === 'dynamic') await checkDefinition(tx, input.definition, { audienceId: null, audiences: membership.audiences })
    const row = await tx
      .insertInto('audiences')
      .values({
        tenant_id: actor.tenantId,
        name,
        description: input.description?.trim() || null,
        kind: input.kind,
        ...(input.kind === 'dynamic' ? definitionColumns(input.definition, membership.audiences) : { definition: null }),
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    let unknownClientNumbers: string[] = []
    if (input.kind === 'static') {
      unknownClientNumbers = (await addStaticMembers(tx, actor.tenantId, actor.userId, row.id, input)).unknownClientNumbers
    }
    const record: AudienceRecord = { id: row.id, name, kind: input.kind, definition: input.kind === 'dynamic' ? input.definition : null }
    membership.audiences.set(row.id, record)
    await tuneForCounting(tx)
    const { members } = await syncMembers(tx, membership, record, null)
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: audienceActivity,
      action: 'audience.create',
      attributes: { audienceId: row.id, kind: input.kind, members, unknownClientNumbers: unknownClientNumbers.length },
    })
    return { id: row.id, memberCount: members!, unknownClientNumbers }
  })
}

/** Renames an audience and, for a dynamic one, replaces its definition (no cycles). */
export async function changeAudience(ctx: AppContext, traceId: string, actor: StaffActor, audienceId: string, change: AudienceChange): Promise<AudienceSaved> {
  const name = change.name.trim()
  return inTenant(ctx.db, actor, async (tx) => {
    const membership = await loadMembershipContext(tx, actor.tenantId)
    const record = membership.audiences.get(audienceId)
    if (record === undefined) throw notFound('No such audience.')
    if (change.definition !== undefined && record.kind === 'static') {
      throw badRequest('static-audience', 'A static audience has a list of clients, not conditions.', [{ field: 'definition', message: 'is only for a dynamic audience' }])
    }
    await assertNameFree(tx, name, audienceId)
    if (change.definition !== undefined) await checkDefinition(tx, change.definition, { audienceId, audiences: membership.audiences })
    const updated: AudienceRecord = { ...record, name, definition: change.definition ?? record.definition }
    membership.audiences.set(audienceId, updated)
    await tx
      .updateTable('audiences')
      .set({
        name,
        description: change.description?.trim() || null,
        ...(change.definition !== undefined ? definitionColumns(change.definition, membership.audiences) : {}),
        updated_by: actor.userId,
        updated_at: new Date(),
      })
      .where('id', '=', audienceId)
      .execute()
    const memberCount = await refreshWithDependents(tx, membership, audienceId)
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: audienceActivity,
      action: 'audience.change',
      attributes: { audienceId, definitionChanged: change.definition !== undefined, members: memberCount },
    })
    return { id: audienceId, memberCount, unknownClientNumbers: [] }
  })
}

/** Deletes an audience no other audience names; its members go with it. */
export async function deleteAudience(ctx: AppContext, traceId: string, actor: StaffActor, audienceId: string): Promise<void> {
  await inTenant(ctx.db, actor, async (tx) => {
    const membership = await loadMembershipContext(tx, actor.tenantId)
    if (!membership.audiences.has(audienceId)) throw notFound('No such audience.')
    const users = [...membership.audiences.values()].filter((a) => referencesOf(a.definition).includes(audienceId))
    if (users.length > 0) {
      throw conflict('audience-in-use', `Other audiences are built on this one: ${users.map((a) => `"${a.name}"`).join(', ')}. Change those first.`)
    }
    await tx.deleteFrom('audience_members').where('audience_id', '=', audienceId).execute()
    await tx.deleteFrom('audiences').where('id', '=', audienceId).execute()
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), { processingActivity: audienceActivity, action: 'audience.delete', attributes: { audienceId } })
  })
}

async function staticAudience(tx: Tx, membership: MembershipContext, audienceId: string): Promise<AudienceRecord> {
  const record = membership.audiences.get(audienceId)
  if (record === undefined) throw notFound('No such audience.')
  if (record.kind !== 'static') throw badRequest('dynamic-audience', 'A dynamic audience follows its conditions; add clients to a static audience.')
  return record
}

/** Adds picked or uploaded clients to a static audience; membership (and audiences built on it) follow. */
export async function addToStaticAudience(ctx: AppContext, traceId: string, actor: StaffActor, audienceId: string, input: StaticMembersAddition): Promise<AudienceSaved> {
  return inTenant(ctx.db, actor, async (tx) => {
    const membership = await loadMembershipContext(tx, actor.tenantId)
    await staticAudience(tx, membership, audienceId)
    const { added, unknownClientNumbers } = await addStaticMembers(tx, actor.tenantId, actor.userId, audienceId, input)
    await tx.updateTable('audiences').set({ updated_by: actor.userId, updated_at: new Date() }).where('id', '=', audienceId).execute()
    const memberCount = await refreshWithDependents(tx, membership, audienceId)
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: audienceActivity,
      action: 'audience.static-members-add',
      attributes: { audienceId, added: added.length, unknownClientNumbers: unknownClientNumbers.length },
    })
    return { id: audienceId, memberCount, unknownClientNumbers }
  })
}

export async function removeFromStaticAudience(ctx: AppContext, traceId: string, actor: StaffActor, audienceId: string, clientId: string): Promise<void> {
  await inTenant(ctx.db, actor, async (tx) => {
    const membership = await loadMembershipContext(tx, actor.tenantId)
    await staticAudience(tx, membership, audienceId)
    const removed = await tx.deleteFrom('audience_static_members').where('audience_id', '=', audienceId).where('client_id', '=', clientId).executeTakeFirst()
    if (Number(removed.numDeletedRows) === 0) throw notFound('This client is not on the list.')
    await tx.updateTable('audiences').set({ updated_by: actor.userId, updated_at: new Date() }).where('id', '=', audienceId).execute()
    await refreshWithDependents(tx, membership, audienceId)
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: audienceActivity,
      action: 'audience.static-member-remove',
      dataSubject: { type: 'client', id: clientId },
      attributes: { audienceId },
    })
  })
}
