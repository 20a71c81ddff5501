import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import type { StaffActor } from '../../http/context.js'
import { conflict, notFound } from '../../http/problem.js'

/** A coach's own saved combinations of caseload filters. */
export function listViews(ctx: AppContext, actor: StaffActor) {
  return inTenant(ctx.db, actor, (tx) => tx.selectFrom('caseload_views').select(['id', 'name', 'filters']).where('user_id', '=', actor.userId).orderBy('name').execute())
}

export function saveView(ctx: AppContext, actor: StaffActor, view: { name: string; filters: Record<string, unknown> }) {
  return inTenant(ctx.db, actor, async (tx) => {
    const taken = await tx.selectFrom('caseload_views').select('id').where('user_id', '=', actor.userId).where('name', '=', view.name.trim()).executeTakeFirst()
    if (taken) throw conflict('view-name-taken', `You have a view called "${view.name.trim()}" already.`)
    return tx
      .insertInto('caseload_views')
      .values({ tenant_id: actor.tenantId, user_id: actor.userId, name: view.name.trim(), filters: JSON.stringify(view.filters) })
      .returning(['id', 'name', 'filters'])
      .executeTakeFirstOrThrow()
  })
}

export function deleteView(ctx: AppContext, actor: StaffActor, viewId: string) {
  return inTenant(ctx.db, actor, async (tx) => {
    const result = await tx.deleteFrom('caseload_views').where('id', '=', viewId).where('user_id', '=', actor.userId).executeTakeFirst()
    if (Number(result.numDeletedRows) === 0) throw notFound('No such view.')
  })
}
