import { describe, expect, it } from 'vitest'
import { checkPlainLanguage, countDutchSyllables } from './plainLanguage.js'

// A message as a coach would write it: short sentences, everyday words.
const PLAIN_B1 = `Hoi {{ first_name }},

Op maandag 3 juni is er een bijeenkomst over werk in de zorg. Je kunt daar met werkgevers praten. De koffie staat klaar om 10.00 uur. Kom je ook? Meld je aan in de app.

Groet, {{ coach_name }}`

// Officialese from the Werkplein service model (seed 004, "3.2 Segmentatie naar klantgroepen").
const OFFICIALESE =
  'De professional (werkcoach/klantmanager) beoordeelt op basis van individueel maatwerk de inzet van de dienstverlening en bijbehorende middelen. ' +
  'Op basis hiervan zal de klant optimaal begeleid worden door de professional. ' +
  'Ter ondersteuning van de professional wordt gebruik gemaakt van ervarings- en onderzoeksgegevens. ' +
  'Uit deze gegevens blijkt onder andere dat de inzet van (type) dienstverlening gekoppeld kan worden aan de tijdsperiode, ' +
  'waarin de klant zich op dat moment (of tijdens een evaluatiemoment) bevindt.'

describe('countDutchSyllables', () => {
  it.each([
    ['werk', 1],
    ['huis', 1],
    ['nieuw', 1],
    ['leeuw', 1],
    ['mooi', 1],
    ['afspraak', 2],
    ['moeilijk', 2],
    ['eerste', 2],
    ['bureau', 2],
    ['uitkering', 3],
    ['bijeenkomst', 3],
    ['gemeente', 3],
    ['ideeën', 3],
    ['België', 3],
    ['theater', 3],
    ['informatie', 4],
    ['materiaal', 4],
    ['beantwoorden', 4],
    ['vacature', 4],
    ['werkzoekende', 4],
    ['dienstverlening', 4],
    ['geïnteresseerd', 5],
    ['coördinator', 5],
    ['tijdsperiode', 5],
    ['arbeidsmarktpositie', 6],
    ['evaluatiemoment', 7],
  ])('%s has %i syllables', (word, syllables) => {
    expect(countDutchSyllables(word)).toBe(syllables)
  })
})

describe('checkPlainLanguage', () => {
  it('finds a short, plain Dutch message B1 or easier', () => {
    const result = checkPlainLanguage(PLAIN_B1, 'nl')
    expect(result.level).toBe('b1')
    expect(result.readingEase).toBeGreaterThanOrEqual(60)
    expect(result.sentences.map((s) => s.text)).toEqual([
      'Hoi {{ first_name }},',
      'Op maandag 3 juni is er een bijeenkomst over werk in de zorg.',
      'Je kunt daar met werkgevers praten.',
      'De koffie staat klaar om 10.00 uur.',
      'Kom je ook?',
      'Meld je aan in de app.',
      'Groet, {{ coach_name }}',
    ])
    expect(result.sentences.every((s) => !s.tooLong && s.longWords.length === 0)).toBe(true)
  })

  it('finds officialese above B1 and points at the sentences and words to change', () => {
    const result = checkPlainLanguage(OFFICIALESE, 'nl')
    expect(result.level).toBe('above-b1')
    expect(result.readingEase).toBeLessThan(40)
    expect(result.sentences).toHaveLength(4)
    const tooLong = result.sentences.filter((s) => s.tooLong)
    expect(tooLong.map((s) => s.words)).toEqual([18, 30])
    expect(tooLong[1]?.text).toMatch(/^Uit deze gegevens blijkt/)
    expect(result.sentences[3]?.longWords).toEqual(['tijdsperiode', 'evaluatiemoment'])
    expect(result.sentences[2]?.longWords).toContain('onderzoeksgegevens')
    expect(result.averageSentenceLength).toBeCloseTo(72 / 4, 1)
  })

  it('computes the Flesch-Douma reading ease from words per sentence and syllables per word', () => {
    // 2 sentences, 8 words, 10 syllables: 206.835 − 0.93 × 4 − 77 × 1.25 = 106.865
    const result = checkPlainLanguage('Kom je morgen? Wij hebben werk voor je.', 'nl')
    expect(result.words).toBe(8)
    expect(result.readingEase).toBe(106.9)
  })

  it('calls a text with one sentence over 20 words above B1 even when its words are short', () => {
    const long = 'Jij en ik gaan dan met de bus of de trein naar de stad en daar gaan wij op zoek naar een baan voor jou.'
    const result = checkPlainLanguage(long, 'nl')
    expect(result.sentences[0]?.words).toBe(25)
    expect(result.readingEase).toBeGreaterThan(60)
    expect(result.level).toBe('above-b1')
  })

  it('flags a sentence of 16 words as too long but not one of 15', () => {
    const fifteen = 'een '.repeat(14) + 'een.'
    const sixteen = 'een '.repeat(15) + 'een.'
    expect(checkPlainLanguage(fifteen, 'nl').sentences[0]).toMatchObject({ words: 15, tooLong: false })
    expect(checkPlainLanguage(sixteen, 'nl').sentences[0]).toMatchObject({ words: 16, tooLong: true })
  })

  it('flags a word of more than 15 letters even with few syllables', () => {
    expect(checkPlainLanguage('Dit is een werkgeversbijdrage.', 'nl').sentences[0]?.longWords).toEqual(['werkgeversbijdrage'])
  })

  it('counts a Liquid variable as one short word and leaves logic tags out', () => {
    const result = checkPlainLanguage('{% if meeting_place %}Je bent welkom in {{ meeting_place | default: "het Werkplein aan de Hengelosestraat" }}.{% endif %}', 'nl')
    expect(result.words).toBe(5)
    expect(result.sentences[0]?.longWords).toEqual([])
    expect(result.sentences[0]?.text).toBe('{% if meeting_place %}Je bent welkom in {{ meeting_place | default: "het Werkplein aan de Hengelosestraat" }}.')
  })

  it('does not end a sentence at an abbreviation, an initial or a time', () => {
    const result = checkPlainLanguage('Neem bijv. je cv mee. Vraag naar J. de Vries om 9.30 uur, o.a. over je rooster.', 'nl')
    expect(result.sentences.map((s) => s.words)).toEqual([5, 12])
  })

  it('checks other languages by sentence and word length only', () => {
    const plain = checkPlainLanguage('Dear {{ first_name }}, the office is closed today. See you tomorrow.', 'en')
    expect(plain).toMatchObject({ language: 'en', readingEase: null, level: 'b1', words: 10 })
    const wordy = checkPlainLanguage(
      'In accordance with the applicable regulations, your entitlement to the benefit will be reassessed by the responsible department before the end of the current quarter.',
      'en',
    )
    expect(wordy.level).toBe('above-b1')
    expect(wordy.sentences[0]).toMatchObject({ words: 25, tooLong: true })
  })

  it('has no level for an empty text', () => {
    expect(checkPlainLanguage(' \n{% if x %}{% endif %}\n ', 'nl')).toMatchObject({ readingEase: null, level: 'unknown', words: 0, sentences: [] })
  })
})
