import { sql, type Selectable } from 'kysely'
import pg from 'pg'
import type { ClientPage } from '../../../common/api/clients.js'
import type { SecretBox } from '../../crypto/secretBox.js'
import type { Tx } from '../../db/database.js'
import type {
  ClientInterventionsTable,
  ClientProfileValuesTable,
  ClientsTable,
  PlanGoalsTable,
  PlanStepsTable,
  ProfileCriteriaTable,
  ProfileValue,
  Role,
  ScaleLevel,
  StatusTypesTable,
} from '../../db/schema.js'
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

/** A timestamp inside a JSON result, read exactly as `pg` reads a timestamptz column. */
const parseTimestamptz = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ) as (value: string) => Date
const stamp = (value: string) => parseTimestamptz(value.replace('T', ' '))
const maybeStamp = (value: string | null) => (value === null ? null : stamp(value))

type Stamp = string
interface PageParts {
  assignments: { coach_id: string | null; team_id: string | null; team_name: string | null; valid_from: Stamp; valid_to: Stamp | null; reason: string | null }[]
  statuses: {
    id: string
    status_code: string
    kind: Selectable<StatusTypesTable>['kind']
    label_nl: string
    label_en: string
    valid_from: string
    valid_to: string | null
    planned_end: string | null
    regime: string | null
    organisation: string | null
    note: string | null
    recorded_by: string | null
    recorded_at: Stamp
  }[]
  scales: { code: string; label_nl: string; label_en: string; levels: ScaleLevel[] }[]
  segment_scores: { scale_code: string; value: number; assessed_on: string; recorded_by: string | null }[]
  diagnosis: { id: string; assessed_on: string; source: string; skills: string[]; living_situation: Record<string, string>; summary: string | null; recorded_by: string | null } | null
  competences: { code: string; label_nl: string; label_en: string }[]
  competence_scores: { competence_code: string; score: number; assessed_on: string }[]
  criteria: Pick<Selectable<ProfileCriteriaTable>, 'code' | 'label_nl' | 'label_en' | 'value_type' | 'options' | 'visible_to'>[]
  profile_values: { criterion_code: string; value: ProfileValue; source: Selectable<ClientProfileValuesTable>['source']; valid_from: Stamp }[]
  interventions: {
    id: string
    type_code: string
    label_nl: string
    label_en: string
    status: Selectable<ClientInterventionsTable>['status']
    start_date: string
    end_date: string | null
    outcome: Selectable<ClientInterventionsTable>['outcome']
    outcome_note: string | null
    registered_by: string | null
    registered_at: Stamp
  }[]
  plan: { agreed_on: string | null; review_on: string | null } | null
  goals: { id: string; description: string; target_date: string | null; status: Selectable<PlanGoalsTable>['status']; created_by: string | null; created_at: Stamp }[]
  steps: Pick<Selectable<PlanStepsTable>, 'id' | 'goal_id' | 'description' | 'responsible' | 'due_date' | 'intervention_id' | 'status'>[]
  notes: { id: string; body: string; author_id: string | null; created_at: Stamp }[]
  events: { id: string; occurred_at: Stamp; kind: string; actor_id: string | null; data: Record<string, unknown> }[]
  people: { id: string; display_name: string }[]
}

/**
 * The client and every part of the page in one statement (one round trip instead of one per
 * part): each part is an indexed read of the client's rows, aggregated as JSON in the order
 * the page shows it; the people named anywhere on the page come from the same rows.
 */
