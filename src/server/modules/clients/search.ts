import { sql } from 'kysely'
import type { SecretBox } from '../../crypto/secretBox.js'
import type { Tx } from '../../db/database.js'
import type { StaffActor } from '../../http/context.js'
import { normaliseBsn, normalisePostcode, parseDutchDate } from './dutchFormats.js'
import { searchName, sortName } from './names.js'

export type MatchedOn = 'name' | 'clientNumber' | 'bsn' | 'dateOfBirth' | 'postcode'

export interface SearchHit {
  id: string
  clientNumber: string
  sortName: string | null
  dateOfBirth: string | null
  postcode: string | null
  coach: { id: string; displayName: string } | null
  matchedOn: MatchedOn
  inScope: boolean
}

/**
 * Particles between first name and surname ("van den", "ter"): nearly every other name has them
 * too, so they find no one by themselves; the rest of the name does.
 */
const nameParticles = new Set(['van', 'de', 'der', 'den', 'het', 't', "'t", 'te', 'ter', 'ten', 'in', 'op', 'aan', "'s", 'la', 'le', 'du', 'da', 'di', 'von', 'vom', 'zu'])

/** What kind of query this is: a BSN, a date, a postcode, a client number, or else a name. */
export function classifyQuery(query: string): { kind: MatchedOn; value: string }[] {
  const text = query.trim()
  const kinds: { kind: MatchedOn; value: string }[] = []
  const bsn = /^[\d\s.]{8,11}$/.test(text) ? normaliseBsn(text) : null
  if (bsn) kinds.push({ kind: 'bsn', value: bsn })
  const date = parseDutchDate(text)
  if (date) kinds.push({ kind: 'dateOfBirth', value: date })
  const postcode = normalisePostcode(text)
  if (postcode) kinds.push({ kind: 'postcode', value: postcode })
  if (/^[A-Za-z]{0,3}-?\d{3,12}$/.test(text)) kinds.push({ kind: 'clientNumber', value: text.toUpperCase() })
  if (kinds.length === 0 || /[a-zA-Z]{3,}/.test(text)) kinds.push({ kind: 'name', value: searchName({ initials: null, first_names: text, tussenvoegsel: null, surname: '' }) })
  return kinds
}

/**
 * Finds clients by name (typos allowed, by trigram similarity), client number, BSN (through its
 * keyed hash), date of birth or postcode. Name, date and postcode searches stay within the
 * user's scope (caseload and teams; everyone for managers). An exact client number or BSN also
 * finds a client outside it, without the name, so the user can open it with a reason.
 */
export async function searchClients(tx: Tx, secretBox: SecretBox, actor: StaffActor, query: string, limit: number): Promise<SearchHit[]> {
  const wide = actor.roles.includes('manager')
  const teamIds = actor.teamIds.length > 0 ? actor.teamIds : ['00000000-0000-0000-0000-000000000000']
  const hits: SearchHit[] = []
  // Thresholds that tolerate a typo or two in a name, in this transaction only.
  await sql`SELECT set_config('pg_trgm.word_similarity_threshold', '0.45', true), set_config('pg_trgm.similarity_threshold', '0.35', true)`.execute(tx)
  for (const { kind, value } of classifyQuery(query)) {
    let select = tx
      .selectFrom('clients as c')
      .leftJoin('client_assignments as a', (j) => j.onRef('a.tenant_id', '=', 'c.tenant_id').onRef('a.client_id', '=', 'c.id').on('a.valid_to', 'is', null))
      .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.coach_id'))
      .select((eb) => [
        'c.id',
        'c.client_number',
        'c.initials',
        'c.first_names',
        'c.tussenvoegsel',
        'c.surname',
        'c.date_of_birth',
        'c.postcode',
        'a.coach_id',
        'u.display_name as coach_name',
        wide ? sql<boolean>`true`.as('in_scope') : eb.or([eb('a.coach_id', '=', actor.userId), eb('a.team_id', 'in', teamIds)]).as('in_scope'),
      ])
    const exact = kind === 'bsn' || kind === 'clientNumber'
    if (!exact && !wide) {
      select = select.where((eb) => eb.or([eb('a.coach_id', '=', actor.userId), eb('a.team_id', 'in', teamIds)]))
    }
    if (kind === 'bsn') select = select.where('c.bsn_hash', '=', secretBox.lookupHash(value))
    else if (kind === 'clientNumber') select = select.where('c.client_number', '=', value)
    else if (kind === 'dateOfBirth') select = select.where('c.date_of_birth', '=', value).orderBy('c.surname')
    else if (kind === 'postcode') select = select.where('c.postcode', '=', value).orderBy('c.surname')
    else {
      // A name matches when every word of the query is like a word of the name ("anouk berg"
      // finds "Anouk Maria van den Berg"), or the query as a whole is like the name despite typos
      // ("anuk van den brg"). All three go through the trigram index; closest names first.
      const words = value.split(/\s+/).filter((word) => word.length >= 2)
      // Over the whole organisation the trigram index finds the candidates by the telling words
      // (decision 0013); a caseload and its teams narrow the search enough on their own.
      if (wide) {
        const telling = words.filter((word) => !nameParticles.has(word))
        select = select.where('c.id', 'in', sql<string>`(SELECT koers_client_name_candidates(${value}, ${telling.length > 0 ? telling : words}::text[], ${limit}))`)
      }
      select = select
        .where((eb) =>
          eb.or([
            eb.and(words.map((word) => sql<boolean>`${word} <% c.search_name`)),
            sql<boolean>`${value} <% c.search_name`,
            sql<boolean>`${value} % c.search_name`,
          ]),
        )
        .orderBy(sql`word_similarity(${value}, c.search_name) + similarity(${value}, c.search_name)`, 'desc')
        .orderBy('c.surname')
    }
    const rows = await select.limit(limit).execute()
    for (const row of rows) {
      if (hits.some((hit) => hit.id === row.id)) continue
      const inScope = Boolean(row.in_scope)
      hits.push({
        id: row.id,
        clientNumber: row.client_number,
        sortName: inScope ? sortName({ initials: row.initials, first_names: row.first_names, tussenvoegsel: row.tussenvoegsel, surname: row.surname }) : null,
        dateOfBirth: inScope ? row.date_of_birth : null,
        postcode: inScope ? row.postcode : null,
        coach: row.coach_id !== null && row.coach_name !== null ? { id: row.coach_id, displayName: row.coach_name } : null,
        matchedOn: kind,
        inScope,
      })
    }
  }
  return hits.slice(0, limit)
}
