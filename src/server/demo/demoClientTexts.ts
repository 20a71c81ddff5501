/**
 * The Dutch words of demo client records: employers, places, reasons, notes, goals and steps
 * as coaches write them. Nothing here names a real person.
 */

export const employers = [
  'Bouwbedrijf Nijhuis & Zn.', 'Transportbedrijf Wolters', 'Zorgcentrum De Bongerd', 'Groenbedrijf De Esch',
  'Metaalbewerking Oost', 'Schoonmaakbedrijf Twentestad', 'Kwekerij Het Achterveld', 'Distributiecentrum Hengelo-Noord',
  'Hotel-Restaurant De Gouden Leeuw', 'Supermarkt Lammers', 'Bakkerij Ter Horst', 'Verpakkingsbedrijf Achterhoek',
  'Thuiszorg Salland-Twente', 'Installatiebedrijf Wissink', 'Textielatelier Almelo', 'Fietsenfabriek Oost-Nederland',
  'Autoschadebedrijf Kamphuis', 'Kinderopvang De Boomhut', 'Gemeentewerf (buitendienst)', 'Wasserij Het Witte Laken',
  'Tuincentrum De Linde', 'Logistiek Centrum Zutphen', 'Meubelmakerij Nijland', 'Vleesverwerking Oost',
]

export const workExperiencePlaces = [
  'Kringloop De Tweede Ronde', 'Buurthuis De Bron', 'Fietsenwerkplaats Wielewaal', 'Leerwerkbedrijf Groen',
  'Kantine Sportpark De Esch', 'Voedselbank (logistiek)', 'Zorgboerderij De Hoeve', 'Repair Café De Spil',
  'Leerwerkplaats Productie', 'Sociaal restaurant Het Gasthuis',
]

export const outflowReasons: [string, number][] = [
  ['Werk (voltijd)', 30],
  ['Werk (deeltijd)', 20],
  ['Opleiding', 8],
  ['Verhuisd naar een andere gemeente', 12],
  ['Andere uitkering', 8],
  ['Eigen bedrijf', 5],
  ['Inkomen partner', 6],
  ['Geen recht meer op uitkering', 6],
  ['Overig', 5],
]
export const workReasons = new Set(['Werk (voltijd)', 'Werk (deeltijd)', 'Eigen bedrijf'])

export const exemptionReasons = [
  'Medische redenen',
  'Psychische klachten',
  'Mantelzorg',
  'Alleenstaande ouder met jonge kinderen',
  'Inburgering en taalcursus',
  'Schuldhulpverlening loopt',
]

export const skills = [
  'Digitale basisvaardigheden', 'Nederlands op A2-niveau', 'Nederlands op B1-niveau', 'Rekenen', 'Klantcontact',
  'Heftruck rijden', 'Kassawerk', 'Schoonmaken', 'Koken', 'Tuinonderhoud', 'Orderpicken', 'Verzorging',
  'Timmeren', 'Lassen', 'Administratie', 'Chauffeur', 'Kinderopvang', 'Magazijnwerk', 'Productiewerk',
]

export const livingSituation: Record<string, string[]> = {
  housing: ['stabiel', 'stabiel', 'stabiel', 'inwonend bij familie', 'dakloos geweest, nu begeleid wonen', 'zoekt andere woning'],
  finances: ['op orde', 'op orde', 'krap', 'schulden', 'schulden, in schuldhulpverlening', 'budgetbeheer'],
  health: ['goed', 'goed', 'rugklachten', 'psychische klachten', 'chronisch ziek', 'herstelt van een operatie'],
  family: ['alleenstaand', 'alleenstaand', 'samenwonend', 'alleenstaande ouder', 'gezin met kinderen', 'mantelzorger'],
  mobility: ['fiets', 'fiets', 'openbaar vervoer', 'eigen auto', 'afhankelijk van anderen'],
}

