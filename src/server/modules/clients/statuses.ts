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
/** The errors of the status rules, the same for a coach's change and an import (statusBook.ts). */
export const statusProblems = {
  holdsSince: (since: string) => conflict('status-overlap', `This status holds already since ${since}; a change must start later.`),
  overlapsFrom: (from: string) => conflict('status-overlap', `A period of this status from ${from} overlaps the new one.`),
  endedOn: (on: string) => conflict('status-ended', `This status ended already on ${on}.`),
  endBeforeStart: (from: string) => badRequest('end-before-start', `The end lies before the start (${from}).`, [{ field: 'validTo', message: 'lies before the start' }]),
}

/** A new status period's own rules: a known, active type, one of its regimes, a planned end after the start. */
export function checkNewStatus(type: { active: boolean; regimes: string[] } | undefined, input: NewStatus): void {
  if (!type || !type.active) {
    throw badRequest('unknown-status-type', `There is no status type "${input.statusCode}".`, [{ field: 'statusCode', message: 'is not a status type of this organisation' }])
  }
  if (input.regime !== undefined && type.regimes.length > 0 && !type.regimes.includes(input.regime)) {
    throw badRequest('unknown-regime', `The regime must be one of ${type.regimes.join(', ')}.`, [{ field: 'regime', message: 'is not one of the regimes' }])
  }
  if (input.plannedEnd !== undefined && input.plannedEnd < input.validFrom) {
    throw badRequest('end-before-start', 'The planned end lies before the start.', [{ field: 'plannedEnd', message: 'lies before validFrom' }])
  }
}

export async function startStatus(tx: Tx, tenantId: string, actorId: string | null, clientId: string, input: NewStatus, source?: { system: string; id: string }): Promise<string> {
  const type = await tx.selectFrom('status_types').selectAll().where('code', '=', input.statusCode).executeTakeFirst()
  checkNewStatus(type, input)
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
      throw statusProblems.holdsSince(current.valid_from)
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
  if (later) throw statusProblems.overlapsFrom(later.valid_from)
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
  if (status.valid_to !== null) throw statusProblems.endedOn(status.valid_to)
  if (validTo < status.valid_from) {
    throw statusProblems.endBeforeStart(status.valid_from)
  }
  await tx.updateTable('client_statuses').set({ valid_to: validTo }).where('id', '=', statusId).execute()
  await addClientEvent(tx, tenantId, clientId, actorId, 'status.ended', { statusId, statusCode: status.status_code, validTo })
}
