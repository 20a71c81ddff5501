import { sql } from 'kysely'
import type { NewSend } from '../../../common/api/messaging.js'
import type { Tx } from '../../db/database.js'
import type { StaffActor } from '../../http/context.js'
import { AppError, badRequest, conflict, notFound } from '../../http/problem.js'
import { audienceExists, refreshAudience } from '../audiences/refresh.js'
import { standardVariableNames } from './liquid.js'
import { quietUntil } from './quietHours.js'
import { clientsOutsideScope, estimateRecipients, materialiseOutbox, type Estimate, type RecipientSpec, type SendTargetSpec } from './recipients.js'
import { loadMessagingSettings } from './settings.js'
import { loadTemplate, parseTemplateTexts, type StoredTemplate } from './templates.js'

/** Roles that reach the whole organisation; a coach reaches their caseload and teams. */
const organisationWideRoles = ['editor', 'manager', 'admin'] as const

export function sendScope(actor: StaffActor): RecipientSpec['scope'] {
  return actor.roles.some((role) => (organisationWideRoles as readonly string[]).includes(role)) ? null : { userId: actor.userId, teamIds: actor.teamIds }
}

async function usableTemplate(tx: Tx, templateId: string): Promise<StoredTemplate> {
  const template = await loadTemplate(tx, templateId)
  if (!template) throw badRequest('unknown-template', 'templateId names no template of this organisation.', [{ field: 'templateId', message: 'no such template' }])
  if (template.archived) throw badRequest('archived-template', 'This template is archived; restore it before sending.', [{ field: 'templateId', message: 'is archived' }])
  return template
}

async function checkTarget(tx: Tx, actor: StaffActor, target: SendTargetSpec): Promise<void> {
  if (target.kind === 'clients') {
    const outside = await clientsOutsideScope(tx, target.clientIds, sendScope(actor))
    if (outside.length > 0) {
      throw new AppError(403, 'outside-scope', 'Outside your caseload', `${outside.length} of the chosen clients are not in your caseload or team (or do not exist).`)
    }
    return
  }
  if (!(await audienceExists(tx, target.audienceId))) {
    throw badRequest('unknown-audience', 'audienceId names no audience of this organisation.', [{ field: 'target.audienceId', message: 'no such audience' }])
  }
  await refreshAudience(tx, actor.tenantId, target.audienceId)
}

async function recipientSpec(tx: Tx, actor: StaffActor, template: StoredTemplate, target: SendTargetSpec): Promise<RecipientSpec> {
  const settings = await loadMessagingSettings(tx)
  return { target, category: template.category, scope: sendScope(actor), weeklyCap: settings.weeklyCap }
}

export async function estimateSend(tx: Tx, actor: StaffActor, input: { templateId: string; target: SendTargetSpec }): Promise<Estimate> {
  const template = await usableTemplate(tx, input.templateId)
  await checkTarget(tx, actor, input.target)
  return estimateRecipients(tx, await recipientSpec(tx, actor, template, input.target))
}

function checkVariables(template: StoredTemplate, given: Record<string, string>): void {
  const { variables } = parseTemplateTexts(template.texts)
  const missing = [...variables].filter((name) => !standardVariableNames.has(name) && (given[name] ?? '').trim() === '')
  if (missing.length > 0) {
    throw badRequest(
      'missing-variables',
      `The template uses ${missing.map((m) => `{{ ${m} }}`).join(', ')}: give a value for each.`,
      missing.map((name) => ({ field: `variables.${name}`, message: 'is used by the template and has no value' })),
    )
  }
}

export interface SendCreated {
  id: string
  status: 'scheduled' | 'sending' | 'done' | 'cancelled'
  recipients: number | null
  repeated: boolean
}

/**
 * Creates a send. Now: the outbox is written in this same transaction (nothing is lost if the
 * process stops after commit; the delivery worker picks the rows up). Later: the send waits
 * and is written out when due. The same idempotency key twice gives the first send back.
 */
