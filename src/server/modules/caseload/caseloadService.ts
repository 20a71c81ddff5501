import type { AppContext } from '../../appContext.js'
import { inTenant } from '../../db/database.js'
import { userTrace, type StaffActor } from '../../http/context.js'
import { forbidden } from '../../http/problem.js'
import { recordAudit } from '../audit/recordAudit.js'
import { saveSignalSetting, effectiveSignals } from '../signals/settings.js'
import { recomputeSignals } from '../signals/recompute.js'
import { assertCaseloadAccess, ledTeams } from './caseloadAccess.js'
import { queryCaseload, type CaseloadFilters } from './caseloadQuery.js'
import { reassignClients, type Reassignment } from './reassign.js'
import { loadTeamOverview } from './teamOverview.js'

export async function readCaseload(ctx: AppContext, traceId: string, actor: StaffActor, filters: CaseloadFilters) {
  const scoped = filters.coachId || filters.teamId || filters.unassigned ? filters : { ...filters, coachId: actor.userId }
  return inTenant(ctx.db, actor, async (tx) => {
    await assertCaseloadAccess(tx, actor, scoped)
    const caseload = await queryCaseload(tx, actor.tenantId, scoped)
    // A list of names is a read of those clients' data.
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: 'client-guidance',
      action: 'caseload.read',
      attributes: { coachId: scoped.coachId ?? null, teamId: scoped.teamId ?? null, unassigned: scoped.unassigned ?? false, clients: caseload.rows.length, total: caseload.total },
    })
    return caseload
  })
}

export async function readTeamOverview(ctx: AppContext, actor: StaffActor) {
  return inTenant(ctx.db, actor, async (tx) => {
    if (actor.roles.includes('manager')) return loadTeamOverview(tx, null)
    const teams = await ledTeams(tx, actor)
    if (teams.length === 0) throw forbidden('The team overview is for team leads and managers.')
    return loadTeamOverview(tx, teams)
  })
}

export async function reassign(ctx: AppContext, traceId: string, actor: StaffActor, request: { moves: Reassignment[]; coachId: string | null; teamId?: string | null; reason: string }) {
  return inTenant(ctx.db, actor, async (tx) => {
    const teams = actor.roles.includes('manager') ? null : await ledTeams(tx, actor)
    if (teams !== null && teams.length === 0) throw forbidden('Reassigning clients is for team leads and managers.')
    if (teams !== null) {
      const outside = await tx
        .selectFrom('client_assignments')
        .select('client_id')
        .where('client_id', 'in', request.moves.map((m) => m.clientId))
        .where('valid_to', 'is', null)
        .where((eb) => eb.or([eb('team_id', 'is', null), eb('team_id', 'not in', teams)]))
        .execute()
      if (outside.length > 0) throw forbidden('Some of these clients are not in a team you lead.')
      if (request.teamId && !teams.includes(request.teamId)) throw forbidden('You can move clients only to teams you lead.')
    }
    const moved = await reassignClients(tx, actor.tenantId, actor.userId, request.moves, { coachId: request.coachId, teamId: request.teamId ?? null, reason: request.reason })
    for (const move of request.moves) {
      await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
        processingActivity: 'client-guidance',
        action: 'client.assign',
        dataSubject: { type: 'client', id: move.clientId },
        attributes: { coachId: request.coachId, teamId: request.teamId ?? null, bulk: request.moves.length > 1 },
      })
    }
    return moved
  })
}

export async function listSignalSettings(ctx: AppContext, actor: StaffActor) {
  return inTenant(ctx.db, actor, async (tx) =>
    (await effectiveSignals(tx)).map(({ definition, enabled, threshold }) => ({
      code: definition.code,
      severity: definition.severity,
      textNl: definition.textNl,
      textEn: definition.textEn,
      action: definition.action,
      enabled,
      threshold,
      thresholdRange: definition.threshold
        ? { min: definition.threshold.min, max: definition.threshold.max, unit: definition.threshold.unit, defaultValue: definition.threshold.default }
        : null,
    })),
  )
}

/** Changes a signal's switch or threshold, and brings every client's signals in line at once. */
export async function changeSignalSetting(ctx: AppContext, traceId: string, actor: StaffActor, code: string, change: { enabled: boolean; threshold?: number | null }) {
  await inTenant(ctx.db, actor, async (tx) => {
    await saveSignalSetting(tx, actor.tenantId, actor.userId, code, change)
    await recomputeSignals(tx, actor.tenantId, null)
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), { processingActivity: 'tenant-settings', action: 'signal-settings.save', attributes: { code, ...change } })
  })
  return listSignalSettings(ctx, actor)
}
