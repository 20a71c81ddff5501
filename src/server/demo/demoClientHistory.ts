import type { SecretBox } from '../crypto/secretBox.js'
import { searchName } from '../modules/clients/names.js'
import { asciiWord, demoClientName } from './clientNames.js'
import * as texts from './demoClientTexts.js'
import { demoBsn, demoClientNumber, demoMobile } from './demoIdentifiers.js'
import { demoAddress } from './dutchPlaces.js'
import { seededRandom, type Random } from './random.js'
import { timeOrderedId } from './timeOrderedIds.js'

/**
 * One demo client with years of history, as rows of the client tables: the record, who guided
 * them, statuses, segmentation, diagnosis, development card, profile, interventions, plan,
 * notes, and a timeline event for every recording, as the domain functions would have written
 * them. Pure: the same seed, index and day give the same client (apart from row ids and the
 * sealed BSN's random IV).
 */

export interface DemoTeam {
  id: string
  leadId: string | null
  coachIds: string[]
}

/** The staff that guide the demo clients: coaches in teams. */
export interface DemoCaseloadStaff {
  teams: DemoTeam[]
  coaches: { id: string; team: number }[]
}

export interface DemoClientSetting {
  seed: number
  /** Now, as milliseconds; `today` is its date in Europe/Amsterdam as a day number. */
  nowMs: number
  today: number
  staff: DemoCaseloadStaff
  secretBox: SecretBox
}

export type Row = Record<string, unknown>

export const clientTables = [
  'clients',
  'client_assignments',
  'client_statuses',
  'client_segment_scores',
  'client_competence_scores',
  'client_diagnoses',
  'client_profile_values',
  'client_interventions',
  'client_plans',
  'plan_goals',
  'plan_steps',
  'client_notes',
  'client_events',
] as const
export type ClientTable = (typeof clientTables)[number]
export type ClientRows = Record<ClientTable, Row[]>

export const emptyClientRows = (): ClientRows =>
  Object.fromEntries(clientTables.map((table) => [table, []])) as unknown as ClientRows

const dayMs = 86_400_000

const isoDays = new Map<number, string>()
/** YYYY-MM-DD of a day number (days since 1970-01-01). */
export function isoDay(day: number): string {
  let iso = isoDays.get(day)
  if (iso === undefined) {
    iso = new Date(day * dayMs).toISOString().slice(0, 10)
    if (isoDays.size < 100_000) isoDays.set(day, iso)
  }
  return iso
}
export const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / dayMs)

const two = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'))
const three = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'))
/** The ISO 8601 text of a moment in UTC, as Date.toISOString writes it (faster, for bulk). */
export function isoStamp(ms: number): string {
  const day = Math.floor(ms / dayMs)
  let rest = ms - day * dayMs
  const hours = Math.floor(rest / 3_600_000)
  rest -= hours * 3_600_000
  const minutes = Math.floor(rest / 60_000)
  rest -= minutes * 60_000
  const seconds = Math.floor(rest / 1000)
  const millis = Math.floor(rest - seconds * 1000)
  return `${isoDay(day)}T${two[hours]}:${two[minutes]}:${two[seconds]}.${three[millis]}Z`
}

/** A well-mixed 32-bit seed for client `index` of an organisation seeded with `seed`. */
function clientSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0
  return (h ^ (h >>> 16)) >>> 0
}

function weighted<T>(random: Random, items: readonly [T, number][]): T {
  let total = 0
  for (const [, weight] of items) total += weight
  let target = random.next() * total
  for (const [item, weight] of items) {
    target -= weight
    if (target < 0) return item
  }
  return items[items.length - 1]![0]
}

function some<T>(random: Random, items: readonly T[], min: number, max: number): T[] {
  const count = Math.min(items.length, random.int(min, max))
  const chosen = new Set<T>()
  while (chosen.size < count) chosen.add(random.pick(items))
  return [...chosen]
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value))

interface AssignmentPeriod {
  from: number
  team: number
  coach: string | null
  reason: string
}