export async function createSend(tx: Tx, actor: StaffActor, input: NewSend, now = new Date()): Promise<SendCreated> {
  const earlier = await tx.selectFrom('message_sends').select(['id', 'status', 'recipients', 'created_by']).where('idempotency_key', '=', input.idempotencyKey).executeTakeFirst()
  if (earlier) {
    if (earlier.created_by !== actor.userId) throw conflict('idempotency-key-used', 'This idempotency key was used for another send.')
    return { id: earlier.id, status: earlier.status, recipients: earlier.recipients, repeated: true }
  }
  const template = await usableTemplate(tx, input.templateId)
  if (input.urgent && template.category !== 'service') {
    throw badRequest('urgent-not-service', 'Only service messages can be urgent.', [{ field: 'urgent', message: 'only for service messages' }])
  }
  const variables = input.variables ?? {}
  checkVariables(template, variables)
  const scheduledAt = input.scheduledAt ? new Date(input.scheduledAt) : now
  if (scheduledAt.getTime() > now.getTime() + 366 * 24 * 3600_000) {
    throw badRequest('invalid-input', 'A send can be planned up to a year ahead.', [{ field: 'scheduledAt', message: 'more than a year ahead' }])
  }
  await checkTarget(tx, actor, input.target)
  const due = scheduledAt.getTime() <= now.getTime() + 5_000

  const spec = await recipientSpec(tx, actor, template, input.target)
  // A second transaction with the same key waits here for the first (unique index) and then fails.
  const inserted = await tx
    .insertInto('message_sends')
    .values({
      tenant_id: actor.tenantId,
      template_id: template.id,
      category: template.category,
      urgent: input.urgent ?? false,
      target_kind: input.target.kind,
      client_ids: input.target.kind === 'clients' ? input.target.clientIds : null,
      audience_id: input.target.kind === 'audience' ? input.target.audienceId : null,
      variables: JSON.stringify(variables),
      scheduled_at: scheduledAt,
      status: due ? 'sending' : 'scheduled',
      idempotency_key: input.idempotencyKey,
      created_by: actor.userId,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst()
  if (!inserted) {
    // The other press committed first; in READ COMMITTED this statement sees its send.
    const first = await tx.selectFrom('message_sends').select(['id', 'status', 'recipients']).where('idempotency_key', '=', input.idempotencyKey).executeTakeFirstOrThrow()
    return { id: first.id, status: first.status, recipients: first.recipients, repeated: true }
  }
  if (!due) return { id: inserted.id, status: 'scheduled', recipients: null, repeated: false }
  const recipients = await writeOutbox(tx, actor.tenantId, inserted.id, spec, input.urgent ?? false, now)
  // Nobody reached: the error rolls the send and its outbox back.
  if (recipients === 0) throw badRequest('no-recipients', 'This message would reach nobody: nobody in the selection can be reached on any channel, or all opted out.')
  return { id: inserted.id, status: 'sending', recipients, repeated: false }
}

async function writeOutbox(tx: Tx, tenantId: string, sendId: string, spec: RecipientSpec, urgent: boolean, now: Date): Promise<number> {
  const settings = await loadMessagingSettings(tx)
  const holdUntil = urgent ? null : quietUntil(now, settings)
  const recipients = await materialiseOutbox(tx, tenantId, sendId, spec, holdUntil)
  await tx.updateTable('message_sends').set({ recipients, materialised_at: now, status: 'sending' }).where('id', '=', sendId).execute()
  return recipients
}

/** A planned send that has come due: its outbox is written now, with the scope of its sender. */
export async function materialiseDueSend(tx: Tx, tenantId: string, sendId: string, now = new Date()): Promise<boolean> {
  const send = await tx.selectFrom('message_sends').selectAll().where('id', '=', sendId).forUpdate().executeTakeFirst()
  if (!send || send.status !== 'scheduled') return false
  const sender = await senderActor(tx, tenantId, send.created_by)
  const target: SendTargetSpec = send.target_kind === 'clients' ? { kind: 'clients', clientIds: send.client_ids! } : { kind: 'audience', audienceId: send.audience_id! }
  if (target.kind === 'audience') {
    if (!(await audienceExists(tx, target.audienceId))) {
      await tx.updateTable('message_sends').set({ status: 'cancelled', recipients: 0 }).where('id', '=', sendId).execute()
      return true
    }
    await refreshAudience(tx, tenantId, target.audienceId)
  }
  const settings = await loadMessagingSettings(tx)
  const spec: RecipientSpec = { target, category: send.category as RecipientSpec['category'], scope: sendScope(sender), weeklyCap: settings.weeklyCap }
  await writeOutbox(tx, tenantId, sendId, spec, send.urgent, now)
  return true
}

async function senderActor(tx: Tx, tenantId: string, userId: string): Promise<StaffActor> {
  const roles = await tx.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute()
  const teams = await tx.selectFrom('team_members').select('team_id').where('user_id', '=', userId).execute()
  return { tenantId, userId, roles: roles.map((r) => r.role), teamIds: teams.map((t) => t.team_id) }
}

export async function cancelSend(tx: Tx, actor: StaffActor, sendId: string): Promise<void> {
  const send = await tx.selectFrom('message_sends').select(['status', 'created_by']).where('id', '=', sendId).forUpdate().executeTakeFirst()
  if (!send) throw notFound('No such send.')
  if (send.created_by !== actor.userId && sendScope(actor) !== null) throw new AppError(403, 'forbidden', 'Forbidden', 'Only who planned a send, an editor or a manager may cancel it.')
  if (send.status !== 'scheduled') throw conflict('send-not-scheduled', 'Only a planned send that has not gone out can be cancelled.')
  await tx.updateTable('message_sends').set({ status: 'cancelled' }).where('id', '=', sendId).execute()
}

/** Sends that are due, over all organisations: only their ids, for the job that writes them out. */
export const dueSendsSql = sql<{ tenant_id: string; id: string }>`
  SELECT tenant_id, id FROM message_sends WHERE status = 'scheduled' AND scheduled_at <= now() ORDER BY scheduled_at LIMIT 100`
