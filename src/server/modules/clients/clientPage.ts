import type { ClientPage } from '../../../common/api/clients.js'
import type { SecretBox } from '../../crypto/secretBox.js'
import type { Tx } from '../../db/database.js'
import type { Role } from '../../db/schema.js'
import { notFound } from '../../http/problem.js'
import type { ClientAccess } from './access.js'
import { maskBsn, todayInAmsterdam } from './dutchFormats.js'
import { fullName, sortName } from './names.js'
import { phaseOf } from './phase.js'
import { mayView } from './profile.js'

function ageOn(dateOfBirth: string | null, today: string): number | null {
  if (dateOfBirth === null) return null
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number]
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0)
}

/**
 * Everything about one client on one page. Each part is one indexed query on the client's
 * rows; people are resolved to names in one query at the end.
 */
export async function loadClientPage(
  tx: Tx,
  secretBox: SecretBox,
  clientId: string,
  viewer: { roles: readonly Role[]; access: ClientAccess },
): Promise<ClientPage> {
  const client = await tx.selectFrom('clients').selectAll().where('id', '=', clientId).executeTakeFirst()
  if (!client) throw notFound('No such client.')

  const assignments = await tx
    .selectFrom('client_assignments as a')
    .leftJoin('teams as t', (j) => j.onRef('t.tenant_id', '=', 'a.tenant_id').onRef('t.id', '=', 'a.team_id'))
    .select(['a.coach_id', 'a.team_id', 't.name as team_name', 'a.valid_from', 'a.valid_to', 'a.reason'])
    .where('a.client_id', '=', clientId)
    .orderBy('a.valid_from', 'desc')
    .execute()
  const statuses = await tx
    .selectFrom('client_statuses as s')
    .innerJoin('status_types as st', (j) => j.onRef('st.tenant_id', '=', 's.tenant_id').onRef('st.code', '=', 's.status_code'))
    .select(['s.id', 's.status_code', 'st.kind', 'st.label_nl', 'st.label_en', 'st.sort', 's.valid_from', 's.valid_to', 's.planned_end', 's.regime', 's.organisation', 's.note', 's.recorded_by', 's.recorded_at'])
    .where('s.client_id', '=', clientId)
    .orderBy('s.valid_from', 'desc')
    .execute()
  const scales = await tx.selectFrom('segment_scales').selectAll().orderBy('sort').orderBy('code').execute()
  const segmentScores = await tx
    .selectFrom('client_segment_scores')
    .select(['scale_code', 'value', 'assessed_on', 'recorded_by'])
    .where('client_id', '=', clientId)
    .orderBy('assessed_on', 'desc')
    .orderBy('recorded_at', 'desc')
    .execute()
  const diagnosis = await tx
    .selectFrom('client_diagnoses')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('assessed_on', 'desc')
    .orderBy('recorded_at', 'desc')
    .limit(1)
    .executeTakeFirst()
  const competences = await tx.selectFrom('competences').select(['code', 'label_nl', 'label_en']).orderBy('sort').orderBy('code').execute()
  const competenceScores = await tx
    .selectFrom('client_competence_scores')
    .select(['competence_code', 'score', 'assessed_on'])
    .where('client_id', '=', clientId)
    .orderBy('assessed_on')
    .orderBy('recorded_at')
    .execute()
  const criteria = await tx.selectFrom('profile_criteria').selectAll().where('active', '=', true).orderBy('sort').orderBy('code').execute()
  const profileValues = await tx
    .selectFrom('client_profile_values')
    .select(['criterion_code', 'value', 'source', 'valid_from'])
    .where('client_id', '=', clientId)
    .where('valid_to', 'is', null)
    .execute()
  const interventions = await tx
    .selectFrom('client_interventions as i')
    .innerJoin('intervention_types as it', (j) => j.onRef('it.tenant_id', '=', 'i.tenant_id').onRef('it.code', '=', 'i.type_code'))
    .select(['i.id', 'i.type_code', 'it.label_nl', 'it.label_en', 'i.status', 'i.start_date', 'i.end_date', 'i.outcome', 'i.outcome_note', 'i.registered_by', 'i.registered_at'])
    .where('i.client_id', '=', clientId)
    .orderBy('i.start_date', 'desc')
    .execute()
  const plan = await tx.selectFrom('client_plans').select(['agreed_on', 'review_on']).where('client_id', '=', clientId).executeTakeFirst()
  const goals = await tx.selectFrom('plan_goals').selectAll().where('client_id', '=', clientId).orderBy('created_at').execute()
  const steps = await tx.selectFrom('plan_steps').selectAll().where('client_id', '=', clientId).orderBy('created_at').execute()
  const notes = await tx.selectFrom('client_notes').selectAll().where('client_id', '=', clientId).orderBy('created_at', 'desc').limit(100).execute()
  const events = await tx.selectFrom('client_events').selectAll().where('client_id', '=', clientId).orderBy('occurred_at', 'desc').limit(200).execute()

  const personIds = new Set<string>()
  const remember = (id: string | null) => (id !== null ? personIds.add(id) : undefined)
  assignments.forEach((a) => remember(a.coach_id))
  statuses.forEach((s) => remember(s.recorded_by))
  segmentScores.forEach((s) => remember(s.recorded_by))
  interventions.forEach((i) => remember(i.registered_by))
  goals.forEach((g) => remember(g.created_by))
  notes.forEach((n) => remember(n.author_id))
  events.forEach((e) => remember(e.actor_id))
  if (diagnosis) remember(diagnosis.recorded_by)
  const people =
    personIds.size === 0 ? [] : await tx.selectFrom('users').select(['id', 'display_name']).where('id', 'in', [...personIds]).execute()
  const names = new Map(people.map((p) => [p.id, p.display_name]))
  const person = (id: string | null) => (id !== null && names.has(id) ? { id, displayName: names.get(id)! } : null)

  const today = todayInAmsterdam()
  const presentedStatuses = statuses.map((s) => ({
    id: s.id,
    statusCode: s.status_code,
    kind: s.kind,
    labelNl: s.label_nl,
    labelEn: s.label_en,
    validFrom: s.valid_from,
    validTo: s.valid_to,
    plannedEnd: s.planned_end,
    regime: s.regime,
    organisation: s.organisation,
    note: s.note,
    recordedBy: person(s.recorded_by),
    recordedAt: s.recorded_at.toISOString(),
  }))
  const isCurrent = (s: { validFrom: string; validTo: string | null }) => s.validFrom <= today && (s.validTo === null || s.validTo >= today)
  const presentAssignment = (a: (typeof assignments)[number]) => ({
    coach: person(a.coach_id),
    team: a.team_id !== null && a.team_name !== null ? { id: a.team_id, name: a.team_name } : null,
    since: a.valid_from.toISOString(),
    until: a.valid_to?.toISOString() ?? null,
    reason: a.reason,
  })
  const current = assignments.find((a) => a.valid_to === null)

  const assessmentsByDate = new Map<string, Record<string, number>>()
  for (const score of competenceScores) {
    const entry = assessmentsByDate.get(score.assessed_on) ?? {}
    entry[score.competence_code] = score.score
    assessmentsByDate.set(score.assessed_on, entry)
  }
  const nameParts = { initials: client.initials, first_names: client.first_names, tussenvoegsel: client.tussenvoegsel, surname: client.surname }

  return {
    client: {
      id: client.id,
      clientNumber: client.client_number,
      name: {
        initials: client.initials,
        firstNames: client.first_names,
        tussenvoegsel: client.tussenvoegsel,
        surname: client.surname,
        fullName: fullName(nameParts),
        sortName: sortName(nameParts),
      },
      dateOfBirth: client.date_of_birth,
      age: ageOn(client.date_of_birth, today),
      bsnMasked: client.bsn_sealed === null ? null : maskBsn(secretBox.open(client.bsn_sealed)),
      address: { street: client.street, houseNumber: client.house_number, postcode: client.postcode, city: client.city },
      phone: client.phone,
      email: client.email,
      preferredLanguage: client.preferred_language,
      preferredChannel: client.preferred_channel,
      intakeDate: client.intake_date,
      outflowDate: client.outflow_date,
      outflowReason: client.outflow_reason,
    },
    assignment: current ? presentAssignment(current) : null,
    assignmentHistory: assignments.map(presentAssignment),
    phase: phaseOf(client.intake_date, client.outflow_date, today),
    statuses: {
      current: presentedStatuses.filter(isCurrent).sort((a, b) => a.labelNl.localeCompare(b.labelNl)),
      history: presentedStatuses,
    },
    segments: scales.map((scale) => {
      const history = segmentScores.filter((s) => s.scale_code === scale.code)
      return {
        scaleCode: scale.code,
        labelNl: scale.label_nl,
        labelEn: scale.label_en,
        levels: scale.levels,
        current: history[0] ? { value: history[0].value, assessedOn: history[0].assessed_on } : null,
        history: history.map((h) => ({ value: h.value, assessedOn: h.assessed_on, recordedBy: person(h.recorded_by) })),
      }
    }),
    diagnosis: diagnosis
      ? {
          id: diagnosis.id,
          assessedOn: diagnosis.assessed_on,
          source: diagnosis.source,
          skills: diagnosis.skills,
          livingSituation: diagnosis.living_situation,
          summary: diagnosis.summary,
          recordedBy: person(diagnosis.recorded_by),
        }
      : null,
    developmentCard: {
      competences: competences.map((c) => ({ code: c.code, labelNl: c.label_nl, labelEn: c.label_en })),
      assessments: [...assessmentsByDate].map(([assessedOn, scores]) => ({ assessedOn, scores })),
    },
    profile: criteria
      .filter((criterion) => mayView(criterion, viewer.roles))
      .map((criterion) => {
        const value = profileValues.find((v) => v.criterion_code === criterion.code)
        return {
          code: criterion.code,
          labelNl: criterion.label_nl,
          labelEn: criterion.label_en,
          valueType: criterion.value_type,
          options: criterion.options,
          value: value?.value ?? null,
          source: value?.source ?? null,
          recordedAt: value?.valid_from.toISOString() ?? null,
        }
      }),
    interventions: interventions.map((i) => ({
      id: i.id,
      typeCode: i.type_code,
      labelNl: i.label_nl,
      labelEn: i.label_en,
      status: i.status,
      startDate: i.start_date,
      endDate: i.end_date,
      outcome: i.outcome,
      outcomeNote: i.outcome_note,
      registeredBy: person(i.registered_by),
      registeredAt: i.registered_at.toISOString(),
    })),
    plan: {
      agreedOn: plan?.agreed_on ?? null,
      reviewOn: plan?.review_on ?? null,
      goals: goals.map((g) => ({
        id: g.id,
        description: g.description,
        targetDate: g.target_date,
        status: g.status,
        createdBy: person(g.created_by),
        createdAt: g.created_at.toISOString(),
      })),
      steps: steps.map((s) => ({
        id: s.id,
        goalId: s.goal_id,
        description: s.description,
        responsible: s.responsible,
        dueDate: s.due_date,
        interventionId: s.intervention_id,
        status: s.status,
      })),
    },
    notes: notes.map((n) => ({ id: n.id, body: n.body, author: person(n.author_id), createdAt: n.created_at.toISOString() })),
    timeline: events.map((e) => ({ id: e.id, occurredAt: e.occurred_at.toISOString(), kind: e.kind, actor: person(e.actor_id), data: e.data })),
    // Filled by the caseload signals; the contract is here already.
    suggestedActions: [],
    access: viewer.access,
  }
}
