import type { ClientPage } from '../../../common/api/clients.js'

const escape = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const words = {
  nl: {
    title: 'Portfolio',
    clientNumber: 'Klantnummer',
    born: 'Geboren',
    address: 'Adres',
    contact: 'Contact',
    coach: 'Coach',
    statuses: 'Statussen',
    from: 'vanaf',
    until: 'tot en met',
    diagnosis: 'Diagnose',
    skills: 'Vaardigheden',
    livingSituation: 'Leefsituatie',
    developmentCard: 'Ontwikkelkaart',
    competence: 'Competentie',
    profile: 'Profiel',
    interventions: 'Interventies',
    plan: 'Plan van aanpak',
    goals: 'Doelen',
    steps: 'Afspraken',
    printed: 'Afgedrukt op',
    none: 'Geen',
    yes: 'ja',
    no: 'nee',
  },
  en: {
    title: 'Portfolio',
    clientNumber: 'Client number',
    born: 'Born',
    address: 'Address',
    contact: 'Contact',
    coach: 'Coach',
    statuses: 'Statuses',
    from: 'from',
    until: 'up to and including',
    diagnosis: 'Diagnosis',
    skills: 'Skills',
    livingSituation: 'Living situation',
    developmentCard: 'Development card',
    competence: 'Competence',
    profile: 'Profile',
    interventions: 'Interventions',
    plan: 'Plan of action',
    goals: 'Goals',
    steps: 'Agreed steps',
    printed: 'Printed on',
    none: 'None',
    yes: 'yes',
    no: 'no',
  },
}

const dutchDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('-') : '')

/** The client record as one printable page ("with one press of a button", Pantar). */
export function renderPortfolio(page: ClientPage, lang: 'nl' | 'en'): string {
  const w = words[lang]
  const label = (item: { labelNl: string; labelEn: string }) => (lang === 'nl' ? item.labelNl : item.labelEn)
  const c = page.client
  const list = (items: string[]) => (items.length === 0 ? `<p>${w.none}</p>` : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`)
  const latest = page.developmentCard.assessments.at(-1)
  const profileValue = (value: unknown) =>
    Array.isArray(value) ? value.join(', ') : typeof value === 'boolean' ? (value ? w.yes : w.no) : String(value ?? '')
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${escape(w.title)} ${escape(c.name.fullName)}</title>
<style>
  body { font: 11pt/1.5 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; color: #1a1a1a; }
  h1 { font-size: 1.6rem; margin-bottom: 0; } h2 { font-size: 1.15rem; border-bottom: 1px solid #999; margin-top: 1.5rem; }
  table { border-collapse: collapse; width: 100%; } th, td { text-align: start; padding: .2rem .5rem .2rem 0; vertical-align: top; }
  .muted { color: #555; } @media print { body { margin: 0; } }
</style>
</head>
<body>
<h1>${escape(c.name.fullName)}</h1>
<p class="muted">${w.clientNumber} ${escape(c.clientNumber)} · ${w.born} ${escape(dutchDate(c.dateOfBirth))}</p>
<table>
<tr><th>${w.address}</th><td>${escape([c.address.street, c.address.houseNumber].filter(Boolean).join(' '))}, ${escape(c.address.postcode)} ${escape(c.address.city)}</td></tr>
<tr><th>${w.contact}</th><td>${escape([c.phone, c.email].filter(Boolean).join(' · '))}</td></tr>
<tr><th>${w.coach}</th><td>${escape(page.assignment?.coach?.displayName ?? '')}</td></tr>
</table>
<h2>${w.statuses}</h2>
${list(page.statuses.current.map((s) => `${escape(label(s))}${s.regime ? ` (${escape(s.regime)})` : ''}${s.organisation ? `, ${escape(s.organisation)}` : ''} — ${w.from} ${escape(dutchDate(s.validFrom))}${s.plannedEnd ? `, ${w.until} ${escape(dutchDate(s.plannedEnd))}` : ''}`))}
<h2>${w.diagnosis}</h2>
${page.diagnosis ? `<p>${escape(page.diagnosis.summary)}</p><p><strong>${w.skills}:</strong> ${escape(page.diagnosis.skills.join(', '))}</p>${list(Object.entries(page.diagnosis.livingSituation).map(([k, v]) => `${escape(k)}: ${escape(v)}`))}` : `<p>${w.none}</p>`}
<h2>${w.developmentCard}</h2>
${latest ? `<p class="muted">${escape(dutchDate(latest.assessedOn))}</p><table><tr><th>${w.competence}</th><th>1–5</th></tr>${page.developmentCard.competences.filter((k) => latest.scores[k.code] !== undefined).map((k) => `<tr><td>${escape(label(k))}</td><td>${latest.scores[k.code]}</td></tr>`).join('')}</table>` : `<p>${w.none}</p>`}
<h2>${w.profile}</h2>
${list(page.profile.filter((p) => p.value !== null).map((p) => `${escape(label(p))}: ${escape(profileValue(p.value))}`))}
<h2>${w.interventions}</h2>
${list(page.interventions.map((i) => `${escape(label(i))} — ${escape(dutchDate(i.startDate))}${i.endDate ? ` – ${escape(dutchDate(i.endDate))}` : ''}${i.outcome ? ` (${escape(i.outcome)})` : ''}`))}
<h2>${w.plan}</h2>
<h3>${w.goals}</h3>
${list(page.plan.goals.map((g) => `${escape(g.description)}${g.targetDate ? ` — ${escape(dutchDate(g.targetDate))}` : ''}`))}
<h3>${w.steps}</h3>
${list(page.plan.steps.map((s) => `${escape(s.description)}${s.dueDate ? ` — ${escape(dutchDate(s.dueDate))}` : ''}`))}
<p class="muted">${w.printed} ${escape(new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date()))}</p>
</body>
</html>`
}
