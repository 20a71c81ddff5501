import type { Random } from './random.js'

/**
 * Places in the Achterhoek and Twente with their postcode areas and streets, for demo addresses.
 * Each street gets postcodes of its own (one per block of house numbers), derived from the
 * street's name, so the same street always has the same postcodes.
 */
interface City {
  name: string
  /** The four-digit postcode areas of the place, first and last. */
  areas: [number, number]
  /** About how many people live there, as a weight. */
  weight: number
  streets: string[]
}

const cities: City[] = [
  {
    name: 'Enschede',
    areas: [7511, 7548],
    weight: 160,
    streets: [
      'Hengelosestraat', 'Oldenzaalsestraat', 'Haaksbergerstraat', 'Gronausestraat', 'Deurningerstraat', 'Lasonderstraat',
      'Pathmossingel', 'Wesselerbrinklaan', 'Boekelerhofweg', 'Brinkstraat', 'Lipperkerkstraat', 'Kuipersdijk',
      'Varviksingel', 'Ripperdastraat', 'Zuiderval', 'Roomweg', 'Kottendijk', 'Schipholtstraat', 'Glanerbrug Dorpsstraat',
      'Dolphiastraat', 'Hoge Bothofstraat', 'Wooldriksweg', 'Getfertsingel', 'Broekheurnering',
    ],
  },
  {
    name: 'Hengelo',
    areas: [7550, 7559],
    weight: 81,
    streets: [
      'Enschedesestraat', 'Deldenerstraat', 'Oldenzaalsestraat', 'Breemarsweg', 'Tuindorpstraat', 'Wilderinkstraat',
      'Sloetsweg', 'Bornsestraat', 'Anninksweg', 'Geerdinksweg', 'Beckumerstraat', 'Hasseler Es',
    ],
  },
  {
    name: 'Almelo',
    areas: [7601, 7609],
    weight: 73,
    streets: [
      'Wierdensestraat', 'Bornerbroeksestraat', 'Ootmarsumsestraat', 'Rohofstraat', 'Windmolenbroeksweg', 'Schuilenburgsingel',
      'Sluitersveldssingel', 'Vriezenveenseweg', 'Nijreesweg', 'Hofstraat',
    ],
  },
  { name: 'Oldenzaal', areas: [7570, 7577], weight: 32, streets: ['Molenstraat', 'Enschedesestraat', 'Bentheimerstraat', 'Haerstraat', 'Vos de Waelstraat', 'Lossersestraat'] },
  { name: 'Borne', areas: [7620, 7623], weight: 23, streets: ['Grotestraat', 'Azelosestraat', 'Bornsestraat', 'Weleweg', 'Meester Ossestraat'] },
  { name: 'Haaksbergen', areas: [7480, 7483], weight: 24, streets: ['Enschedesestraat', 'Spoorstraat', 'Eibergsestraat', 'Wiedenbroekstraat', 'Blankenburgerstraat'] },
  { name: 'Losser', areas: [7581, 7582], weight: 22, streets: ['Gronausestraat', 'Oldenzaalsestraat', 'Raadhuisstraat', 'Smalenbroek'] },
  { name: 'Rijssen', areas: [7461, 7463], weight: 29, streets: ['Haarstraat', 'Wierdensestraat', 'Enterstraat', 'Boomcatelstraat', 'Oranjestraat'] },
  { name: 'Wierden', areas: [7641, 7642], weight: 18, streets: ['Wierdensestraat', 'Rijssensestraat', 'Stationsstraat', 'Hoge Hexel'] },
  { name: 'Doetinchem', areas: [7001, 7009], weight: 58, streets: ['Terborgseweg', 'Varsseveldseweg', 'Keppelseweg', 'Grutbroek', 'Wijnbergseweg', 'Europaweg', 'Boliviastraat', 'IJsselstraat', 'Dr. Huber Noodtstraat'] },
  { name: 'Winterswijk', areas: [7101, 7107], weight: 29, streets: ['Misterweg', 'Meddosestraat', 'Vredenseweg', 'Ratumseweg', 'Groenloseweg', 'Kottenseweg'] },
  { name: 'Aalten', areas: [7121, 7122], weight: 19, streets: ['Haartsestraat', 'Lichtenvoordsestraat', 'Landstraat', 'Prinsenstraat'] },
  { name: 'Lichtenvoorde', areas: [7131, 7132], weight: 20, streets: ['Varsseveldseweg', 'Zieuwentseweg', 'Aaltenseweg', 'Hulstweg'] },
  { name: 'Groenlo', areas: [7141, 7142], weight: 10, streets: ['Beltrumsestraat', 'Lichtenvoordsestraat', 'Nieuwstad', 'Eibergseweg'] },
  { name: 'Eibergen', areas: [7151, 7152], weight: 13, streets: ['Nieuwe Hengelosestraat', 'Grotestraat', 'Hofweg', 'Borculoseweg'] },
  { name: 'Neede', areas: [7161, 7161], weight: 8, streets: ['Borculoseweg', 'Hengelosestraat', 'Eibergsestraat'] },
  { name: 'Borculo', areas: [7271, 7272], weight: 10, streets: ['Burgemeester Bloemersstraat', 'Lochemseweg', 'Hofstraat'] },
  { name: 'Ruurlo', areas: [7261, 7262], weight: 8, streets: ['Borculoseweg', 'Groenloseweg', 'Stationsweg'] },
  { name: 'Zutphen', areas: [7201, 7207], weight: 48, streets: ['Deventerweg', 'Voorsterallee', 'Hanzeweg', 'Laarstraat', 'Warnsveldseweg', 'Coehoornsingel'] },
  { name: 'Lochem', areas: [7241, 7242], weight: 19, streets: ['Zutphenseweg', 'Nieuwstad', 'Paradijsweg', 'Tramstraat'] },
  { name: 'Ulft', areas: [7071, 7071], weight: 12, streets: ['Kennedylaan', 'Ulftseweg', 'Debbeshoek'] },
  { name: 'Terborg', areas: [7061, 7061], weight: 5, streets: ['Hogestraat', 'Silvoldseweg'] },
  { name: 'Gaanderen', areas: [7011, 7011], weight: 6, streets: ['Hoofdstraat', 'Terborgseweg'] },
  { name: 'Varsseveld', areas: [7051, 7051], weight: 6, streets: ['Doetinchemseweg', 'Misterstraat'] },
]

