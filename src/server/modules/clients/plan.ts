import type { Tx } from '../../db/database.js'
import { badRequest, notFound } from '../../http/problem.js'
import { addClientEvent } from './timeline.js'

export async function setPlanDates(tx: Tx, tenantId: string, actorId: string | null, clientId: string, change: { agreedOn?: string | null; reviewOn?: string | null }): Promise<void> {
  const current = await tx.selectFrom('client_plans').selectAll().where('client_id', '=', clientId).executeTakeFirst()
  const agreedOn = change.agreedOn === undefined ? (current?.agreed_on ?? null) : change.agreedOn
  const reviewOn = change.reviewOn === undefined ? (current?.review_on ?? null) : change.reviewOn
  if (agreedOn !== null && reviewOn !== null && reviewOn < agreedOn) {
    throw badRequest('review-before-agreement', 'The review date lies before the date the plan was agreed.', [{ field: 'reviewOn', message: 'lies before agreedOn' }])
  }
  await tx
    .insertInto('client_plans')
    .values({ tenant_id: tenantId, client_id: clientId, agreed_on: agreedOn, review_on: reviewOn, updated_by: actorId })
    .onConflict((oc) => oc.columns(['tenant_id', 'client_id']).doUpdateSet({ agreed_on: agreedOn, review_on: reviewOn, updated_by: actorId, updated_at: new Date() }))
    .execute()
  await addClientEvent(tx, tenantId, clientId, actorId, 'plan.changed', { agreedOn, reviewOn })
}

export async function addGoal(tx: Tx, tenantId: string, actorId: string | null, clientId: string, input: { description: string; targetDate?: string }): Promise<string> {
  const row = await tx
    .insertInto('plan_goals')
    .values({ tenant_id: tenantId, client_id: clientId, description: input.description.trim(), target_date: input.targetDate ?? null, created_by: actorId })
    .returning('id')
    .executeTakeFirstOrThrow()
  await addClientEvent(tx, tenantId, clientId, actorId, 'plan.goal-added', { goalId: row.id })
  return row.id
}

export async function changeGoal(
  tx: Tx,
  tenantId: string,
  actorId: string | null,
  clientId: string,
  goalId: string,
  change: { description?: string; targetDate?: string | null; status?: 'open' | 'achieved' | 'dropped' },
): Promise<void> {
  const goal = await tx.selectFrom('plan_goals').select(['id', 'status']).where('id', '=', goalId).where('client_id', '=', clientId).executeTakeFirst()
  if (!goal) throw notFound('No such goal in this plan.')
  await tx
    .updateTable('plan_goals')
    .set({
      ...(change.description !== undefined ? { description: change.description.trim() } : {}),
      ...(change.targetDate !== undefined ? { target_date: change.targetDate } : {}),
      ...(change.status !== undefined ? { status: change.status, closed_at: change.status === 'open' ? null : new Date() } : {}),
    })
    .where('id', '=', goalId)
    .execute()
  await addClientEvent(tx, tenantId, clientId, actorId, 'plan.goal-changed', { goalId, fields: Object.keys(change), from: goal.status, to: change.status ?? goal.status })
}

export async function addStep(
  tx: Tx,
  tenantId: string,
  actorId: string | null,
  clientId: string,
  input: { goalId?: string; description: string; responsible: 'client' | 'coach' | 'other'; dueDate?: string; interventionId?: string },
): Promise<string> {
  if (input.goalId) {
    const goal = await tx.selectFrom('plan_goals').select('id').where('id', '=', input.goalId).where('client_id', '=', clientId).executeTakeFirst()
    if (!goal) throw badRequest('unknown-goal', 'That goal is not in this plan.', [{ field: 'goalId', message: 'is not a goal of this client' }])
  }
  if (input.interventionId) {
    const intervention = await tx.selectFrom('client_interventions').select('id').where('id', '=', input.interventionId).where('client_id', '=', clientId).executeTakeFirst()
    if (!intervention) throw badRequest('unknown-intervention', 'That intervention is not one of this client.', [{ field: 'interventionId', message: 'is not an intervention of this client' }])
  }
  const row = await tx
    .insertInto('plan_steps')
    .values({
      tenant_id: tenantId,
      client_id: clientId,
      goal_id: input.goalId ?? null,
      description: input.description.trim(),
      responsible: input.responsible,
      due_date: input.dueDate ?? null,
      intervention_id: input.interventionId ?? null,
      created_by: actorId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await addClientEvent(tx, tenantId, clientId, actorId, 'plan.step-added', { stepId: row.id, goalId: input.goalId ?? null })
  return row.id
}

export async function changeStep(
  tx: Tx,
  tenantId: string,
  actorId: string | null,
  clientId: string,
  stepId: string,
  change: { description?: string; dueDate?: string | null; status?: 'open' | 'done' | 'dropped' },
): Promise<void> {
  const step = await tx.selectFrom('plan_steps').select(['id', 'status']).where('id', '=', stepId).where('client_id', '=', clientId).executeTakeFirst()
  if (!step) throw notFound('No such step in this plan.')
  await tx
    .updateTable('plan_steps')
    .set({
      ...(change.description !== undefined ? { description: change.description.trim() } : {}),
      ...(change.dueDate !== undefined ? { due_date: change.dueDate } : {}),
      ...(change.status !== undefined ? { status: change.status, closed_at: change.status === 'open' ? null : new Date() } : {}),
    })
    .where('id', '=', stepId)
    .execute()
  await addClientEvent(tx, tenantId, clientId, actorId, 'plan.step-changed', { stepId, fields: Object.keys(change), from: step.status, to: change.status ?? step.status })
}
