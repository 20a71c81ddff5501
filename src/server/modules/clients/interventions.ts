import type { NewIntervention } from '../../../common/api/clients.js'
import type { Tx } from '../../db/database.js'
import { badRequest, notFound } from '../../http/problem.js'
import { addClientEvent } from './timeline.js'

type Outcome = NonNullable<NewIntervention['outcome']>

export const unknownInterventionType = (typeCode: string) =>
  badRequest('unknown-intervention-type', `There is no intervention "${typeCode}" in the catalogue.`, [{ field: 'typeCode', message: 'is not in the catalogue' }])

/** The rules of an intervention's dates and outcome, with their errors (also for the import book). */
export function checkInterventionDates(status: string, startDate: string, endDate: string | null, outcome: Outcome | null) {
  if (endDate !== null && endDate < startDate) {
    throw badRequest('end-before-start', 'The end date lies before the start date.', [{ field: 'endDate', message: 'lies before startDate' }])
  }
  if (status === 'completed' && endDate === null) {
    throw badRequest('end-date-required', 'A completed intervention needs its end date.', [{ field: 'endDate', message: 'is required when completed' }])
  }
  if (outcome !== null && status !== 'completed' && status !== 'cancelled') {
    throw badRequest('outcome-too-early', 'An outcome is recorded when the intervention is completed or cancelled.', [{ field: 'outcome', message: 'needs status completed or cancelled' }])
  }
}

export async function registerIntervention(
  tx: Tx,
  tenantId: string,
  actorId: string | null,
  clientId: string,
  input: NewIntervention,
  source?: { system: string; id: string },
): Promise<string> {
  const type = await tx.selectFrom('intervention_types').select(['active']).where('code', '=', input.typeCode).executeTakeFirst()
  if (!type || !type.active) {
    throw unknownInterventionType(input.typeCode)
  }
  checkInterventionDates(input.status, input.startDate, input.endDate ?? null, input.outcome ?? null)
  const row = await tx
    .insertInto('client_interventions')
    .values({
      tenant_id: tenantId,
      client_id: clientId,
      type_code: input.typeCode,
      status: input.status,
      start_date: input.startDate,
      end_date: input.endDate ?? null,
      outcome: input.outcome ?? null,
      outcome_note: input.outcomeNote ?? null,
      source_system: source?.system ?? null,
      source_id: source?.id ?? null,
      registered_by: actorId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await addClientEvent(tx, tenantId, clientId, actorId, 'intervention.registered', {
    interventionId: row.id,
    typeCode: input.typeCode,
    status: input.status,
    startDate: input.startDate,
  })
  return row.id
}

export async function changeIntervention(
  tx: Tx,
  tenantId: string,
  actorId: string | null,
  clientId: string,
  interventionId: string,
  change: { status?: NewIntervention['status']; endDate?: string | null; outcome?: Outcome | null; outcomeNote?: string | null },
): Promise<void> {
  const current = await tx
    .selectFrom('client_interventions')
    .selectAll()
    .where('id', '=', interventionId)
    .where('client_id', '=', clientId)
    .forUpdate()
    .executeTakeFirst()
  if (!current) throw notFound('No such intervention of this client.')
  const next = {
    status: change.status ?? current.status,
    end_date: change.endDate === undefined ? current.end_date : change.endDate,
    outcome: change.outcome === undefined ? current.outcome : change.outcome,
    outcome_note: change.outcomeNote === undefined ? current.outcome_note : change.outcomeNote,
  }
  checkInterventionDates(next.status, current.start_date, next.end_date, next.outcome)
  await tx.updateTable('client_interventions').set(next).where('id', '=', interventionId).execute()
  await addClientEvent(tx, tenantId, clientId, actorId, 'intervention.changed', {
    interventionId,
    typeCode: current.type_code,
    from: { status: current.status, endDate: current.end_date, outcome: current.outcome },
    to: { status: next.status, endDate: next.end_date, outcome: next.outcome },
  })
}
