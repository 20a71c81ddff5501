import type { Random } from './random.js'

/**
 * Names of demo clients: given names as people in the Achterhoek and Twente have them (also of
 * Turkish, Moroccan, Syrian, Eritrean, Polish and Ukrainian origin) and surnames with their
 * tussenvoegsel, common ones more often than rare ones.
 */
const femaleNames = [
  'Anna', 'Maria', 'Johanna', 'Hendrika', 'Wilhelmina', 'Geertruida', 'Janna', 'Gerdina', 'Berendina', 'Aaltje', 'Dinie', 'Ria',
  'Anouk', 'Emma', 'Sanne', 'Lotte', 'Iris', 'Femke', 'Lisa', 'Eva', 'Sophie', 'Julia', 'Fleur', 'Noa', 'Roos', 'Esmee',
  'Kim', 'Linda', 'Monique', 'Petra', 'Sandra', 'Marieke', 'Ingrid', 'Wendy', 'Chantal', 'Priscilla', 'Jolanda', 'Anja',
  'Hanneke', 'Ilse', 'Marloes', 'Mirjam', 'Yvonne', 'Bianca', 'Manon', 'Dewi', 'Tamara', 'Naomi', 'Demi', 'Britt',
  'Ayşe', 'Fatma', 'Zeynep', 'Elif', 'Esra', 'Büşra', 'Fatima', 'Khadija', 'Nadia', 'Samira', 'Latifa', 'Imane',
  'Amal', 'Rania', 'Yara', 'Lina', 'Nour', 'Senait', 'Helen', 'Selam', 'Agnieszka', 'Katarzyna', 'Magdalena', 'Marta',
  'Oksana', 'Olena', 'Iryna', 'Natalia', 'Priya', 'Olga',
] as const

const maleNames = [
  'Johannes', 'Hendrikus', 'Gerrit', 'Bernardus', 'Theodorus', 'Antonius', 'Wilhelmus', 'Gerardus', 'Jan', 'Henk', 'Gert',
  'Bennie', 'Herman', 'Harm', 'Evert', 'Albert', 'Wim', 'Kees', 'Piet', 'Ruud', 'Marco', 'Stefan', 'Dennis', 'Patrick',
  'Jeroen', 'Joost', 'Bas', 'Bram', 'Daan', 'Thijs', 'Gijs', 'Sven', 'Niels', 'Tim', 'Tom', 'Rick', 'Mark', 'Erik',
  'Jordy', 'Kevin', 'Mike', 'Robin', 'Luuk', 'Jesse', 'Finn', 'Lars', 'Stijn', 'Sem', 'Milan', 'Ruben', 'Koen', 'Wouter',
  'Mehmet', 'Mustafa', 'Ahmet', 'Hasan', 'Hüseyin', 'Emre', 'Burak', 'Mohamed', 'Ahmed', 'Youssef', 'Rachid', 'Karim',
  'Said', 'Omar', 'Ali', 'Hassan', 'Mahmoud', 'Rami', 'Abdullah', 'Bilal', 'Tesfay', 'Yonas', 'Dawit', 'Merhawi', 'Filmon',
  'Piotr', 'Tomasz', 'Krzysztof', 'Paweł', 'Andriy', 'Mykola', 'Dmytro', 'Giovanni', 'Liam', 'Anton', 'Sergio', 'Ramon',
] as const

