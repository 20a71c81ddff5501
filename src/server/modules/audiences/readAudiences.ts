import { sql } from 'kysely'
import type { Audience, AudienceOptions, AudienceSummary, MemberPage } from '../../../common/api/audiences.js'
import type { AppContext } from '../../appContext.js'
import { inTenant, type Tx } from '../../db/database.js'
import { userTrace, type StaffActor } from '../../http/context.js'
import { badRequest, notFound } from '../../http/problem.js'
import { recordAudit } from '../audit/recordAudit.js'
import { todayInAmsterdam } from '../clients/dutchFormats.js'
import { audienceActivity, countScopeOf, memberName } from './audienceAccess.js'
import { scopeSql } from './membershipSql.js'

/** Member counts within a coach's scope, per audience. */
async function scopedCounts(tx: Tx, actor: StaffActor, audienceIds: string[] | null): Promise<Map<string, number>> {
  const scope = scopeSql(actor.tenantId, actor)
  const only = audienceIds === null ? sql`` : sql` AND m.audience_id = ANY(${audienceIds}::uuid[])`
  const rows = await sql<{ audience_id: string; n: number }>`
    SELECT m.audience_id, count(*)::int AS n FROM audience_members m JOIN clients c ON c.tenant_id = m.tenant_id AND c.id = m.client_id
     WHERE m.tenant_id = ${actor.tenantId} AND ${scope}${only} GROUP BY m.audience_id`.execute(tx)
  return new Map(rows.rows.map((r) => [r.audience_id, r.n]))
}

async function summaries(tx: Tx, actor: StaffActor, audienceId: string | null) {
  let query = tx
    .selectFrom('audiences as a')
    .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.updated_by'))
    .select(['a.id', 'a.name', 'a.description', 'a.kind', 'a.member_count', 'a.updated_at', 'a.updated_by', 'u.display_name', 'a.definition', 'a.refreshed_at'])
    .orderBy('a.name')
  if (audienceId !== null) query = query.where('a.id', '=', audienceId)
  const rows = await query.execute()
  const countScope = countScopeOf(actor)
  const counts = countScope === 'own' && rows.length > 0 ? await scopedCounts(tx, actor, audienceId === null ? null : [audienceId]) : null
  return rows.map((row) => ({
    row,
    summary: {
      id: row.id,
      name: row.name,
      description: row.description,
      kind: row.kind,
      memberCount: counts === null ? row.member_count : (counts.get(row.id) ?? 0),
      countScope,
      updatedAt: row.updated_at.toISOString(),
      updatedBy: row.updated_by !== null && row.display_name !== null ? { id: row.updated_by, displayName: row.display_name } : null,
    } satisfies AudienceSummary,
  }))
}

export async function listAudiences(ctx: AppContext, actor: StaffActor): Promise<AudienceSummary[]> {
  return inTenant(ctx.db, actor, async (tx) => (await summaries(tx, actor, null)).map((s) => s.summary))
}

export async function readAudience(ctx: AppContext, actor: StaffActor, audienceId: string): Promise<Audience> {
  return inTenant(ctx.db, actor, async (tx) => {
    const [found] = await summaries(tx, actor, audienceId)
    if (!found) throw notFound('No such audience.')
    const referencedBy = await tx
      .selectFrom('audiences')
      .select(['id', 'name'])
      .where(sql<boolean>`${audienceId}::uuid = ANY(referenced_audiences)`)
      .orderBy('name')
      .execute()
    return {
      ...found.summary,
      definition: found.row.definition,
      referencedBy,
      refreshedAt: found.row.refreshed_at?.toISOString() ?? null,
    }
  })
}

const pageSize = 50

function decodeCursor(cursor: string | undefined): { name: string; id: string } | null {
  if (cursor === undefined) return null
  try {
    const [name, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown]
    if (typeof name === 'string' && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id)) return { name, id }
  } catch {
    // fall through
  }
  throw badRequest('invalid-cursor', 'The cursor is not one this list gave out.', [{ field: 'cursor', message: 'is not valid' }])
}

/** The current members of a saved audience, by surname, a page at a time (within a coach's scope). */
export async function listMembers(ctx: AppContext, traceId: string, actor: StaffActor, audienceId: string, cursor: string | undefined): Promise<MemberPage> {
  const after = decodeCursor(cursor)
  return inTenant(ctx.db, actor, async (tx) => {
    if (!(await tx.selectFrom('audiences').select('id').where('id', '=', audienceId).executeTakeFirst())) throw notFound('No such audience.')
    const countScope = countScopeOf(actor)
    const parts = [sql`m.tenant_id = ${actor.tenantId}`, sql`m.audience_id = ${audienceId}`]
    if (countScope === 'own') parts.push(scopeSql(actor.tenantId, actor))
    if (after !== null) parts.push(sql`(c.surname, c.id) > (${after.name}, ${after.id}::uuid)`)
    const rows = await sql<{ id: string; client_number: string; initials: string | null; first_names: string; tussenvoegsel: string | null; surname: string; since: Date }>`
      SELECT c.id, c.client_number, c.initials, c.first_names, c.tussenvoegsel, c.surname, m.since
        FROM audience_members m JOIN clients c ON c.tenant_id = m.tenant_id AND c.id = m.client_id
       WHERE ${sql.join(parts, sql` AND `)}
       ORDER BY c.surname, c.id LIMIT ${pageSize + 1}`.execute(tx)
    const page = rows.rows.slice(0, pageSize)
    const last = page.at(-1)
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: audienceActivity,
      action: 'audience.members-read',
      attributes: { audienceId, shownClientIds: page.map((r) => r.id) },
    })
    return {
      members: page.map((r) => ({ id: r.id, clientNumber: r.client_number, name: memberName(r), since: r.since.toISOString() })),
      nextCursor: rows.rows.length > pageSize && last ? Buffer.from(JSON.stringify([last.surname, last.id])).toString('base64url') : null,
      countScope,
    }
  })
}

/** What the builder offers to choose from that is not configuration: locations and employers in use now. */
export async function readAudienceOptions(ctx: AppContext, actor: StaffActor): Promise<AudienceOptions> {
  const today = todayInAmsterdam()
  return inTenant(ctx.db, actor, async (tx) => {
    const locations = await sql<{ location: string }>`
      SELECT l.location FROM attendance_schedules l
       WHERE l.valid_from <= ${today}::date AND (l.valid_to IS NULL OR l.valid_to >= ${today}::date)
       GROUP BY l.location ORDER BY l.location LIMIT 500`.execute(tx)
    const employers = await sql<{ organisation: string }>`
      SELECT min(s.organisation) AS organisation FROM client_statuses s
       WHERE s.status_code IN (SELECT t.code FROM status_types t WHERE t.kind = 'secondment')
         AND s.organisation IS NOT NULL AND s.valid_from <= ${today}::date AND (s.valid_to IS NULL OR s.valid_to >= ${today}::date)
       GROUP BY lower(s.organisation) ORDER BY count(*) DESC, 1 LIMIT 500`.execute(tx)
    return { locations: locations.rows.map((r) => r.location), employers: employers.rows.map((r) => r.organisation).sort((a, b) => a.localeCompare(b, 'nl')) }
  })
}
