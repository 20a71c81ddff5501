import { sql, type RawBuilder } from 'kysely'

export type Severity = 'info' | 'warning' | 'urgent'
export type SuggestedActionKind = 'open-client' | 'plan-intervention' | 'register-contact' | 'send-message' | 'answer-chat'

export interface SignalContext {
  /** Today in Europe/Amsterdam, YYYY-MM-DD. */
  today: string
  /** The tenant's threshold for this signal (or the default). */
  threshold: number
}

export interface SignalDefinition {
  code: string
  severity: Severity
  /** How much this signal adds to a client's need of attention, for ranking. */
  weight: number
  /** Plain words; {n} is the threshold. */
  textNl: string
  textEn: string
  action: SuggestedActionKind
  threshold: { default: number; min: number; max: number; unit: 'hours' | 'days' | 'weeks' | 'months' } | null
  /**
   * The clients (alias c, table clients) for which the signal holds: a condition added to
   * `SELECT c.id FROM clients c WHERE …`, run under the tenant's row-level security.
   */
  holds(context: SignalContext): RawBuilder<boolean>
}

const stillGuided = sql<boolean>`c.outflow_date IS NULL`
const monthsAgo = (context: SignalContext) => sql`(${context.today}::date - make_interval(months => ${context.threshold}))::date`
const daysAgo = (context: SignalContext) => sql`(${context.today}::date - ${context.threshold}::int)`
const daysAhead = (context: SignalContext) => sql`(${context.today}::date + ${context.threshold}::int)`

/**
 * The signals of the caseload overview (seed 000, "wat is (nog niet) gebeurd?"). Each is a
 * small definition: its words, its weight, the action it suggests and the SQL that finds it.
 */