/** What a coach concludes, and when it fits: [summary, needs debts, needs a language other than Dutch]. */
export const diagnosisSummaries: [string, boolean, boolean][] = [
  ['Gemotiveerd om te werken; heeft ondersteuning nodig bij het zoeken.', false, false],
  ['Wil graag aan de slag, maar de taal is nog een drempel.', false, true],
  ['Heeft een goed arbeidsverleden; kan met een korte opfrisser snel aan het werk.', false, false],
  ['Eerst rust in de thuissituatie nodig; daarna stapsgewijs activeren.', false, false],
  ['Fysiek beperkt belastbaar; zoekt licht werk in een vaste omgeving.', false, false],
  ['Schulden vragen eerst aandacht; daarna toe naar werk.', true, false],
  ['Sterk in praktisch werk, minder in plannen; heeft baat bij structuur.', false, false],
  ['Lange tijd uit het arbeidsproces; werkfit-traject aanbevolen.', false, false],
]

export const hobbies = [
  'voetbal', 'fietsen', 'koken', 'tuinieren', 'vissen', 'gamen', 'muziek maken', 'wandelen', 'handwerken',
  'klussen', 'fitness', 'lezen', 'schilderen', 'dieren verzorgen', 'sleutelen aan brommers', 'dansen',
]

export const notes = [
  'Telefonisch contact gehad. Gaat goed, volgende afspraak over twee weken.',
  'Gesprek op kantoor. Sollicitatiebrief samen doorgenomen.',
  'Niet verschenen op de afspraak, zonder bericht. Nieuwe uitnodiging verstuurd.',
  'Huisbezoek afgelegd. Thuissituatie is rustiger dan vorige keer.',
  'Cv bijgewerkt en geüpload op werk.nl.',
  'Heeft zelf twee vacatures gevonden en gereageerd.',
  'Afgemeld wegens ziekte. Afspraak verzet.',
  'Evaluatie met de werkgever: positief over inzet en houding.',
  'Doorverwezen naar het taalcafé in de bibliotheek.',
  'Vraagt om hulp bij het invullen van formulieren; afspraak gemaakt met de formulierenbrigade.',
  'Via de app laten weten dat het werk bevalt.',
  'Speeddate bijgewoond; twee werkgevers willen een vervolggesprek.',
  'Motivatie wisselend. Afgesproken om elke week kort contact te hebben.',
  'Reiskosten besproken; vergoeding aangevraagd.',
  'Jobcoach is gestart op de werkplek.',
]

export const goals = [
  'Binnen zes maanden betaald werk voor minimaal 16 uur per week',
  'Nederlands spreken op A2-niveau',
  'Nederlands spreken op B1-niveau',
  'Schulden op orde via de schuldhulpverlening',
  'Een vast dagritme opbouwen',
  'Rijbewijs B halen',
  'Werkervaring opdoen in de zorg',
  'Doorgroeien naar een vast contract',
  'Heftruckcertificaat halen',
  'Vrijwilligerswerk voor twee dagdelen per week',
]

/** Steps with the kind of intervention they belong to, if any. */
export const steps: [string, 'client' | 'coach' | 'other', string | null][] = [
  ['Cv bijwerken met de werkcoach', 'client', null],
  ['Aanmelden voor de sollicitatietraining', 'coach', 'job_application_training'],
  ['Elke maand drie keer solliciteren', 'client', null],
  ['Inschrijven voor de taalcursus', 'client', 'language_course'],
  ['Starten op de werkervaringsplaats', 'client', 'work_experience_place'],
  ['Aanmelding bij de schuldhulpverlening', 'coach', 'debt_support_referral'],
  ['Deelnemen aan het werkfit-traject', 'client', 'work_fit_programme'],
  ['Speeddate met werkgevers bijwonen', 'client', 'speed_date'],
  ['Vacatures in de logistiek zoeken op werk.nl', 'client', null],
  ['Gesprek met de jobcoach plannen', 'coach', 'job_coaching'],
  ['Vrijwilligerswerk zoeken in de buurt', 'client', 'volunteering'],
  ['Afspraak bij de huisarts over belastbaarheid', 'client', null],
  ['Kinderopvang regelen', 'other', null],
]

export const interventionNotes = [
  'Afgerond met certificaat.',
  'Goed verlopen; vervolg besproken.',
  'Voortijdig gestopt wegens ziekte.',
  'Niet passend gebleken.',
  'Deelnemer was gemotiveerd en op tijd.',
]

export const reassignmentReasons = ['Verdeling caseload', 'Coach vertrokken', 'Specialistische begeleiding', 'Verhuizing binnen de gemeente']