async function loadPageRows(tx: Tx, clientId: string) {
  const result = await sql<Selectable<ClientsTable> & PageParts>`
    WITH assignments AS (
      SELECT a.coach_id, a.team_id, t.name AS team_name, a.valid_from, a.valid_to, a.reason
        FROM client_assignments a LEFT JOIN teams t ON t.tenant_id = a.tenant_id AND t.id = a.team_id
       WHERE a.client_id = ${clientId}
    ), statuses AS (
      SELECT s.id, s.status_code, st.kind, st.label_nl, st.label_en, s.valid_from, s.valid_to, s.planned_end, s.regime,
             s.organisation, s.note, s.recorded_by, s.recorded_at
        FROM client_statuses s JOIN status_types st ON st.tenant_id = s.tenant_id AND st.code = s.status_code
       WHERE s.client_id = ${clientId}
    ), segment_scores AS (
      SELECT scale_code, value, assessed_on, recorded_by, recorded_at FROM client_segment_scores WHERE client_id = ${clientId}
    ), diagnosis AS (
      SELECT id, assessed_on, source, skills, living_situation, summary, recorded_by
        FROM client_diagnoses WHERE client_id = ${clientId} ORDER BY assessed_on DESC, recorded_at DESC LIMIT 1
    ), interventions AS (
      SELECT i.id, i.type_code, it.label_nl, it.label_en, i.status, i.start_date, i.end_date, i.outcome, i.outcome_note,
             i.registered_by, i.registered_at
        FROM client_interventions i JOIN intervention_types it ON it.tenant_id = i.tenant_id AND it.code = i.type_code
       WHERE i.client_id = ${clientId}
    ), goals AS (
      SELECT id, description, target_date, status, created_by, created_at FROM plan_goals WHERE client_id = ${clientId}
    ), notes AS (
      SELECT id, body, author_id, created_at FROM client_notes WHERE client_id = ${clientId} ORDER BY created_at DESC LIMIT 100
    ), events AS (
      (SELECT id, occurred_at, kind, actor_id, data FROM client_events WHERE client_id = ${clientId} ORDER BY occurred_at DESC LIMIT 200)
      UNION ALL
      -- Each message sent to the client is one event, with the channels it went on.
      (SELECT s.id, min(o.created_at) AS occurred_at,
              CASE WHEN bool_and(o.status = 'suppressed') THEN 'message.not-reached' ELSE 'message.sent' END AS kind,
              s.created_by AS actor_id,
              jsonb_build_object('sendId', s.id, 'templateName', t.name, 'category', s.category, 'title', max(o.title),
                'channels', coalesce(array_agg(o.channel ORDER BY o.channel) FILTER (WHERE o.channel IS NOT NULL), '{}'),
                'reason', max(o.reason)) AS data
         FROM outbox_messages o
         JOIN message_sends s ON s.tenant_id = o.tenant_id AND s.id = o.send_id
         JOIN message_templates t ON t.tenant_id = s.tenant_id AND t.id = s.template_id
        WHERE o.client_id = ${clientId}
        GROUP BY s.id, s.created_by, s.category, t.name
        ORDER BY 2 DESC LIMIT 100)
    )
    SELECT c.*,
      (SELECT coalesce(json_agg(x ORDER BY x.valid_from DESC), '[]') FROM assignments x) AS assignments,
      (SELECT coalesce(json_agg(x ORDER BY x.valid_from DESC), '[]') FROM statuses x) AS statuses,
      (SELECT coalesce(json_agg(json_build_object('code', x.code, 'label_nl', x.label_nl, 'label_en', x.label_en, 'levels', x.levels) ORDER BY x.sort, x.code), '[]')
         FROM segment_scales x) AS scales,
      (SELECT coalesce(json_agg(json_build_object('scale_code', x.scale_code, 'value', x.value, 'assessed_on', x.assessed_on, 'recorded_by', x.recorded_by)
         ORDER BY x.assessed_on DESC, x.recorded_at DESC), '[]') FROM segment_scores x) AS segment_scores,
      (SELECT row_to_json(x) FROM diagnosis x) AS diagnosis,
      (SELECT coalesce(json_agg(json_build_object('code', x.code, 'label_nl', x.label_nl, 'label_en', x.label_en) ORDER BY x.sort, x.code), '[]')
         FROM competences x) AS competences,
      (SELECT coalesce(json_agg(json_build_object('competence_code', x.competence_code, 'score', x.score, 'assessed_on', x.assessed_on)
         ORDER BY x.assessed_on, x.recorded_at), '[]') FROM client_competence_scores x WHERE x.client_id = ${clientId}) AS competence_scores,
      (SELECT coalesce(json_agg(json_build_object('code', x.code, 'label_nl', x.label_nl, 'label_en', x.label_en, 'value_type', x.value_type,
         'options', x.options, 'visible_to', x.visible_to) ORDER BY x.sort, x.code), '[]') FROM profile_criteria x WHERE x.active) AS criteria,
      (SELECT coalesce(json_agg(json_build_object('criterion_code', x.criterion_code, 'value', x.value, 'source', x.source, 'valid_from', x.valid_from)), '[]')
         FROM client_profile_values x WHERE x.client_id = ${clientId} AND x.valid_to IS NULL) AS profile_values,
      (SELECT coalesce(json_agg(x ORDER BY x.start_date DESC), '[]') FROM interventions x) AS interventions,
      (SELECT json_build_object('agreed_on', x.agreed_on, 'review_on', x.review_on) FROM client_plans x WHERE x.client_id = ${clientId}) AS plan,
      (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM goals x) AS goals,
      (SELECT coalesce(json_agg(json_build_object('id', x.id, 'goal_id', x.goal_id, 'description', x.description, 'responsible', x.responsible,
         'due_date', x.due_date, 'intervention_id', x.intervention_id, 'status', x.status) ORDER BY x.created_at), '[]')
         FROM plan_steps x WHERE x.client_id = ${clientId}) AS steps,
      (SELECT coalesce(json_agg(x ORDER BY x.created_at DESC), '[]') FROM notes x) AS notes,
      (SELECT coalesce(json_agg(x ORDER BY x.occurred_at DESC), '[]') FROM events x) AS events,
      (SELECT coalesce(json_agg(json_build_object('id', u.id, 'display_name', u.display_name)), '[]') FROM users u WHERE u.id IN (
          SELECT coach_id FROM assignments UNION SELECT recorded_by FROM statuses UNION SELECT recorded_by FROM segment_scores
          UNION SELECT registered_by FROM interventions UNION SELECT created_by FROM goals UNION SELECT author_id FROM notes
          UNION SELECT actor_id FROM events UNION SELECT recorded_by FROM diagnosis)) AS people
    FROM clients c
    WHERE c.id = ${clientId}`.execute(tx)
  return result.rows[0]
}

