import type { Tx } from '../../db/database.js'

const option = (value: string, labelNl: string, labelEn: string) => ({ value, labelNl, labelEn })
const level = (value: number, labelNl: string, labelEn: string) => ({ value, labelNl, labelEn })

/**
 * The configuration a new organisation starts with: statuses, scales, competences,
 * interventions and profile criteria as Dutch work-and-income organisations use them. Every
 * part is the organisation's own to change in the admin screens.
 */
export async function seedClientSettings(tx: Tx, tenantId: string): Promise<void> {
  const t = { tenant_id: tenantId }
  await tx
    .insertInto('status_types')
    .values([
      { ...t, code: 'benefit', kind: 'benefit', label_nl: 'Uitkering', label_en: 'Benefit', regimes: ['Participatiewet', 'Wsw', 'WW', 'Anders'], sort: 1 },
      { ...t, code: 'exemption', kind: 'exemption', label_nl: 'Ontheffing arbeidsverplichtingen', label_en: 'Exemption from work obligations', sort: 2 },
      { ...t, code: 'employment', kind: 'employment', label_nl: 'Dienstverband', label_en: 'Employment', sort: 3 },
      { ...t, code: 'secondment', kind: 'secondment', label_nl: 'Detachering', label_en: 'Secondment', sort: 4 },
      { ...t, code: 'work_experience', kind: 'work_experience', label_nl: 'Werkervaringsplaats', label_en: 'Work-experience place', sort: 5 },
    ])
    .execute()
  const fiveLevels = (low: [string, string], high: [string, string]) => [
    level(1, low[0], low[1]),
    level(2, 'Laag', 'Low'),
    level(3, 'Gemiddeld', 'Average'),
    level(4, 'Hoog', 'High'),
    level(5, high[0], high[1]),
  ]
  await tx
    .insertInto('segment_scales')
    .values([
      { ...t, code: 'self_reliance', label_nl: 'Zelfredzaamheid', label_en: 'Self-reliance', levels: JSON.stringify(fiveLevels(['Zeer laag', 'Very low'], ['Zeer hoog', 'Very high'])), sort: 1 },
      { ...t, code: 'motivation', label_nl: 'Motivatie', label_en: 'Motivation', levels: JSON.stringify(fiveLevels(['Zeer laag', 'Very low'], ['Zeer hoog', 'Very high'])), sort: 2 },
      {
        ...t,
        code: 'labour_market_position',
        label_nl: 'Arbeidsmarktpositie',
        label_en: 'Labour-market position',
        levels: JSON.stringify([
          level(1, 'Ver van de arbeidsmarkt', 'Far from the labour market'),
          level(2, 'Met ondersteuning naar werk', 'To work with support'),
          level(3, 'Kort naar werk', 'Close to work'),
          level(4, 'Direct bemiddelbaar', 'Ready for work'),
        ]),
        sort: 3,
      },
    ])
    .execute()
  const competences: [string, string, string][] = [
    ['cooperation', 'Samenwerken', 'Working together'],
    ['communication', 'Communiceren', 'Communicating'],
    ['planning', 'Plannen en organiseren', 'Planning and organising'],
    ['independence', 'Zelfstandig werken', 'Working independently'],
    ['pace', 'Werktempo', 'Work pace'],
    ['accuracy', 'Nauwkeurigheid', 'Accuracy'],
    ['learning', 'Leerbaarheid', 'Ability to learn'],
    ['feedback', 'Omgaan met feedback', 'Handling feedback'],
  ]
  await tx
    .insertInto('competences')
    .values(competences.map(([code, nl, en], i) => ({ ...t, code, label_nl: nl, label_en: en, sort: i + 1 })))
    .execute()
  const interventions: [string, string, string, string][] = [
    ['intake', 'Intakegesprek', 'Intake interview', 'diagnosis'],
    ['diagnosis_dariuz', 'Diagnose (Dariuz)', 'Diagnosis (Dariuz)', 'diagnosis'],
    ['job_application_training', 'Sollicitatietraining', 'Job application training', 'training'],
    ['language_course', 'Taalcursus Nederlands', 'Dutch language course', 'training'],
    ['work_fit_programme', 'Werkfit-traject', 'Work-fitness programme', 'activation'],
    ['work_experience_place', 'Werkervaringsplaats', 'Work-experience place', 'activation'],
    ['job_coaching', 'Jobcoaching', 'Job coaching', 'placement'],
    ['speed_date', 'Speeddate met werkgevers', 'Speed date with employers', 'placement'],
    ['trial_placement', 'Proefplaatsing', 'Trial placement', 'placement'],
    ['debt_support_referral', 'Doorverwijzing schuldhulpverlening', 'Referral to debt support', 'care'],
    ['volunteering', 'Vrijwilligerswerk', 'Volunteer work', 'activation'],
  ]
  await tx
    .insertInto('intervention_types')
    .values(interventions.map(([code, nl, en, category]) => ({ ...t, code, label_nl: nl, label_en: en, category })))
    .execute()
  const sectors = [
    option('care', 'Zorg en welzijn', 'Care and welfare'),
    option('logistics', 'Logistiek', 'Logistics'),
    option('construction', 'Bouw en techniek', 'Construction and engineering'),
    option('hospitality', 'Horeca', 'Hospitality'),
    option('retail', 'Detailhandel', 'Retail'),
    option('cleaning', 'Schoonmaak', 'Cleaning'),
    option('green', 'Groen en tuin', 'Green spaces and gardens'),
    option('production', 'Productie', 'Production'),
  ]
  const languages = [
    option('nl', 'Nederlands', 'Dutch'),
    option('en', 'Engels', 'English'),
    option('ar', 'Arabisch', 'Arabic'),
    option('tr', 'Turks', 'Turkish'),
    option('pl', 'Pools', 'Polish'),
    option('uk', 'Oekraïens', 'Ukrainian'),
    option('ti', 'Tigrinya', 'Tigrinya'),
  ]
  const licences = [option('b', 'B (auto)', 'B (car)'), option('c', 'C (vrachtwagen)', 'C (lorry)'), option('forklift', 'Heftruckcertificaat', 'Forklift certificate')]
  const criteria = [
    { code: 'sectors_of_interest', label_nl: 'Sectoren met interesse', label_en: 'Sectors of interest', value_type: 'multi_choice' as const, options: sectors },
    { code: 'languages', label_nl: 'Talen', label_en: 'Languages', value_type: 'multi_choice' as const, options: languages },
    { code: 'driving_licences', label_nl: 'Rijbewijzen en certificaten', label_en: 'Driving licences and certificates', value_type: 'multi_choice' as const, options: licences },
    { code: 'hours_available', label_nl: 'Uren beschikbaar per week', label_en: 'Hours available per week', value_type: 'number' as const, options: [] },
    { code: 'own_transport', label_nl: 'Eigen vervoer', label_en: 'Own transport', value_type: 'boolean' as const, options: [] },
    { code: 'volunteer_work', label_nl: 'Doet vrijwilligerswerk', label_en: 'Does volunteer work', value_type: 'boolean' as const, options: [] },
    { code: 'hobbies', label_nl: 'Hobby’s', label_en: 'Hobbies', value_type: 'text' as const, options: [] },
    {
      code: 'wants_and_can',
      label_nl: 'Wil en kan werken',
      label_en: 'Wants to and can work',
      value_type: 'choice' as const,
      options: [option('yes', 'Ja', 'Yes'), option('wants_not_yet_can', 'Wil wel, kan nog niet', 'Wants to, cannot yet'), option('no', 'Nog niet', 'Not yet')],
    },
  ]
  await tx
    .insertInto('profile_criteria')
    .values(criteria.map((c, i) => ({ ...t, ...c, options: JSON.stringify(c.options), sort: i + 1 })))
    .execute()
}