export const signalDefinitions: SignalDefinition[] = [
  {
    code: 'no_intervention_after_intake',
    severity: 'warning',
    weight: 30,
    textNl: 'Geen interventie geregistreerd, {n} maanden na instroom',
    textEn: 'No intervention registered {n} months after intake',
    action: 'plan-intervention',
    threshold: { default: 6, min: 1, max: 24, unit: 'months' },
    holds: (context) => sql<boolean>`${stillGuided} AND c.intake_date <= ${monthsAgo(context)}
      AND NOT EXISTS (SELECT 1 FROM client_interventions i
        WHERE i.tenant_id = c.tenant_id AND i.client_id = c.id AND i.start_date >= c.intake_date AND i.status <> 'cancelled')`,
  },
  {
    code: 'not_active_within_6_months',
    severity: 'warning',
    weight: 25,
    textNl: 'Niet actief binnen {n} maanden na instroom',
    textEn: 'Not active within {n} months of intake',
    action: 'plan-intervention',
    threshold: { default: 6, min: 1, max: 24, unit: 'months' },
    holds: (context) => sql<boolean>`${stillGuided} AND c.intake_date <= ${monthsAgo(context)}
      AND NOT EXISTS (SELECT 1 FROM client_interventions i
        JOIN intervention_types it ON it.tenant_id = i.tenant_id AND it.code = i.type_code
        WHERE i.tenant_id = c.tenant_id AND i.client_id = c.id AND i.start_date >= c.intake_date
          AND i.status IN ('active', 'completed') AND it.category IN ('activation', 'training', 'placement'))
      AND NOT EXISTS (SELECT 1 FROM client_statuses s
        JOIN status_types st ON st.tenant_id = s.tenant_id AND st.code = s.status_code
        WHERE s.tenant_id = c.tenant_id AND s.client_id = c.id AND s.valid_from >= c.intake_date
          AND st.kind IN ('employment', 'secondment', 'work_experience'))`,
  },
  {
    code: 'no_coach',
    severity: 'urgent',
    weight: 40,
    textNl: 'Geen coach toegewezen',
    textEn: 'No coach assigned',
    action: 'open-client',
    threshold: null,
    holds: () => sql<boolean>`${stillGuided}
      AND NOT EXISTS (SELECT 1 FROM client_assignments a
        WHERE a.tenant_id = c.tenant_id AND a.client_id = c.id AND a.valid_to IS NULL AND a.coach_id IS NOT NULL)`,
  },
  {
    code: 'exemption_expiring',
    severity: 'warning',
    weight: 20,
    textNl: 'Ontheffing loopt binnen {n} dagen af of is verlopen',
    textEn: 'Exemption ends within {n} days or has ended',
    action: 'open-client',
    threshold: { default: 30, min: 1, max: 365, unit: 'days' },
    holds: (context) => sql<boolean>`${stillGuided} AND EXISTS (SELECT 1 FROM client_statuses s
        JOIN status_types st ON st.tenant_id = s.tenant_id AND st.code = s.status_code
        WHERE s.tenant_id = c.tenant_id AND s.client_id = c.id AND st.kind = 'exemption'
          AND s.valid_to IS NULL AND s.planned_end IS NOT NULL AND s.planned_end <= ${daysAhead(context)})`,
  },
  {
    code: 'absent_without_notice',
    severity: 'urgent',
    weight: 35,
    textNl: 'Afwezig zonder afmelding (afgelopen {n} dagen)',
    textEn: 'Absent without notice (last {n} days)',
    action: 'register-contact',
    threshold: { default: 14, min: 1, max: 90, unit: 'days' },
    // Ends once someone has been in contact with the client after the absence.
    holds: (context) => sql<boolean>`EXISTS (SELECT 1 FROM attendance_records r
        WHERE r.tenant_id = c.tenant_id AND r.client_id = c.id AND r.status = 'absent_without_notice'
          AND r.superseded_at IS NULL AND r.day >= ${daysAgo(context)} AND r.day <= ${context.today}::date
          AND NOT EXISTS (SELECT 1 FROM client_contacts k
            WHERE k.tenant_id = r.tenant_id AND k.client_id = r.client_id AND k.contacted_at >= r.day))`,
  },
  {
    code: 'no_contact',
    severity: 'info',
    weight: 15,
    textNl: 'Al {n} weken geen contact',
    textEn: 'No contact for {n} weeks',
    action: 'register-contact',
    threshold: { default: 6, min: 1, max: 52, unit: 'weeks' },
    holds: (context) => sql<boolean>`${stillGuided} AND c.intake_date <= (${context.today}::date - ${context.threshold * 7}::int)
      AND NOT EXISTS (SELECT 1 FROM client_contacts k
        WHERE k.tenant_id = c.tenant_id AND k.client_id = c.id
          AND k.contacted_at >= (${context.today}::date - ${context.threshold * 7}::int))`,
  },
  {
    code: 'placement_starting',
    severity: 'info',
    weight: 10,
    textNl: 'Detachering of plaatsing begint binnen {n} dagen',
    textEn: 'Secondment or placement starts within {n} days',
    action: 'send-message',
    threshold: { default: 14, min: 1, max: 90, unit: 'days' },
    holds: (context) => sql<boolean>`EXISTS (SELECT 1 FROM client_statuses s
        JOIN status_types st ON st.tenant_id = s.tenant_id AND st.code = s.status_code
        WHERE s.tenant_id = c.tenant_id AND s.client_id = c.id AND st.kind IN ('secondment', 'employment', 'work_experience')
          AND s.valid_from > ${context.today}::date AND s.valid_from <= ${daysAhead(context)})`,
  },
  {
    code: 'programme_not_used',
    severity: 'warning',
    weight: 15,
    textNl: 'Aangeboden traject niet gestart ({n} dagen na de startdatum)',
    textEn: 'Offered programme not started ({n} days after its start date)',
    action: 'register-contact',
    threshold: { default: 14, min: 1, max: 180, unit: 'days' },
    holds: (context) => sql<boolean>`${stillGuided} AND EXISTS (SELECT 1 FROM client_interventions i
        WHERE i.tenant_id = c.tenant_id AND i.client_id = c.id AND i.status = 'planned' AND i.start_date < ${daysAgo(context)})`,
  },
  {
    code: 'plan_incomplete',
    severity: 'warning',
    weight: 15,
    textNl: 'Plan van aanpak zonder doel of voorbij de evaluatiedatum',
    textEn: 'Plan of action without a goal or past its review date',
    action: 'open-client',
    threshold: null,
    holds: (context) => sql<boolean>`${stillGuided} AND EXISTS (SELECT 1 FROM client_plans p
        WHERE p.tenant_id = c.tenant_id AND p.client_id = c.id
          AND (p.review_on < ${context.today}::date
            OR NOT EXISTS (SELECT 1 FROM plan_goals g WHERE g.tenant_id = p.tenant_id AND g.client_id = p.client_id AND g.status = 'open')))`,
  },
  {
    code: 'development_card_outdated',
    severity: 'info',
    weight: 5,
    textNl: 'Ontwikkelkaart ouder dan {n} maanden',
    textEn: 'Development card older than {n} months',
    action: 'open-client',
    threshold: { default: 6, min: 1, max: 36, unit: 'months' },
    holds: (context) => sql<boolean>`${stillGuided} AND EXISTS (SELECT 1 FROM client_competence_scores k
        WHERE k.tenant_id = c.tenant_id AND k.client_id = c.id)
      AND NOT EXISTS (SELECT 1 FROM client_competence_scores k
        WHERE k.tenant_id = c.tenant_id AND k.client_id = c.id AND k.assessed_on > ${monthsAgo(context)})`,
  },
  {
    code: 'chat_unanswered',
    severity: 'urgent',
    weight: 35,
    textNl: 'Chatbericht al meer dan {n} uur niet beantwoord',
    textEn: 'Chat message unanswered for more than {n} hours',
    action: 'answer-chat',
    threshold: { default: 8, min: 1, max: 168, unit: 'hours' },
    // Time-driven by the hour: found by the chat's own minute job as well as the hourly recompute.
    holds: (context) => sql<boolean>`EXISTS (SELECT 1 FROM chat_conversations v
        WHERE v.tenant_id = c.tenant_id AND v.client_id = c.id
          AND v.waiting_since <= now() - make_interval(hours => ${context.threshold}))`,
  },
]

export const signalByCode = new Map(signalDefinitions.map((definition) => [definition.code, definition]))

export const signalText = (definition: SignalDefinition, threshold: number | null) => ({
  textNl: definition.textNl.replace('{n}', String(threshold ?? '')),
  textEn: definition.textEn.replace('{n}', String(threshold ?? '')),
})
