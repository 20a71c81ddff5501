import type { NewStatus } from '../../../common/api/clients.js'
import type { Tx } from '../../db/database.js'
import { badRequest, conflict, notFound } from '../../http/problem.js'
import { addClientEvent } from './timeline.js'

/** The day before a date (YYYY-MM-DD). */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
}

/**
 * Records that a status holds from a date (both ends of a period are inclusive). A status of the
 * same type that still holds is closed the day before; earlier periods stay as they were.
 */
export async function startStatus(tx: Tx, tenantId: string, actorId: string | null, clientId: string, input: NewStatus, source?: { system: string; id: string }): Promise<string> {
  const type = await tx.selectFrom('status_types').selectAll().where('code', '=', input.statusCode).executeTakeFirst()
  if (!type || !type.active) {
    throw badRequest('unknown-status-type', `There is no status type "${input.statusCode}".`, [{ field: 'statusCode', message: 'is not a status type of this organisation' }])
  }
  if (input.regime !== undefined && type.regimes.length > 0 && !type.regimes.includes(input.regime)) {
    throw badRequest('unknown-regime', `The regime must be one of ${type.regimes.join(', ')}.`, [{ field: 'regime', message: 'is not one of the regimes' }])
  }
  if (input.plannedEnd !== undefined && input.plannedEnd < input.validFrom) {
    throw badRequest('end-before-start', 'The planned end lies before the start.', [{ field: 'plannedEnd', message: 'lies before validFrom' }])
  }
  const current = await tx
    .selectFrom('client_statuses')
    .select(['id', 'valid_from'])
    .where('client_id', '=', clientId)
    .where('status_code', '=', input.statusCode)
    .where('valid_to', 'is', null)
    .forUpdate()
    .executeTakeFirst()
  if (current) {
    if (current.valid_from >= input.validFrom) {
      throw conflict('status-overlap', `This status holds already since ${current.valid_from}; a change must start later.`)
    }
    await tx.updateTable('client_statuses').set({ valid_to: dayBefore(input.validFrom) }).where('id', '=', current.id).execute()
  }
  const later = await tx
    .selectFrom('client_statuses')
    .select('valid_from')
    .where('client_id', '=', clientId)
    .where('status_code', '=', input.statusCode)
    .where('valid_to', '>=', input.validFrom)
    .executeTakeFirst()
  if (later) throw conflict('status-overlap', `A period of this status from ${later.valid_from} overlaps the new one.`)
  const row = await tx
    .insertInto('client_statuses')
    .values({
      tenant_id: tenantId,
      client_id: clientId,
      status_code: input.statusCode,
      valid_from: input.validFrom,
      planned_end: input.plannedEnd ?? null,
      regime: input.regime ?? null,
      organisation: input.organisation ?? null,
      note: input.note ?? null,
      source_system: source?.system ?? null,
      source_id: source?.id ?? null,
      recorded_by: actorId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await addClientEvent(tx, tenantId, clientId, actorId, 'status.started', {
    statusId: row.id,
    statusCode: input.statusCode,
    validFrom: input.validFrom,
    previousClosed: current !== undefined,
  })
  return row.id
}

/** Records the last day a status held. */
export async function endStatus(tx: Tx, tenantId: string, actorId: string | null, clientId: string, statusId: string, validTo: string): Promise<void> {
  const status = await tx
    .selectFrom('client_statuses')
    .select(['id', 'valid_from', 'valid_to', 'status_code'])
    .where('id', '=', statusId)
    .where('client_id', '=', clientId)
    .forUpdate()
    .executeTakeFirst()
  if (!status) throw notFound('No such status of this client.')
  if (status.valid_to !== null) throw conflict('status-ended', `This status ended already on ${status.valid_to}.`)
  if (validTo < status.valid_from) {
    throw badRequest('end-before-start', `The end lies before the start (${status.valid_from}).`, [{ field: 'validTo', message: 'lies before the start' }])
  }
  await tx.updateTable('client_statuses').set({ valid_to: validTo }).where('id', '=', statusId).execute()
  await addClientEvent(tx, tenantId, clientId, actorId, 'status.ended', { statusId, statusCode: status.status_code, validTo })
}