/** Street names that every Dutch town has, added to each place. */
const commonStreets = [
  'Kerkstraat', 'Molenstraat', 'Schoolstraat', 'Stationsstraat', 'Dorpsstraat', 'Marktstraat', 'Nieuwstraat', 'Beatrixstraat',
  'Julianastraat', 'Wilhelminastraat', 'Prins Bernhardstraat', 'Lindelaan', 'Eikenlaan', 'Berkenlaan', 'Kastanjelaan',
  'Merelstraat', 'Lijsterstraat', 'Vinkenstraat', 'Spoorstraat', 'Tuinstraat', 'Veldstraat', 'Esstraat', 'Parallelweg',
  'Bleekstraat', 'Industrieweg', 'Rozenstraat', 'Tulpstraat', 'Meidoornstraat', 'Vlierstraat', 'Burgemeester Jansenstraat',
  'Prinses Irenestraat', 'Van Goghstraat', 'Rembrandtstraat', 'Thorbeckestraat', 'De Ruyterstraat', 'Piet Heinstraat',
]

/** Letters as Dutch postcodes use them (no F, I, O, Q, U or Y), and never SA, SD or SS. */
const postcodeLetters = 'ABCDEGHJKLMNPRSTVWXZ'

/** FNV-1a: a small stable hash of a text. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

interface Street {
  city: string
  name: string
  /** Postcode digits of the street (within the place's areas). */
  area: number
  hash: number
}

const streets: { street: Street; weight: number }[] = []
for (const city of cities) {
  const own = city.streets
  const common = commonStreets.filter((name) => stableHash(`${city.name}/${name}`) % 3 !== 0)
  const names = [...own, ...common]
  for (const name of names) {
    const hash = stableHash(`${city.name}/${name}`)
    const span = city.areas[1] - city.areas[0] + 1
    streets.push({ street: { city: city.name, name, area: city.areas[0] + (hash % span), hash }, weight: city.weight / names.length })
  }
}
const cumulative: number[] = []
let total = 0
for (const entry of streets) {
  total += entry.weight
  cumulative.push(total)
}

function postcodeOf(street: Street, block: number): string {
  let h = stableHash(`${street.hash}:${block}`)
  for (;;) {
    const letters = postcodeLetters[h % postcodeLetters.length]! + postcodeLetters[Math.floor(h / postcodeLetters.length) % postcodeLetters.length]!
    if (letters !== 'SA' && letters !== 'SD' && letters !== 'SS') return `${street.area} ${letters}`
    h = stableHash(`${h}`)
  }
}

export interface DemoAddress {
  street: string
  houseNumber: string
  postcode: string
  city: string
}

/** A real-looking address in the Achterhoek or Twente, places weighted by their size. */
export function demoAddress(random: Random): DemoAddress {
  const target = random.next() * total
  let low = 0
  let high = cumulative.length - 1
  while (low < high) {
    const mid = (low + high) >> 1
    if (cumulative[mid]! < target) low = mid + 1
    else high = mid
  }
  const street = streets[low]!.street
  const number = random.chance(0.7) ? random.int(1, 60) : random.int(61, 240)
  const addition = random.chance(0.08) ? random.pick(['A', 'B', 'C', '-1', '-2']) : ''
  // A postcode covers one side of a street for a stretch of house numbers.
  const block = Math.floor(number / 24) * 2 + (number % 2)
  return { street: street.name, houseNumber: `${number}${addition}`, postcode: postcodeOf(street, block), city: street.city }
}
