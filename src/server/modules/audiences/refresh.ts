import { sql } from 'kysely'
import type { Tx } from '../../db/database.js'
import { notFound } from '../../http/problem.js'
import type { AudienceRecord } from './audienceRecords.js'
import { loadMembershipContext, membersSql, shapeOf, tuneForCounting, type MembershipContext } from './membershipSql.js'

/**
 * Brings audience_members of one audience in line with its definition (or static list), in one
 * statement: members who no longer match leave, new ones enter (with `since` now), those who
 * stay keep their `since`. With candidates, only those clients are looked at. Returns how many
 * entered and left, and (without candidates) the member count.
 */
export async function syncMembers(
  tx: Tx,
  ctx: MembershipContext,
  record: AudienceRecord,
  candidates: string[] | null,
): Promise<{ members: number | null; entered: number; left: number }> {
  const t = ctx.tenantId
  const id = record.id
  const want = membersSql(ctx, shapeOf(record), { candidates })
  const narrowed = candidates === null ? sql`` : sql` AND m.client_id = ANY(${candidates}::uuid[])`
  const result = await sql<{ members: number; entered: number; left: number }>`
    WITH want AS MATERIALIZED (${want}),
    gone AS (
      DELETE FROM audience_members m
       WHERE m.tenant_id = ${t} AND m.audience_id = ${id}${narrowed}
         AND NOT EXISTS (SELECT 1 FROM want w WHERE w.client_id = m.client_id)
      RETURNING 1),
    came AS (
      INSERT INTO audience_members (tenant_id, audience_id, client_id)
      SELECT ${t}, ${id}, w.client_id FROM want w
       WHERE NOT EXISTS (SELECT 1 FROM audience_members m WHERE m.tenant_id = ${t} AND m.audience_id = ${id} AND m.client_id = w.client_id)
       -- In one order everywhere, so two writers of the same members wait for each other, never deadlock.
       ORDER BY w.client_id
      ON CONFLICT DO NOTHING
      RETURNING 1)
    SELECT (SELECT count(*) FROM want)::int AS members, (SELECT count(*) FROM came)::int AS entered, (SELECT count(*) FROM gone)::int AS left`.execute(tx)
  const row = result.rows[0]!
  if (candidates === null) {
    await tx.updateTable('audiences').set({ member_count: row.members, refreshed_at: new Date() }).where('id', '=', id).execute()
    return row
  }
  if (row.entered !== row.left) {
    await tx
      .updateTable('audiences')
      .set((eb) => ({ member_count: eb('member_count', '+', row.entered - row.left) }))
      .where('id', '=', id)
      .execute()
  }
  return { members: null, entered: row.entered, left: row.left }
}

/**
 * Brings one audience's members up to date now, in the caller's transaction, and returns the
 * member count. The send code calls it right before fan-out.
 */
export async function refreshAudience(tx: Tx, tenantId: string, audienceId: string): Promise<number> {
  const ctx = await loadMembershipContext(tx, tenantId)
  const record = ctx.audiences.get(audienceId)
  if (record === undefined) throw notFound('No such audience.')
  await tuneForCounting(tx)
  const { members } = await syncMembers(tx, ctx, record, null)
  return members!
}

/** The audience with this id in the transaction's organisation, or null. */
export async function audienceExists(tx: Tx, audienceId: string): Promise<{ id: string; name: string } | null> {
  const row = await tx.selectFrom('audiences').select(['id', 'name']).where('id', '=', audienceId).executeTakeFirst()
  return row ?? null
}

/**
 * Re-evaluates some clients (whose data changed) against every saved audience of the
 * organisation. Membership conditions are inlined, so the order of the audiences does not
 * matter: each sees the others' definitions, not their stored members.
 */
export async function refreshClients(tx: Tx, tenantId: string, clientIds: string[]): Promise<{ entered: number; left: number }> {
  if (clientIds.length === 0) return { entered: 0, left: 0 }
  const ctx = await loadMembershipContext(tx, tenantId)
  let entered = 0
  let left = 0
  for (const record of ctx.audiences.values()) {
    const change = await syncMembers(tx, ctx, record, clientIds)
    entered += change.entered
    left += change.left
  }
  return { entered, left }
}

/** Every audience of the organisation from scratch (the hourly refresh: what time alone changes). */
export async function refreshAllAudiences(tx: Tx, tenantId: string): Promise<{ audiences: number; entered: number; left: number }> {
  const ctx = await loadMembershipContext(tx, tenantId)
  await tuneForCounting(tx)
  let entered = 0
  let left = 0
  for (const record of ctx.audiences.values()) {
    const change = await syncMembers(tx, ctx, record, null)
    entered += change.entered
    left += change.left
  }
  return { audiences: ctx.audiences.size, entered, left }
}
