import type { Recovery, SickReport } from '../../../common/api/selfService.js'
import type { Tx } from '../../db/database.js'
import { recordAttendance } from '../attendance/register.js'
import { scheduleOn } from '../attendance/schedules.js'
import { addClientEvent } from '../clients/timeline.js'
import { notifyAboutClient, whoAnswersFor } from '../notifications/notifyAboutClient.js'
import { koersItself, queueServiceMessage } from './serviceMessages.js'

/** Today as sick in the register, when today is a scheduled day not registered as sick yet; a correction supersedes what was there. */
async function registerSickToday(tx: Tx, tenantId: string, clientId: string, today: string): Promise<boolean> {
  if ((await scheduleOn(tx, clientId, today)) === null) return false
  const current = await tx.selectFrom('attendance_records').select('status').where('client_id', '=', clientId).where('day', '=', today).where('superseded_at', 'is', null).executeTakeFirst()
  if (current?.status !== 'sick') await recordAttendance(tx, tenantId, null, clientId, today, { status: 'sick' }, 'client')
  return true
}

/**
 * "Ik ben ziek": opens a sick report from today, registers today as sick when it is a scheduled
 * day, puts it on the timeline, tells the coach (or the team) and confirms it to the client in
 * the app. A second report while one is open changes nothing (on a later day it only registers
 * that day): the coach heard it the first time.
 */
export async function reportSick(tx: Tx, tenantId: string, clientId: string, today: string): Promise<SickReport> {
  const inserted = await tx
    .insertInto('sick_reports')
    .values({ tenant_id: tenantId, client_id: clientId, first_day: today })
    .onConflict((oc) => oc.columns(['tenant_id', 'client_id']).where('recovered_on', 'is', null).doNothing())
    .returning(['id', 'first_day', 'reported_at'])
    .executeTakeFirst()
  const scheduledToday = await registerSickToday(tx, tenantId, clientId, today)
  if (!inserted) {
    const open = await tx.selectFrom('sick_reports').select(['id', 'first_day', 'reported_at']).where('client_id', '=', clientId).where('recovered_on', 'is', null).executeTakeFirstOrThrow()
    return { id: open.id, firstDay: open.first_day, reportedAt: open.reported_at.toISOString(), alreadyReported: true, scheduledToday, told: (await whoAnswersFor(tx, tenantId, clientId)).told }
  }
  const told = await notifyAboutClient(tx, tenantId, clientId, 'client.reported-sick', { firstDay: today, scheduledToday })
  await addClientEvent(tx, tenantId, clientId, null, 'client.reported-sick', { byClient: true, sickReportId: inserted.id, firstDay: today, scheduledToday, told })
  await queueServiceMessage(tx, { tenantId, clientId, kind: 'sickReported', channel: 'app', variables: { told: told.name }, sentBy: koersItself })
  return { id: inserted.id, firstDay: inserted.first_day, reportedAt: inserted.reported_at.toISOString(), alreadyReported: false, scheduledToday, told }
}

/** "Ik ben weer beter": closes the open sick report today and tells the coach. Without one, nothing changes. */
export async function reportRecovered(tx: Tx, tenantId: string, clientId: string, today: string): Promise<Recovery> {
  const open = await tx.selectFrom('sick_reports').select(['id', 'first_day']).where('client_id', '=', clientId).where('recovered_on', 'is', null).executeTakeFirst()
  if (!open) return { recoveredOn: today, wasSick: false, told: (await whoAnswersFor(tx, tenantId, clientId)).told }
  const recoveredOn = today
  await tx.updateTable('sick_reports').set({ recovered_on: recoveredOn, recovered_at: new Date() }).where('id', '=', open.id).execute()
  const told = await notifyAboutClient(tx, tenantId, clientId, 'client.recovered', { firstDay: open.first_day, recoveredOn })
  await addClientEvent(tx, tenantId, clientId, null, 'client.recovered', { byClient: true, sickReportId: open.id, firstDay: open.first_day, recoveredOn, told })
  return { recoveredOn, wasSick: true, told }
}
