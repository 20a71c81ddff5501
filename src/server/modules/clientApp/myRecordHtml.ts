import type { MyRecord, RecordVisit } from '../../../common/api/myRecord.js'
import { myRecordWords, type MyRecordLanguage } from './myRecordWords.js'

const escape = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const day = (iso: string | null) => (iso ? iso.split('-').reverse().join('-') : '')

/**
 * "Mijn gegevens" as one readable, printable page in the client's language: the same sections
 * as the app, every value escaped, no scripts.
 */
export function renderMyRecord(record: MyRecord, visits: RecordVisit[], lang: MyRecordLanguage, organisation: string): string {
  const w = myRecordWords[lang]
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB'
  const moment = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso))
  const label = (item: { labelNl: string; labelEn: string }) => (lang === 'nl' ? item.labelNl : item.labelEn)
  const list = (items: string[]) => (items.length === 0 ? `<p>${w.none}</p>` : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`)
  const rows = (pairs: [string, string | null][]) =>
    `<dl>${pairs.filter(([, v]) => v !== null && v !== '').map(([k, v]) => `<dt>${escape(k)}</dt><dd>${escape(v)}</dd>`).join('')}</dl>`
  const period = (from: string | null, to: string | null) => `${w.from} ${day(from)}${to ? ` ${w.until} ${day(to)}` : ''}`
  const by = (name: string | null) => (name ? ` (${w.by} ${escape(name)})` : '')
  const me = record.aboutMe
  const a = me.address
  const { situation, plan } = record

  const profileValue = (p: MyRecord['situation']['profile'][number]) => {
    const option = (v: string) => {
      const found = p.options.find((o) => o.value === v)
      return found ? label(found) : v
    }
    if (Array.isArray(p.value)) return p.value.map(option).join(', ')
    if (typeof p.value === 'boolean') return p.value ? w.yes : w.no
    if (p.valueType === 'date' && typeof p.value === 'string') return day(p.value)
    return typeof p.value === 'string' ? option(p.value) : String(p.value)
  }
  const statusLine = (s: MyRecord['situation']['statuses']['current'][number]) =>
    `${escape(label(s))}${s.regime ? ` (${escape(s.regime)})` : ''}${s.organisation ? `, ${escape(s.organisation)}` : ''} — ${period(s.validFrom, s.validTo ?? s.plannedEnd)}${s.note ? `<br>${escape(s.note)}` : ''}`
  const stepLine = (s: MyRecord['plan']['steps'][number]) =>
    `${escape(s.description)} — ${escape(w.responsible[s.responsible])}${s.dueDate ? `, ${day(s.dueDate)}` : ''} (${escape(w.stepStatus[s.status])})`
  const latestCard = situation.developmentCard.assessments.at(-1)

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(w.title)} – ${escape(me.fullName)}</title>
<style>
  body { font: 12pt/1.6 system-ui, sans-serif; max-width: 44rem; margin: 1.5rem auto; padding: 0 1rem; color: #1a1a1a; }
  h1 { font-size: 1.7rem; margin-bottom: .25rem; } h2 { font-size: 1.3rem; border-bottom: 2px solid #555; margin-top: 2rem; } h3 { font-size: 1.1rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; } dt { font-weight: 600; } dd { margin: 0; }
  li { margin-bottom: .35rem; } .muted { color: #555; }
  @media print { body { margin: 0; } h2 { break-after: avoid; } }
</style>
</head>
<body>
<h1>${escape(w.title)}: ${escape(me.fullName)}</h1>
<p>${escape(w.intro.replace('{{organisation}}', organisation))}</p>
<p class="muted">${w.made} ${escape(moment(record.generatedAt))}</p>

<h2>${w.aboutMe}</h2>
${rows([
  [w.name, me.fullName],
  [w.clientNumber, me.clientNumber],
  [w.born, day(me.dateOfBirth)],
  [w.bsn, me.bsnMasked],
  [w.address, [[a.street, a.houseNumber].filter(Boolean).join(' '), [a.postcode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')],
  [w.phone, me.phone],
  [w.email, me.email],
  [w.language, me.preferredLanguage],
  [w.channel, w.messageChannels[me.preferredChannel]],
])}

<h2>${w.myCoach}</h2>
${record.coach.current ? rows([[w.coach, record.coach.current.coach], [w.team, record.coach.current.team]]) : `<p>${w.noCoach}</p>`}
${record.coach.history.length > 1 ? `<h3>${w.earlierCoaches}</h3>${list(record.coach.history.filter((c) => c.until !== null).map((c) => `${escape(c.coach ?? c.team ?? '')} — ${period(c.since.slice(0, 10), c.until?.slice(0, 10) ?? null)}`))}` : ''}

<h2>${w.situation}</h2>
${rows([[w.phase, w.phases[situation.phase.code]], [w.intake, day(situation.intakeDate)], [w.outflow, day(situation.outflowDate)]])}
<h3>${w.statusesNow}</h3>
${list(situation.statuses.current.map(statusLine))}
<h3>${w.statusesEarlier}</h3>
${list(situation.statuses.earlier.map(statusLine))}
${situation.segments.length > 0 ? `<h3>${w.segments}</h3>${list(situation.segments.map((s) => `${escape(label(s))}: ${s.history.map((h) => `${escape(h.level ? label(h.level) : h.value)} (${day(h.assessedOn)})`).join('; ')}`))}` : ''}
<h3>${w.diagnosis}</h3>
${situation.diagnosis ? `<p>${day(situation.diagnosis.assessedOn)}${by(situation.diagnosis.by)}</p>${situation.diagnosis.summary ? `<p>${escape(situation.diagnosis.summary)}</p>` : ''}<p><strong>${w.skills}:</strong> ${escape(situation.diagnosis.skills.join(', ') || w.none)}</p>${list(Object.entries(situation.diagnosis.livingSituation).map(([k, v]) => `${escape(k)}: ${escape(v)}`))}` : `<p>${w.none}</p>`}
<h3>${w.developmentCard}</h3>
${latestCard ? `<p class="muted">${day(latestCard.assessedOn)}</p>${list(situation.developmentCard.competences.filter((c) => latestCard.scores[c.code] !== undefined).map((c) => `${escape(label(c))}: ${latestCard.scores[c.code]}`))}` : `<p>${w.none}</p>`}
<h3>${w.profile}</h3>
${list(situation.profile.map((p) => `${escape(label(p))}: ${escape(profileValue(p))}`))}

<h2>${w.plan}</h2>
${rows([[w.agreedOn, day(plan.agreedOn)], [w.reviewOn, day(plan.reviewOn)]])}
<h3>${w.goals}</h3>
${list(plan.goals.map((g) => `${escape(g.description)}${g.targetDate ? ` — ${day(g.targetDate)}` : ''} (${escape(w.goalStatus[g.status])})${list(plan.steps.filter((s) => s.goalId === g.id).map(stepLine)).replace(`<p>${w.none}</p>`, '')}`))}
${plan.steps.some((s) => s.goalId === null) ? `<h3>${w.otherSteps}</h3>${list(plan.steps.filter((s) => s.goalId === null).map(stepLine))}` : ''}

<h2>${w.done}</h2>
<h3>${w.interventions}</h3>
${list(record.interventions.map((i) => `${escape(label(i))} — ${day(i.startDate)}${i.endDate ? ` – ${day(i.endDate)}` : ''} (${escape(w.interventionStatus[i.status])}${i.outcome ? `, ${escape(w.outcomes[i.outcome])}` : ''})${i.outcomeNote ? `<br>${escape(i.outcomeNote)}` : ''}`))}
${record.attendance.schedules.length > 0 ? `<h3>${w.schedules}</h3>${list(record.attendance.schedules.map((s) => `${escape(s.location)}: ${s.weekdays.map((d) => w.weekdays[d - 1]).join(', ')} ${escape(s.startsAt)}–${escape(s.endsAt)} — ${period(s.validFrom, s.validTo)}`))}` : ''}
${record.attendance.days.length > 0 ? `<h3>${w.days}</h3>${list(record.attendance.days.map((d) => `${day(d.day)}: ${escape(w.attendance[d.status])} (${escape(d.location)})${d.note ? ` — ${escape(d.note)}` : ''}`))}` : ''}
<h3>${w.contacts}</h3>
${list(record.contacts.map((c) => `${escape(moment(c.contactedAt))}: ${escape(w.contactChannels[c.channel] ?? c.channel)}${by(c.by)}${c.summary ? `<br>${escape(c.summary)}` : ''}`))}
<h3>${w.notes}</h3>
${list(record.notes.map((n) => `${escape(moment(n.createdAt))}${by(n.by)}<br>${escape(n.body)}`))}

<h2>${w.messages}</h2>
${list(record.messages.map((m) => `${escape(moment(m.createdAt))} — ${escape(w.messageChannels[m.channel])} (${escape(w.messageStates[m.state])})${m.title ? `<br><strong>${escape(m.title)}</strong>` : ''}${m.body ? `<br>${escape(m.body)}` : ''}`))}

<h2>${w.chat}</h2>
${list(record.chat.map((m) => `${escape(moment(m.sentAt))} — ${escape(m.fromMe ? w.me : (m.by ?? ''))}${m.body ? `<br>${escape(m.body)}` : ''}${m.attachment ? `<br>📎 ${escape(m.attachment)}` : ''}`))}

<h2>${w.additions}</h2>
${list(record.additions.map((x) => `${escape(moment(x.createdAt))} (${escape(w.additionStates[x.state])})${x.text ? `<br>${escape(x.text)}` : ''}${x.contact ? `<br>${escape(Object.values(x.contact).join(', '))}` : ''}${x.decisionNote ? `<br>${w.decisionNote}: ${escape(x.decisionNote)}` : ''}`))}

<h2>${w.views}</h2>
${list(visits.map((v) => `${escape(moment(v.until))}: ${escape(v.staff.displayName)} (${escape(v.staff.roles.map((r) => w.roles[r]).join(', '))}) — ${escape(v.actions.map((x) => w.actions[x]).join(', '))}`))}
</body>
</html>`
}