/** [tussenvoegsel, surname, weight] */
const surnames: [string, string, number][] = [
  ['de', 'Jong', 8], ['', 'Jansen', 8], ['de', 'Vries', 8], ['van den', 'Berg', 6], ['van', 'Dijk', 6], ['', 'Bakker', 6],
  ['', 'Janssen', 5], ['', 'Visser', 5], ['', 'Smit', 5], ['', 'Meijer', 5], ['de', 'Boer', 5], ['', 'Mulder', 5],
  ['de', 'Groot', 4], ['', 'Bos', 4], ['', 'Vos', 4], ['', 'Peters', 4], ['', 'Hendriks', 4], ['van', 'Leeuwen', 3],
  ['', 'Dekker', 3], ['', 'Brouwer', 3], ['de', 'Wit', 3], ['', 'Dijkstra', 3], ['', 'Smits', 3], ['de', 'Graaf', 3],
  ['', 'Kok', 3], ['', 'Jacobs', 3], ['de', 'Haan', 3], ['', 'Vermeulen', 3], ['van den', 'Heuvel', 3], ['van der', 'Veen', 3],
  ['van den', 'Broek', 3], ['de', 'Bruijn', 3], ['de', 'Bruin', 2], ['van der', 'Heijden', 2], ['', 'Schouten', 2],
  ['van', 'Beek', 2], ['', 'Willems', 2], ['van', 'Vliet', 2], ['van de', 'Ven', 2], ['', 'Hoekstra', 2], ['', 'Maas', 2],
  ['', 'Verhoeven', 2], ['', 'Koster', 2], ['van', 'Dam', 2], ['van der', 'Wal', 2], ['', 'Prins', 2], ['', 'Blom', 2],
  ['', 'Huisman', 2], ['', 'Peeters', 2], ['de', 'Jonge', 2], ['', 'Kuipers', 2], ['van', 'Veen', 2], ['', 'Post', 2],
  ['', 'Kuiper', 2], ['', 'Veenstra', 2], ['', 'Kramer', 2], ['van den', 'Brink', 2], ['', 'Scholten', 3], ['van', 'Wijk', 2],
  ['', 'Postma', 2], ['', 'Martens', 2], ['', 'Vink', 2], ['de', 'Ruiter', 2], ['', 'Timmermans', 2], ['', 'Groen', 2],
  ['', 'Gerritsen', 3], ['', 'Jonker', 2], ['van', 'Loon', 2], ['', 'Boersma', 2], ['van der', 'Meer', 2], ['', 'Evers', 2],
  // Twente and the Achterhoek
  ['', 'Nijhof', 3], ['', 'Wissink', 3], ['', 'Kamphuis', 3], ['', 'Lansink', 2], ['', 'Roelofs', 3], ['', 'Hofstede', 2],
  ['', 'Wolterink', 2], ['', 'Bruggink', 2], ['', 'Meulenbelt', 1], ['ter', 'Horst', 3], ['te', 'Velde', 2], ['', 'Nijland', 2],
  ['', 'Klein Gunnewiek', 1], ['', 'Oude Luttikhuis', 1], ['', 'Ten Dam', 1], ['', 'Stoffers', 1], ['', 'Wassink', 2],
  ['', 'Hulshof', 2], ['', 'Reinders', 2], ['', 'Weijers', 1], ['', 'Heuvelink', 1], ['', 'Rouwhorst', 1], ['', 'Slot', 2],
  ['', 'Lammers', 2], ['', 'Wolters', 3], ['', 'Hengeveld', 1], ['', 'Tijhuis', 1], ['', 'Olthof', 1], ['', 'Pierik', 1],
  ['', 'Bonnink', 1], ['', 'Leferink', 1], ['', 'Mensink', 1], ['', 'Eppink', 1], ['', 'Ribbers', 1], ['', 'Vrielink', 1],
  ['', 'Boschker', 1], ['', 'Bekkering', 1], ['', 'Arendsen', 1], ['', 'Te Lintelo', 1], ['', 'Wikkerink', 1],
  ['ten', 'Brinke', 1], ['', 'Groot Nibbelink', 1], ['', 'Hoitink', 1], ['', 'Westerveld', 1], ['', 'Overbeek', 1],
  // Other origins
  ['', 'Yılmaz', 3], ['', 'Kaya', 3], ['', 'Demir', 3], ['', 'Şahin', 2], ['', 'Çelik', 2], ['', 'Yıldız', 2], ['', 'Öztürk', 2],
  ['', 'Aydın', 2], ['', 'Arslan', 1], ['', 'Doğan', 1], ['', 'El Amrani', 2], ['', 'Bouzid', 1], ['', 'Benali', 2],
  ['', 'El Idrissi', 1], ['', 'Ouali', 1], ['', 'Azzouz', 1], ['', 'Haddou', 1], ['', 'Al-Hassan', 2], ['', 'Haddad', 2],
  ['', 'Khalil', 2], ['', 'Mansour', 1], ['', 'Ibrahim', 2], ['', 'Abdi', 1], ['', 'Tesfamariam', 1], ['', 'Ghebremedhin', 1],
  ['', 'Haile', 1], ['', 'Nowak', 2], ['', 'Kowalski', 2], ['', 'Wiśniewski', 1], ['', 'Wójcik', 1], ['', 'Kamińska', 1],
  ['', 'Shevchenko', 1], ['', 'Kovalenko', 1], ['', 'Bondarenko', 1], ['', 'Tkachenko', 1], ['', 'Pereira', 1], ['', 'Rossi', 1],
]

const surnameTable: [string, string][] = surnames.flatMap(([tussenvoegsel, surname, weight]) =>
  Array.from({ length: weight }, () => [tussenvoegsel, surname] as [string, string]),
)

export interface ClientName {
  initials: string
  firstNames: string
  /** The name the client goes by. */
  callName: string
  tussenvoegsel: string | null
  surname: string
}

export function demoClientName(random: Random): ClientName {
  const givenNames = random.chance(0.5) ? femaleNames : maleNames
  const first = random.pick(givenNames)
  const names: string[] = [first]
  if (random.chance(0.45)) {
    let second = random.pick(givenNames)
    while (second === first) second = random.pick(givenNames)
    names.push(second)
  }
  const [tussenvoegsel, surname] = random.pick(surnameTable)
  return {
    initials: names.map((n) => `${n[0]!.toUpperCase()}.`).join(''),
    firstNames: names.join(' '),
    callName: first,
    tussenvoegsel: tussenvoegsel === '' ? null : tussenvoegsel.toLowerCase(),
    surname,
  }
}

/** ASCII, lower case, without spaces: for e-mail addresses. */
export function asciiWord(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}
