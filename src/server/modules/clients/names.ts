export interface NameParts {
  initials: string | null
  first_names: string
  tussenvoegsel: string | null
  surname: string
}

const clean = (value: string | null | undefined) => (value ?? '').trim().replace(/\s+/g, ' ')

/** "Anouk van den Berg" */
export function fullName(name: NameParts): string {
  return [clean(name.first_names), clean(name.tussenvoegsel), clean(name.surname)].filter(Boolean).join(' ')
}

/** "A.M." from the initials, or from the first names. */
export function initialsOf(name: NameParts): string {
  const given = clean(name.initials)
  if (given) return given
  return clean(name.first_names)
    .split(' ')
    .filter(Boolean)
    .map((part) => `${part[0]!.toUpperCase()}.`)
    .join('')
}

/** Lists sort on the surname without the tussenvoegsel: "Berg, A. van den". */
export function sortName(name: NameParts): string {
  return [`${clean(name.surname)},`, initialsOf(name), clean(name.tussenvoegsel)].filter(Boolean).join(' ')
}

/** Lower case, without accents, for typo-tolerant search: "anouk van den berg". */
export function searchName(name: NameParts): string {
  return fullName(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
}
