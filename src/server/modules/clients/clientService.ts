import type { ClientPage, NewClient } from '../../../common/api/clients.js'
import type { AppContext } from '../../appContext.js'
import { inTenant, type Tx } from '../../db/database.js'
import { userTrace, type StaffActor } from '../../http/context.js'
import { badRequest, forbidden } from '../../http/problem.js'
import { recordAudit } from '../audit/recordAudit.js'
import { requireClientAccess } from './access.js'
import { grantAccessWithReason } from './breakTheGlass.js'
import { normaliseClientInput } from './clientInput.js'
import { loadClientPage } from './clientPage.js'
import { insertClient } from './createClient.js'
import { openSignalsOf } from '../signals/openSignals.js'
import { recomputeSignals } from '../signals/recompute.js'
import { searchClients, type SearchHit } from './search.js'

/** The processing activity under which client data is read and changed. */
export const clientActivity = 'client-guidance'
const subject = (clientId: string) => ({ type: 'client', id: clientId })
const recordingRoles = ['coach', 'manager', 'account_manager'] as const

export async function readClientPage(ctx: AppContext, traceId: string, actor: StaffActor, clientId: string, purpose = 'client.read'): Promise<ClientPage> {
  return inTenant(ctx.db, actor, async (tx) => {
    const access = await requireClientAccess(tx, actor, clientId)
    const page = await loadClientPage(tx, ctx.secretBox, clientId, { roles: actor.roles, access })
    page.suggestedActions = ((await openSignalsOf(tx, [clientId])).get(clientId) ?? []).map((signal) => ({
      signalCode: signal.signalCode,
      severity: signal.severity,
      titleNl: signal.titleNl,
      titleEn: signal.titleEn,
      action: signal.action,
    }))
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: clientActivity,
      action: purpose,
      dataSubject: subject(clientId),
      attributes: { via: access.via },
    })
    return page
  })
}

export async function findClients(ctx: AppContext, traceId: string, actor: StaffActor, query: string, limit: number): Promise<SearchHit[]> {
  return inTenant(ctx.db, actor, async (tx) => {
    const hits = await searchClients(tx, ctx.secretBox, actor, query, limit)
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: clientActivity,
      action: 'client.search',
      attributes: { results: hits.length, shownClientIds: hits.filter((h) => h.inScope).map((h) => h.id), matchedOn: [...new Set(hits.map((h) => h.matchedOn))] },
    })
    return hits
  })
}

export async function createClientRecord(ctx: AppContext, traceId: string, actor: StaffActor, input: NewClient): Promise<{ id: string; clientNumber: string }> {
  if (!actor.roles.some((role) => (recordingRoles as readonly string[]).includes(role))) throw forbidden('Your role may not register clients.')
  const { value, errors } = normaliseClientInput(input)
  if (value === null) throw badRequest('invalid-input', errors.map((e) => `${e.field} ${e.message}`).join('; '), errors)
  return inTenant(ctx.db, actor, async (tx) => {
    // A coach who registers a client without naming a coach takes the client into their own caseload.
    const coachId = input.coachId ?? (actor.roles.includes('coach') ? actor.userId : null)
    const teamId = input.teamId ?? actor.teamIds[0] ?? null
    const created = await insertClient(tx, ctx.secretBox, actor.tenantId, actor.userId, value, { teamId, coachId })
    await recomputeSignals(tx, actor.tenantId, [created.id])
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: clientActivity,
      action: 'client.create',
      dataSubject: subject(created.id),
    })
    return created
  })
}

/**
 * Every change to a client record: in one transaction, only within the user's scope, with the
 * audit record naming the client.
 */
export async function changeClient<T>(
  ctx: AppContext,
  traceId: string,
  actor: StaffActor,
  clientId: string,
  action: string,
  change: (tx: Tx) => Promise<T>,
  attributes: Record<string, unknown> = {},
): Promise<T> {
  return inTenant(ctx.db, actor, async (tx) => {
    await requireClientAccess(tx, actor, clientId, true)
    const result = await change(tx)
    // The client's signals follow the change at once, in the same transaction.
    await recomputeSignals(tx, actor.tenantId, [clientId])
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: clientActivity,
      action,
      dataSubject: subject(clientId),
      attributes,
    })
    return result
  })
}

export async function openWithReason(ctx: AppContext, traceId: string, actor: StaffActor, clientId: string, reason: string) {
  return inTenant(ctx.db, actor, async (tx) => {
    const grant = await grantAccessWithReason(tx, actor, clientId, reason)
    await recordAudit(tx, actor.tenantId, userTrace(traceId, actor), {
      processingActivity: clientActivity,
      action: 'client.access-with-reason',
      dataSubject: subject(clientId),
      attributes: { reason: reason.trim(), expiresAt: grant.expiresAt.toISOString(), teamLeadsTold: grant.notified },
    })
    return grant
  })
}