/** The client record without what depends on the staff member reading it. */
export type ClientRecord = Omit<ClientPage, 'suggestedActions' | 'access'>

/**
 * Everything about one client on one page: the record, every part of its history and the
 * people named in it, read in one statement.
 */
export async function loadClientPage(
  tx: Tx,
  secretBox: SecretBox,
  clientId: string,
  viewer: { roles: readonly Role[]; access: ClientAccess },
): Promise<ClientPage> {
  const record = await loadClientRecord(tx, secretBox, clientId, viewer.roles)
  // Filled by the caseload signals; the contract is here already.
  return { ...record, suggestedActions: [], access: viewer.access }
}

/**
 * The whole record of one client, read in one statement. Profile criteria are those the staff
 * roles may see, or every one for the client themself (the right of access covers them all).
 */
export async function loadClientRecord(
  tx: Tx,
  secretBox: SecretBox,
  clientId: string,
  profileFor: readonly Role[] | 'data-subject',
): Promise<ClientRecord> {
  const row = await loadPageRows(tx, clientId)
  if (!row) throw notFound('No such client.')
  const client = row
  const assignments = row.assignments.map((a) => ({ ...a, valid_from: stamp(a.valid_from), valid_to: maybeStamp(a.valid_to) }))
  const statuses = row.statuses.map((s) => ({ ...s, recorded_at: stamp(s.recorded_at) }))
  const scales = row.scales
  const segmentScores = row.segment_scores
  const diagnosis = row.diagnosis ?? undefined
  const competences = row.competences
  const competenceScores = row.competence_scores
  const criteria = row.criteria
  const profileValues = row.profile_values.map((v) => ({ ...v, valid_from: stamp(v.valid_from) }))
  const interventions = row.interventions.map((i) => ({ ...i, registered_at: stamp(i.registered_at) }))
  const plan = row.plan ?? undefined
  const goals = row.goals.map((g) => ({ ...g, created_at: stamp(g.created_at) }))
  const steps = row.steps
  const notes = row.notes.map((n) => ({ ...n, created_at: stamp(n.created_at) }))
  const events = row.events.map((e) => ({ ...e, occurred_at: stamp(e.occurred_at) }))

  const people = row.people
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
      .filter((criterion) => profileFor === 'data-subject' || mayView(criterion, profileFor))
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
  }
}
