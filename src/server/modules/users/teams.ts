import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import { userTrace, type StaffActor } from '../../http/context.js'
import { conflict } from '../../http/problem.js'
import { recordAudit } from '../audit/recordAudit.js'

export interface TeamView {
  id: string
  name: string
  memberCount: number
}

export function listTeams(ctx: AppContext, actor: StaffActor): Promise<TeamView[]> {
  return inTenant(ctx.db, actor, async (tx) => {
    const rows = await tx
      .selectFrom('teams as t')
      .leftJoin('team_members as m', (join) => join.onRef('m.tenant_id', '=', 't.tenant_id').onRef('m.team_id', '=', 't.id'))
      .select((eb) => ['t.id', 't.name', eb.fn.count<number>('m.user_id').as('member_count')])
      .groupBy(['t.id', 't.name'])
      .orderBy('t.name')
      .execute()
    return rows.map((row) => ({ id: row.id, name: row.name, memberCount: Number(row.member_count) }))
  })
}

export function createTeam(ctx: AppContext, traceId: string, actor: StaffActor, name: string): Promise<TeamView> {
  return inTenant(ctx.db, actor, async (tx) => {
    const trimmed = name.trim()
    const taken = await tx.selectFrom('teams').select('id').where('name', '=', trimmed).executeTakeFirst()
    if (taken) throw conflict('team-name-taken', `There is already a team called "${trimmed}".`)
    const row = await tx.insertInto('teams').values({ tenant_id: actor.tenantId, name: trimmed }).returning('id').executeTakeFirstOrThrow()
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: 'user-management',
      action: 'team.create',
      attributes: { teamId: row.id },
    })
    return { id: row.id, name: trimmed, memberCount: 0 }
  })
}
