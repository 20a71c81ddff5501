import type { Tx } from '../../db/database.js'
import { badRequest } from '../../http/problem.js'
import { todayInAmsterdam } from './dutchFormats.js'
import { addClientEvent } from './timeline.js'

function notInFuture(field: string, date: string) {
  if (date > todayInAmsterdam()) throw badRequest('date-in-future', `${field} lies in the future.`, [{ field, message: 'lies in the future' }])
}

/** A score on one of the tenant's segmentation scales (self-reliance, motivation, …). */
export async function recordSegmentScore(
  tx: Tx,
  tenantId: string,
  actorId: string | null,
  clientId: string,
  input: { scaleCode: string; value: number; assessedOn: string },
): Promise<void> {
  notInFuture('assessedOn', input.assessedOn)
  const scale = await tx.selectFrom('segment_scales').select(['levels']).where('code', '=', input.scaleCode).executeTakeFirst()
  if (!scale) throw badRequest('unknown-scale', `There is no scale "${input.scaleCode}".`, [{ field: 'scaleCode', message: 'is not a scale of this organisation' }])
  if (!scale.levels.some((level) => level.value === input.value)) {
    throw badRequest('value-not-on-scale', `The value must be one of ${scale.levels.map((l) => l.value).join(', ')}.`, [{ field: 'value', message: 'is not on the scale' }])
  }
  await tx
    .insertInto('client_segment_scores')
    .values({ tenant_id: tenantId, client_id: clientId, scale_code: input.scaleCode, value: input.value, assessed_on: input.assessedOn, recorded_by: actorId })
    .execute()
  await addClientEvent(tx, tenantId, clientId, actorId, 'segment.scored', input)
}

/** Scores on the development card (ontwikkelkaart), 1–5 per competence, on one date. */
export async function recordCompetenceAssessment(
  tx: Tx,
  tenantId: string,
  actorId: string | null,
  clientId: string,
  input: { assessedOn: string; scores: Record<string, number> },
): Promise<void> {
  notInFuture('assessedOn', input.assessedOn)
  const codes = Object.keys(input.scores)
  if (codes.length === 0) throw badRequest('no-scores', 'Give at least one competence score.', [{ field: 'scores', message: 'is empty' }])
  const known = await tx.selectFrom('competences').select('code').where('code', 'in', codes).execute()
  const unknown = codes.filter((code) => !known.some((k) => k.code === code))
  if (unknown.length > 0) {
    throw badRequest('unknown-competence', `Unknown competences: ${unknown.join(', ')}.`, unknown.map((code) => ({ field: `scores.${code}`, message: 'is not a competence of this organisation' })))
  }
  await tx
    .insertInto('client_competence_scores')
    .values(codes.map((code) => ({ tenant_id: tenantId, client_id: clientId, competence_code: code, score: input.scores[code]!, assessed_on: input.assessedOn, recorded_by: actorId })))
    .execute()
  await addClientEvent(tx, tenantId, clientId, actorId, 'development-card.assessed', { assessedOn: input.assessedOn, competences: codes.length })
}

export async function recordDiagnosis(
  tx: Tx,
  tenantId: string,
  actorId: string | null,
  clientId: string,
  input: { assessedOn: string; source?: string; skills: string[]; livingSituation: Record<string, string>; summary?: string },
): Promise<void> {
  notInFuture('assessedOn', input.assessedOn)
  await tx
    .insertInto('client_diagnoses')
    .values({
      tenant_id: tenantId,
      client_id: clientId,
      assessed_on: input.assessedOn,
      source: input.source ?? 'coach',
      skills: input.skills.map((s) => s.trim()).filter(Boolean),
      living_situation: JSON.stringify(input.livingSituation),
      summary: input.summary ?? null,
      recorded_by: actorId,
    })
    .execute()
  await addClientEvent(tx, tenantId, clientId, actorId, 'diagnosis.recorded', { assessedOn: input.assessedOn, source: input.source ?? 'coach' })
}