/** Writes one client into `out`. */
export function generateDemoClient(setting: DemoClientSetting, index: number, out: ClientRows): void {
  const r = seededRandom(clientSeed(setting.seed, index))
  const { today, nowMs, staff } = setting
  const clientId = timeOrderedId()
  const clientNumber = demoClientNumber(index)
  let lastStamp = 0

  // What is recorded on one day is recorded in one sitting: from a moment during office hours
  // (never in the future), a little apart, in the order it is written here.
  const sittings = new Map<number, { base: number; count: number }>()
  const sittingOn = (day: number) => {
    let sitting = sittings.get(day)
    if (sitting === undefined) {
      const base = Math.max(day * dayMs, Math.min(day * dayMs + (6.5 + r.next() * 8) * 3_600_000, nowMs - 3_600_000))
      sitting = { base, count: 0 }
      sittings.set(day, sitting)
    }
    return sitting
  }
  /** The start of the day's sitting: when validity periods begin and end. */
  const moment = (day: number): string => isoStamp(sittingOn(day).base)
  /** The next moment of the day's sitting: when something was recorded. */
  const stamp = (day: number): string => {
    const sitting = sittingOn(day)
    sitting.count++
    const at = Math.max(sitting.base, Math.min(sitting.base + sitting.count * 40_000, nowMs - 1_000))
    if (at > lastStamp) lastStamp = at
    return isoStamp(at)
  }
  const event = (day: number, kind: string, actor: string | null, data: Row) =>
    out.client_events.push({ id: timeOrderedId(), client_id: clientId, occurred_at: stamp(Math.min(day, today)), kind, actor_id: actor, data })

  // --- Who, and when ---------------------------------------------------------------------
  const name = demoClientName(r)
  const address = demoAddress(r)
  const age = weighted(r, [
    [r.int(18, 26), 18],
    [r.int(27, 40), 32],
    [r.int(41, 55), 32],
    [r.int(56, 66), 18],
  ])
  const birthDay = today - age * 365 - r.int(0, 364)
  const regime = weighted<'Participatiewet' | 'WW' | 'Wsw'>(r, [
    ['Participatiewet', 85],
    ['WW', 9],
    ['Wsw', 6],
  ])
  const beforeIntake = r.chance(0.03)
  const intake = beforeIntake ? today + r.int(1, 30) : today - r.int(0, 5 * 365)
  const created = beforeIntake ? today - r.int(0, 20) : intake - r.int(5, 30)
  const elapsed = today - intake
  const outflowChance = regime === 'Wsw' ? 0.1 : clamp(elapsed / 1460, 0, 1) * 0.7
  const outflow = !beforeIntake && elapsed > 60 && r.chance(outflowChance) ? intake + r.int(45, elapsed) : null
  const outflowReason = outflow === null ? null : regime === 'Wsw' ? r.pick(['Pensioen', 'Verhuisd naar een andere gemeente']) : weighted(r, texts.outflowReasons)
  /** The last day the client is in guidance (today for current clients). */
  const end = outflow ?? today

  // --- Guidance: teams and coaches over time --------------------------------------------
  const first = staff.coaches.length > 0 ? staff.coaches[r.int(0, staff.coaches.length - 1)]! : null
  const periods: AssignmentPeriod[] = []
  if (first !== null) {
    periods.push({ from: created, team: first.team, coach: first.id, reason: 'intake' })
    const moves = end - created > 540 ? r.int(0, 2) : end - created > 120 && r.chance(0.15) ? 1 : 0
    let from = created
    for (let m = 0; m < moves; m++) {
      const room = end - 30 - (from + 60)
      if (room <= 0) break
      from = from + 60 + r.int(0, Math.floor(room / (moves - m)))
      const previous = periods[periods.length - 1]!
      const sameTeam = staff.teams[previous.team]!.coachIds.filter((id) => id !== previous.coach)
      const next =
        sameTeam.length > 0 && r.chance(0.75)
          ? { team: previous.team, coach: r.pick(sameTeam) }
          : (() => {
              const other = staff.coaches[r.int(0, staff.coaches.length - 1)]!
              return { team: other.team, coach: other.id }
            })()
      if (next.coach === previous.coach) continue
      periods.push({ from, ...next, reason: r.pick(texts.reassignmentReasons) })
    }
    // About 3% of current clients wait for a coach (the team is responsible meanwhile).
    if (outflow === null && r.chance(0.03)) {
      const last = periods[periods.length - 1]!
      const from = Math.max(last.from + 1, today - r.int(1, 60))
      if (from <= today) periods.push({ from, team: last.team, coach: null, reason: 'Coach vertrokken' })
    }
  }
  const coachOn = (day: number): string | null => {
    let current: AssignmentPeriod | undefined
    for (const period of periods) if (period.from <= day) current = period
    current ??= periods[0]
    if (current === undefined) return null
    return current.coach ?? staff.teams[current.team]!.leadId
  }
  const leadOf = (team: number) => staff.teams[team]?.leadId ?? null

  const languages = r.chance(0.85) ? ['nl', ...(r.chance(0.3) ? [r.pick(['en', 'ar', 'tr', 'pl', 'uk', 'ti'])] : [])] : [r.pick(['ar', 'tr', 'pl', 'uk', 'ti', 'en'])]
  const hasEmail = r.chance(0.65)
  const email = hasEmail
    ? `${asciiWord(name.callName)}.${asciiWord(`${name.tussenvoegsel ?? ''}${name.surname}`)}${r.chance(0.4) ? r.int(1, 99) : ''}@${r.pick(['example.com', 'example.net', 'example.org'])}`
    : null
  const bsn = demoBsn(index, setting.seed)
  const clientRow: Row = {
    id: clientId,
    client_number: clientNumber,
    initials: name.initials,
    first_names: name.firstNames,
    tussenvoegsel: name.tussenvoegsel,
    surname: name.surname,
    date_of_birth: isoDay(birthDay),
    bsn_sealed: setting.secretBox.seal(bsn),
    bsn_hash: setting.secretBox.lookupHash(bsn),
    street: address.street,
    house_number: address.houseNumber,
    postcode: address.postcode,
    city: address.city,
    phone: r.chance(0.93) ? demoMobile(r) : null,
    email,
    preferred_language: languages.includes('nl') ? 'nl' : languages[0],
    preferred_channel: weighted(r, [
      ['app', 70],
      ['sms', 15],
      ['email', hasEmail ? 10 : 0],
      ['letter', 5],
    ]),
    intake_date: isoDay(intake),
    outflow_date: outflow === null ? null : isoDay(outflow),
    outflow_reason: outflowReason,
    search_name: searchName({ initials: name.initials, first_names: name.firstNames, tussenvoegsel: name.tussenvoegsel, surname: name.surname }),
    created_at: moment(created),
  }
  out.clients.push(clientRow)
  event(created, 'client.created', coachOn(created), { clientNumber, source: null })

  periods.forEach((period, i) => {
    const next = periods[i + 1]
    const to = next ? next.from : outflow
    out.client_assignments.push({
      id: timeOrderedId(),
      client_id: clientId,
      team_id: staff.teams[period.team]!.id,
      coach_id: period.coach,
      valid_from: moment(period.from),
      valid_to: to === null ? null : moment(to),
      recorded_by: i === 0 ? period.coach : leadOf(period.team),
      reason: period.reason,
    })
    event(period.from, 'assignment.changed', i === 0 ? period.coach : leadOf(period.team), {
      teamId: staff.teams[period.team]!.id,
      coachId: period.coach,
      previousCoachId: i === 0 ? null : periods[i - 1]!.coach,
      reason: period.reason,
    })
  })
  if (outflow !== null && periods.length > 0) {
    event(outflow, 'client.details-changed', coachOn(outflow), { fields: ['outflowDate', 'outflowReason'] })
    event(outflow, 'assignment.changed', coachOn(outflow), { teamId: null, coachId: null, previousCoachId: periods[periods.length - 1]!.coach, reason: 'uitstroom' })
  }

  // --- Statuses ------------------------------------------------------------------------------
  const open = new Map<string, Row>()
  const lastEnd = new Map<string, number>()
  let suiteNumber = 0
  /** A status period; the same status that still holds is closed the day before, as startStatus does. */
  const status = (code: string, from: number, to: number | null, fields: { plannedEnd?: number; regime?: string; organisation?: string; note?: string; imported?: boolean }) => {
    const previous = open.get(code)
    if (previous !== undefined) {
      const previousFrom = dayOf(previous.valid_from as string)
      if (previousFrom >= from) return
      previous.valid_to = isoDay(from - 1)
      open.delete(code)
      lastEnd.set(code, from - 1)
    } else if ((lastEnd.get(code) ?? -Infinity) >= from) return
    if (to !== null && to < from) return
    const imported = fields.imported === true
    const actor = imported ? null : coachOn(from)
    const row: Row = {
      id: timeOrderedId(),
      client_id: clientId,
      status_code: code,
      valid_from: isoDay(from),
      valid_to: to === null ? null : isoDay(to),
      planned_end: fields.plannedEnd === undefined ? null : isoDay(Math.max(fields.plannedEnd, from)),
      regime: fields.regime ?? null,
      organisation: fields.organisation ?? null,
      note: fields.note ?? null,
      source_system: imported ? 'suite' : null,
      source_id: imported ? `${clientNumber}-${++suiteNumber}` : null,
      recorded_by: actor,
      recorded_at: stamp(Math.min(from, today)),
    }
    out.client_statuses.push(row)
    event(Math.min(from, today), 'status.started', actor, { statusId: row.id, statusCode: code, validFrom: row.valid_from, previousClosed: previous !== undefined })
    if (to === null) open.set(code, row)
    else {
      lastEnd.set(code, to)
      if (to <= today) event(to, 'status.ended', actor, { statusId: row.id, statusCode: code, validTo: row.valid_to })
    }
  }

  const employer = () => r.pick(texts.employers)
  const hours = () => r.pick([8, 12, 16, 20, 24, 28, 32, 36])
  if (!beforeIntake) {
    const benefitEnd = outflow === null ? null : outflow - 1
    if (regime === 'Wsw') {
      const indication = Math.max(birthDay + 18 * 365 + 30, intake - r.int(2 * 365, 18 * 365))
      status('benefit', indication, benefitEnd, { regime: 'Wsw', imported: true })
      if (r.chance(0.6)) {
        let from = Math.max(indication + 30, intake - r.int(0, 3 * 365))
        while (from < end - 30) {
          const length = r.int(180, 900)
          const renewalDue = from + length
          const organisation = employer()
          if (renewalDue < end - 30 && r.chance(0.5)) {
            status('secondment', from, renewalDue, { organisation, plannedEnd: renewalDue, note: `${hours()} uur per week` })
            from = renewalDue + 1
            continue
          }
          status('secondment', from, outflow === null ? null : outflow - 1, { organisation, plannedEnd: r.chance(0.5) ? renewalDue : undefined, note: `${hours()} uur per week` })
          break
        }
        // A new secondment that starts soon: the current one ends the day before.
        if (outflow === null && r.chance(0.08)) status('secondment', today + r.int(1, 21), null, { organisation: employer(), note: `${hours()} uur per week` })
      }
    } else {
      const benefitStart = intake - r.int(0, 28)
      if (regime === 'WW') {
        const wwEnd = benefitStart + r.int(90, 720)
        if (benefitEnd !== null && benefitEnd <= wwEnd) status('benefit', benefitStart, benefitEnd, { regime: 'WW', imported: true })
        else if (wwEnd < end && r.chance(0.5)) {
          status('benefit', benefitStart, null, { regime: 'WW', imported: true })
          status('benefit', wwEnd + 1, benefitEnd, { regime: 'Participatiewet', imported: true })
        } else if (wwEnd < end) {
          status('benefit', benefitStart, wwEnd, { regime: 'WW', imported: true })
          if (outflow === null) status('employment', wwEnd + 1, null, { organisation: employer(), note: `${hours()} uur per week` })
        } else status('benefit', benefitStart, benefitEnd, { regime: 'WW', imported: true })
      } else if (end - benefitStart > 400 && r.chance(0.1)) {
        // A temporary job: the benefit stops for a while and starts again.
        const jobStart = benefitStart + r.int(120, end - benefitStart - 200)
        const jobEnd = jobStart + r.int(60, 180)
        status('benefit', benefitStart, jobStart - 1, { regime: 'Participatiewet', imported: true })
        status('employment', jobStart, jobEnd, { organisation: employer(), note: 'tijdelijk contract' })
        status('benefit', jobEnd + 1, benefitEnd, { regime: 'Participatiewet', imported: true })
      } else status('benefit', benefitStart, benefitEnd, { regime: 'Participatiewet', imported: true })

      // Exemption from the obligation to work, with a planned end.
      if (regime === 'Participatiewet' && r.chance(0.18)) {
        const note = r.pick(texts.exemptionReasons)
        if (outflow === null && r.chance(0.7)) {
          // Still exempted: some end soon, some ended already without anyone closing them.
          const plannedEnd = today + r.int(-45, 300)
          const from = Math.max(intake, plannedEnd - r.int(90, 540))
          if (from <= today && from + 30 <= plannedEnd) status('exemption', from, null, { plannedEnd, note })
        } else if (end - intake > 120) {
          const from = intake + r.int(0, end - intake - 100)
          const plannedEnd = from + r.int(90, 360)
          status('exemption', from, Math.min(plannedEnd, end), { plannedEnd, note })
        }
      }
      // Part-time work next to the benefit.
      if (outflow === null && regime === 'Participatiewet' && end - intake > 90 && r.chance(0.12)) {
        status('employment', intake + r.int(60, end - intake), null, { organisation: employer(), note: `${r.pick([8, 12, 16, 20])} uur per week, aanvullende uitkering` })
      }
    }
    if (outflow !== null && outflowReason !== null && texts.workReasons.has(outflowReason)) {
      const own = outflowReason === 'Eigen bedrijf'
      status('employment', outflow, null, {
        organisation: own ? 'Eigen bedrijf' : employer(),
        note: outflowReason === 'Werk (voltijd)' ? `${r.pick([32, 36, 38, 40])} uur per week` : `${hours()} uur per week`,
      })
    }
  }

  // --- Segmentation, diagnosis, development card ------------------------------------------------
  const lastAssessable = Math.min(end, today)
  const trend = r.next() * 1.6 - 0.4
  const scales: [string, number][] = [
    ['self_reliance', 5],
    ['motivation', 5],
    ['labour_market_position', 4],
  ]
  const base = scales.map(([, top]) => r.int(1, top - 1))
  // Scored at the start and at every yearly review.
  for (let day = intake + r.int(7, 42), k = 0; day <= lastAssessable; day += r.int(300, 420), k++) {
    const actor = coachOn(day)
    scales.forEach(([code, top], i) => {
      const value = clamp(Math.round(base[i]! + trend * k * 0.6 + (r.next() - 0.5)), 1, top)
      const assessedOn = isoDay(day)
      out.client_segment_scores.push({ id: timeOrderedId(), client_id: clientId, scale_code: code, value, assessed_on: assessedOn, recorded_by: actor, recorded_at: stamp(day) })
      event(day, 'segment.scored', actor, { scaleCode: code, value, assessedOn })
    })
  }

  const situation: Record<string, string> = {}
  for (const [key, options] of Object.entries(texts.livingSituation)) situation[key] = r.pick(options)
  const speaksDutch = languages.includes('nl')
  const inDebt = situation.finances!.startsWith('schulden')
  const summaries = texts.diagnosisSummaries.filter(([, debts, language]) => (!debts || inDebt) && (!language || !speaksDutch)).map(([summary]) => summary)
  let diagnosisSource: string | null = null
  const firstDiagnosisDay = intake + r.int(14, 60)
  let diagnosisDay = firstDiagnosisDay
  if (!beforeIntake && diagnosisDay <= lastAssessable && r.chance(0.85)) {
    diagnosisSource = r.chance(0.4) ? 'dariuz' : 'coach'
    const count = end - diagnosisDay > 900 && r.chance(0.3) ? 2 : 1
    for (let d = 0; d < count; d++) {
      if (d === 1) diagnosisDay = diagnosisDay + r.int(400, end - diagnosisDay)
      if (diagnosisDay > lastAssessable) break
      const actor = coachOn(diagnosisDay)
      out.client_diagnoses.push({
        id: timeOrderedId(),
        client_id: clientId,
        assessed_on: isoDay(diagnosisDay),
        source: diagnosisSource,
        skills: some(r, speaksDutch ? texts.skills : texts.skills.filter((skill) => !skill.startsWith('Nederlands')), 2, 5),
        living_situation: situation,
        summary: r.pick(summaries),
        recorded_by: actor,
        recorded_at: stamp(diagnosisDay),
      })
      event(diagnosisDay, 'diagnosis.recorded', actor, { assessedOn: isoDay(diagnosisDay), source: diagnosisSource })
    }
  }

  // The development card belongs to a development programme: every sheltered employee, some others.
  if (!beforeIntake && r.chance(regime === 'Wsw' ? 1 : regime === 'WW' ? 0.1 : 0.4)) {
    const competences = ['cooperation', 'communication', 'planning', 'independence', 'pace', 'accuracy', 'learning', 'feedback']
    const scores = competences.map(() => r.int(1, 4))
    for (let day = intake + r.int(30, 90); day <= lastAssessable; day += r.int(170, 200)) {
      const actor = coachOn(day)
      const assessedOn = isoDay(day)
      const recordedAt = stamp(day)
      competences.forEach((code, i) => {
        out.client_competence_scores.push({ id: timeOrderedId(), client_id: clientId, competence_code: code, score: scores[i]!, assessed_on: assessedOn, recorded_by: actor, recorded_at: recordedAt })
        if (r.chance(0.35 + trend * 0.15)) scores[i] = clamp(scores[i]! + 1, 1, 5)
        else if (r.chance(0.08)) scores[i] = clamp(scores[i]! - 1, 1, 5)
      })
      event(day, 'development-card.assessed', actor, { assessedOn, competences: competences.length })
    }
  }

  // --- Profile -----------------------------------------------------------------------------
  const profileDay = Math.min(today, Math.max(created, intake + r.int(0, 30)))
  const profile = (code: string, value: unknown, day = profileDay, until: number | null = null) => {
    const byClient = r.chance(0.2)
    const actor = byClient ? null : coachOn(day)
    out.client_profile_values.push({
      id: timeOrderedId(),
      client_id: clientId,
      criterion_code: code,
      value,
      valid_from: moment(day),
      valid_to: until === null ? null : moment(until),
      source: byClient ? 'client' : 'coach',
      recorded_by: actor,
    })
    event(day, 'profile.changed', actor, { criterionCode: code })
  }
  const sectors = ['care', 'logistics', 'construction', 'hospitality', 'retail', 'cleaning', 'green', 'production']
  if (r.chance(0.8)) profile('sectors_of_interest', some(r, sectors, 1, 3))
  if (r.chance(0.95)) profile('languages', languages)
  if (r.chance(0.55)) profile('driving_licences', [...new Set(['b', ...(r.chance(0.1) ? ['c'] : []), ...(r.chance(0.2) ? ['forklift'] : [])])])
  if (r.chance(0.85)) {
    const later = profileDay + r.int(60, 720)
    if (later < lastAssessable && r.chance(0.25)) {
      profile('hours_available', r.pick([8, 12, 16]), profileDay, later)
      profile('hours_available', r.pick([20, 24, 32, 36, 40]), later)
    } else profile('hours_available', r.pick([8, 12, 16, 20, 24, 32, 36, 40]))
  }
  if (r.chance(0.75)) profile('own_transport', r.chance(0.45))
  if (r.chance(0.6)) profile('volunteer_work', r.chance(0.25))
  if (r.chance(0.5)) profile('hobbies', some(r, texts.hobbies, 1, 3).join(', '))
  if (r.chance(0.8)) profile('wants_and_can', weighted(r, [['yes', 50 + trend * 20], ['wants_not_yet_can', 30], ['no', 20]]))

  // --- Interventions -----------------------------------------------------------------------------
  const interventionIds = new Map<string, string>()
  const intervention = (typeCode: string, start: number, length: number, options: { outcome?: string; cancelChance?: number } = {}) => {
    if (start < intake && !beforeIntake) start = intake
    const plannedEnd = start + length
    const registered = Math.min(today, Math.max(created, start - r.int(0, 14)))
    const actor = coachOn(registered)
    let statusValue: 'planned' | 'active' | 'completed' | 'cancelled'
    let endDay: number | null = null
    let outcome: string | null = null
    if (start > today) statusValue = 'planned'
    else if (plannedEnd <= end && plannedEnd <= today) {
      if (r.chance(options.cancelChance ?? 0.15)) {
        statusValue = 'cancelled'
        endDay = start + r.int(0, length)
        outcome = 'stopped'
      } else {
        statusValue = 'completed'
        endDay = plannedEnd
        outcome = options.outcome ?? weighted(r, [['successful', 45 + trend * 10], ['partly_successful', 25], ['not_successful', 30]])
      }
    } else if (outflow !== null) {
      statusValue = 'completed'
      endDay = Math.max(start, outflow)
      outcome = texts.workReasons.has(outflowReason ?? '') ? 'successful' : 'partly_successful'
    } else statusValue = 'active'
    const id = timeOrderedId()
    const startDate = isoDay(start)
    const endDate = endDay === null ? null : isoDay(endDay)
    out.client_interventions.push({
      id,
      client_id: clientId,
      type_code: typeCode,
      status: statusValue,
      start_date: startDate,
      end_date: endDate,
      outcome,
      outcome_note: outcome !== null && r.chance(0.4) ? r.pick(texts.interventionNotes) : null,
      registered_by: actor,
      registered_at: stamp(registered),
    })
    const registeredAs = start > registered ? 'planned' : statusValue === 'planned' ? 'planned' : 'active'
    event(registered, 'intervention.registered', actor, { interventionId: id, typeCode, status: registeredAs, startDate })
    if (endDay !== null) {
      event(endDay, 'intervention.changed', coachOn(endDay), {
        interventionId: id,
        typeCode,
        from: { status: registeredAs, endDate: null, outcome: null },
        to: { status: statusValue, endDate, outcome },
      })
    }
    interventionIds.set(typeCode, id)
    return { start, endDay, statusValue }
  }
  const none = r.chance(0.08)
  if (!none) {
    if (beforeIntake || r.chance(0.7)) intervention('intake', intake, 0, { outcome: 'successful', cancelChance: 0 })
    if (diagnosisSource === 'dariuz') intervention('diagnosis_dariuz', firstDiagnosisDay, 0, { outcome: 'successful', cancelChance: 0 })
    if (!beforeIntake) {
      const horizon = outflow ?? today + 45
      const count = weighted(r, [[0, 10], [1, 30], [2, 30], [3, 20], [4, 10]])
      const catalogue: [string, number, [number, number]][] = [
        ['job_application_training', 20, [28, 84]],
        ['language_course', speaksDutch ? 5 : 40, [90, 365]],
        ['work_fit_programme', 15, [90, 180]],
        ['work_experience_place', regime === 'Participatiewet' ? 14 : 0, [90, 180]],
        ['job_coaching', 8, [90, 365]],
        ['speed_date', 12, [0, 0]],
        ['trial_placement', 6, [30, 60]],
        ['debt_support_referral', inDebt ? 40 : 2, [0, 14]],
        ['volunteering', 10, [90, 365]],
      ]
      for (let k = 0; k < count; k++) {
        const typeCode = weighted(r, catalogue.map(([code, weight]) => [code, interventionIds.has(code) ? weight / 6 : weight] as [string, number]))
        const [, , [minLength, maxLength]] = catalogue.find(([code]) => code === typeCode)!
        if (horizon - intake < 21) break
        const start = intake + r.int(14, horizon - intake)
        const done = intervention(typeCode, start, r.int(minLength, maxLength))
        if (typeCode === 'work_experience_place' && done.statusValue !== 'planned') {
          const place = r.pick(texts.workExperiencePlaces)
          status('work_experience', done.start, done.endDay, { organisation: place, plannedEnd: done.start + maxLength })
        }
      }
    }
  }

  // --- Plan of action --------------------------------------------------------------------------
  let agreed = intake + r.int(14, 45)
  if (!beforeIntake && agreed <= lastAssessable && r.chance(0.7)) {
    let review = agreed + 182
    event(agreed, 'plan.changed', coachOn(agreed), { agreedOn: isoDay(agreed), reviewOn: isoDay(review) })
    const goalCount = r.int(1, 3)
    const goalTexts = some(r, texts.goals, goalCount, goalCount)
    for (const description of goalTexts) {
      const goalId = timeOrderedId()
      const created = agreed
      const target = created + r.int(90, 365)
      // A goal is settled on its target date, or when the client leaves before it.
      const closedDay = target <= end ? target : outflow
      const closes = closedDay !== null && closedDay <= today && r.chance(0.75)
      const goalStatus = closes ? weighted(r, [['achieved', 65 + trend * 10], ['dropped', 35]]) : 'open'
      const actor = coachOn(created)
      out.plan_goals.push({
        id: goalId,
        client_id: clientId,
        description,
        target_date: isoDay(target),
        status: goalStatus,
        created_by: actor,
        created_at: stamp(created),
        closed_at: closes ? stamp(closedDay!) : null,
      })
      event(created, 'plan.goal-added', actor, { goalId })
      for (const [stepText, responsible, typeCode] of some(r, texts.steps, 1, 3)) {
        const stepId = timeOrderedId()
        const due = created + r.int(14, 150)
        const stepCloses = due <= Math.min(end, today) && r.chance(0.8)
        const stepStatus = stepCloses ? (r.chance(0.85) ? 'done' : 'dropped') : 'open'
        out.plan_steps.push({
          id: stepId,
          client_id: clientId,
          goal_id: goalId,
          description: stepText,
          responsible,
          due_date: isoDay(due),
          intervention_id: typeCode === null ? null : (interventionIds.get(typeCode) ?? null),
          status: stepStatus,
          created_by: actor,
          created_at: stamp(created),
          closed_at: stepCloses ? stamp(due) : null,
        })
        event(created, 'plan.step-added', actor, { stepId, goalId })
        if (stepCloses) event(due, 'plan.step-changed', coachOn(due), { stepId, fields: ['status'], from: 'open', to: stepStatus })
      }
      if (closes) event(closedDay!, 'plan.goal-changed', coachOn(closedDay), { goalId, fields: ['status'], from: 'open', to: goalStatus })
    }
    // The plan is looked at again every year.
    while (agreed + 365 <= lastAssessable) {
      agreed += r.int(330, 400)
      if (agreed > lastAssessable) {
        agreed -= 365
        break
      }
      review = agreed + 182
      event(agreed, 'plan.changed', coachOn(agreed), { agreedOn: isoDay(agreed), reviewOn: isoDay(review) })
    }
    out.client_plans.push({ client_id: clientId, agreed_on: isoDay(agreed), review_on: isoDay(review), updated_by: coachOn(agreed), updated_at: stamp(agreed) })
  }

  // --- Notes -------------------------------------------------------------------------------------
  const months = Math.max(0, (lastAssessable - Math.min(created, intake)) / 30)
  const noteCount = beforeIntake ? r.int(0, 1) : Math.min(14, Math.round(months / 4 * (0.3 + r.next())))
  for (let n = 0; n < noteCount; n++) {
    const day = beforeIntake ? created : Math.min(today, intake + r.int(0, Math.max(0, lastAssessable - intake)))
    const author = coachOn(day)
    const noteId = timeOrderedId()
    out.client_notes.push({ id: noteId, client_id: clientId, body: beforeIntake ? 'Aanmelding ontvangen; intakegesprek ingepland.' : r.pick(texts.notes), author_id: author, created_at: stamp(day) })
    event(day, 'note.added', author, { noteId })
  }

  clientRow.updated_at = isoStamp(lastStamp)
}
