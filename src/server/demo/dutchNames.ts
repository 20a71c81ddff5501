import type { Random } from './random.js'

const firstNames = [
  'Anouk', 'Bram', 'Daan', 'Emma', 'Fatima', 'Gijs', 'Hanneke', 'Ilse', 'Jeroen', 'Kees', 'Lotte', 'Mohamed',
  'Noor', 'Oguz', 'Petra', 'Roos', 'Sanne', 'Thijs', 'Yusuf', 'Willemijn', 'Ayşe', 'Bas', 'Chantal', 'Dewi',
  'Eline', 'Finn', 'Giovanni', 'Henk', 'Ingrid', 'Joost', 'Karin', 'Liam', 'Marieke', 'Nadia', 'Olga', 'Pieter',
  'Rachid', 'Sophie', 'Tom', 'Wendy', 'Zeynep', 'Anja', 'Ruud', 'Esra', 'Marco', 'Priya', 'Stefan', 'Jolanda',
] as const

const tussenvoegsels = ['', '', '', '', '', 'van', 'de', 'van der', 'van den', 'ter', 'van de', 'den'] as const

const surnames = [
  'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer',
  'Berg', 'Dijk', 'Vries', 'Wal', 'Boer', 'Graaf', 'Kok', 'Jacobs', 'Haan', 'Vermeulen', 'Schouten', 'Willems',
  'Hoekstra', 'Koster', 'Prins', 'Maas', 'Huisman', 'Kaya', 'Yılmaz', 'El Amrani', 'Bouzid', 'Nowak', 'Kowalski',
  'Hofman', 'Postma', 'Kuipers', 'Wijnen', 'Lammers', 'Groot', 'Beek', 'Heuvel', 'Brink', 'Wolters', 'Timmer',
] as const

export interface DutchName {
  firstName: string
  tussenvoegsel: string
  surname: string
}

export function dutchName(random: Random): DutchName {
  return { firstName: random.pick(firstNames), tussenvoegsel: random.pick(tussenvoegsels), surname: random.pick(surnames) }
}

/** "Anouk van der Berg" */
export const fullName = (name: DutchName) => [name.firstName, name.tussenvoegsel, name.surname].filter(Boolean).join(' ')

/** "anouk.vanderberg" — ASCII, lower case, for sign-in names. */
export function usernameOf(name: DutchName): string {
  const ascii = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ı/g, 'i')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
  return `${ascii(name.firstName)}.${ascii(name.tussenvoegsel + name.surname)}`
}
