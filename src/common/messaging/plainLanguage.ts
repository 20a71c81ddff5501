/**
 * A plain-language check for the texts editors and coaches write to clients.
 *
 * Many clients read poorly or read little Dutch, so Koers warns when a text is harder than
 * language level B1 ("taalniveau B1"). The check is a heuristic that points at what to change;
 * it is not a verdict.
 *
 * Dutch (nl) — the Flesch-Douma reading ease (W.H. Douma, 1960; see REFERENCES.md, "Plain
 * language"):
 *   206.835 − 0.93 × (words per sentence) − 77 × (syllables per word)
 * which is the same as 206.84 − 0.77 × (syllables per 100 words) − 0.93 × (words per sentence).
 * Higher is easier; 60–70 reads as "plain" for an adult reader.
 *
 * Thresholds chosen here, after the practical defaults in REFERENCES.md:
 * - a text is B1 or easier when the reading ease is at least 60 ({@link B1_MIN_READING_EASE})
 *   and no sentence has more than 20 words ({@link MAX_SENTENCE_WORDS});
 * - a sentence of more than 15 words ({@link LONG_SENTENCE_WORDS}) is flagged "too long";
 * - a word of more than 4 syllables ({@link LONG_WORD_SYLLABLES}) or more than 15 letters
 *   ({@link LONG_WORD_LETTERS}) is flagged "long" (Dutch compounds such as
 *   "arbeidsmarktpositie" are the usual culprits).
 * Other languages have no reading-ease formula here: readingEase is null and the level follows
 * sentence length only (average at most 15 words and none over 20).
 *
 * A sentence ends at . ! ? or … followed by a space, and at every line break (a greeting, a list
 * item); the full stop of a common abbreviation (bijv., o.a., z.s.m.) or an initial does not end one.
 *
 * Liquid in templates is not text: an output tag ({{ first_name }}) counts as one short word of
 * one syllable, and logic tags ({% if … %}) are left out.
 */

export const B1_MIN_READING_EASE = 60
export const LONG_SENTENCE_WORDS = 15
export const MAX_SENTENCE_WORDS = 20
export const LONG_WORD_SYLLABLES = 4
export const LONG_WORD_LETTERS = 15

export type PlainLanguageLevel = 'b1' | 'above-b1' | 'unknown'

export interface SentenceCheck {
  /** The sentence as written (Liquid tags included). */
  text: string
  words: number
  tooLong: boolean
  longWords: string[]
}

export interface PlainLanguageResult {
  language: string
  /** Flesch-Douma reading ease for Dutch, rounded to one decimal; null for other languages or no text. */
  readingEase: number | null
  level: PlainLanguageLevel
  words: number
  /** Average words per sentence, rounded to one decimal (0 for no text). */
  averageSentenceLength: number
  sentences: SentenceCheck[]
}

// A Liquid output tag becomes a run of this character (one "variable word"); a logic tag becomes spaces.
const VARIABLE = '\u0001'
const LIQUID_TAG = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g

/** Common Dutch abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'bijv', 'bv', 'ca', 'dhr', 'mevr', 'mw', 'nr', 'tel', 'evt', 'enz', 'etc', 'incl', 'excl', 'max', 'min', 'mr', 'mrs', 'dr', 'st',
])

// Dutch vowel units that are one syllable, longest first: triphthongs, then digraphs.
const VOWEL_UNITS = ['aai', 'ooi', 'oei', 'eeu', 'ieu', 'eau', 'aa', 'ee', 'oo', 'uu', 'ie', 'ei', 'ij', 'ou', 'au', 'ui', 'oe', 'eu']
const VOWELS = new Set('aeiouyáàâéèêíìîóòôúùûý')
// A diaeresis (ideeën, geïnteresseerd, coördinator) starts a new syllable.
const DIAERESIS = new Set('äëïöüÿ')

/** The number of syllables in one Dutch word, by counting vowel groups. At least 1. */
export function countDutchSyllables(word: string): number {
  const w = word.toLowerCase()
  let syllables = 0
  let i = 0
  while (i < w.length) {
    const char = w.charAt(i)
    if (DIAERESIS.has(char)) {
      syllables += 1
      i += 1
      continue
    }
    if (!VOWELS.has(char)) {
      i += 1
      continue
    }
    const unit = VOWEL_UNITS.find((candidate) => w.startsWith(candidate, i))
    syllables += 1
    i += unit ? unit.length : 1
  }
  return Math.max(1, syllables)
}

/** Syllables of a word in another language: vowel groups, for the long-word check only. */
function countVowelGroups(word: string): number {
  const groups = word.toLowerCase().match(/[aeiouyäëïöüáàâéèêíìîóòôúùû]+/g)
  return Math.max(1, groups?.length ?? 0)
}

interface Word {
  text: string
  letters: number
  syllables: number
  variable: boolean
}

function maskLiquid(text: string): string {
  return text.replace(LIQUID_TAG, (tag) => (tag.startsWith('{{') ? VARIABLE.repeat(tag.length) : ' '.repeat(tag.length)))
}

/** Splits the masked text into sentence ranges [start, end). */
function sentenceRanges(masked: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let start = 0
  const push = (end: number) => {
    if (masked.slice(start, end).trim() !== '') ranges.push([start, end])
    start = end
  }
  for (let i = 0; i < masked.length; i += 1) {
    const char = masked.charAt(i)
    if (char === '\n') {
      push(i + 1)
      continue
    }
    if (char !== '.' && char !== '!' && char !== '?' && char !== '…') continue
    // Include closing punctuation and quotes: "Kom je?" of (zie hieronder).
    let end = i + 1
    while (end < masked.length && /[.!?…"'”’)\]]/.test(masked.charAt(end))) end += 1
    if (end < masked.length && !/\s/.test(masked.charAt(end))) {
      i = end - 1
      continue
    }
    if (char === '.' && isAbbreviation(masked.slice(start, i))) continue
    push(end)
    i = end - 1
  }
  push(masked.length)
  return ranges
}

function isAbbreviation(before: string): boolean {
  const lastToken = before.split(/\s+/).pop() ?? ''
  const token = lastToken.replace(/^[("'“‘]+/, '').toLowerCase()
  if (token === '') return false
  if (ABBREVIATIONS.has(token)) return true
  // A single letter with a full stop is an initial (J. de Vries), and letters with full stops
  // between them an abbreviation (z.s.m., a.m.): neither ends a sentence.
  return /^\p{L}(\.\p{L})*$/u.test(token)
}

function wordsOf(masked: string, language: string): Word[] {
  // Words may hold an apostrophe, hyphen or full stop (auto's, e-mail, 10.30, o.a.); a slash
  // separates two words (werkcoach/klantmanager).
  const tokens = masked.match(new RegExp(`${VARIABLE}+|[\\p{L}\\p{N}]+(?:['’.\\-][\\p{L}\\p{N}]+)*`, 'gu')) ?? []
  return tokens.map((token) => {
    if (token.startsWith(VARIABLE)) return { text: token, letters: 4, syllables: 1, variable: true }
    const letters = (token.match(/\p{L}/gu) ?? []).length
    const parts = token.split(/[-.]/).filter((part) => part !== '')
    const count = language === 'nl' ? countDutchSyllables : countVowelGroups
    // A number or abbreviation without vowels reads as one short word.
    const syllables = letters === 0 ? 1 : parts.reduce((sum, part) => sum + count(part), 0)
    return { text: token, letters, syllables, variable: false }
  })
}

function isLongWord(word: Word): boolean {
  return !word.variable && (word.syllables > LONG_WORD_SYLLABLES || word.letters > LONG_WORD_LETTERS)
}

const round1 = (n: number) => Math.round(n * 10) / 10

export function checkPlainLanguage(text: string, language: string): PlainLanguageResult {
  const lang = language.toLowerCase()
  const masked = maskLiquid(text)
  let totalWords = 0
  let totalSyllables = 0
  const sentences: SentenceCheck[] = []
  for (const [start, end] of sentenceRanges(masked)) {
    const words = wordsOf(masked.slice(start, end), lang)
    if (words.length === 0) continue
    totalWords += words.length
    totalSyllables += words.reduce((sum, word) => sum + word.syllables, 0)
    const longWords = [...new Set(words.filter(isLongWord).map((word) => word.text))]
    sentences.push({ text: text.slice(start, end).trim(), words: words.length, tooLong: words.length > LONG_SENTENCE_WORDS, longWords })
  }

  if (totalWords === 0) {
    return { language: lang, readingEase: null, level: 'unknown', words: 0, averageSentenceLength: 0, sentences: [] }
  }
  const wordsPerSentence = totalWords / sentences.length
  const noRunOn = sentences.every((sentence) => sentence.words <= MAX_SENTENCE_WORDS)
  if (lang === 'nl') {
    const readingEase = 206.835 - 0.93 * wordsPerSentence - 77 * (totalSyllables / totalWords)
    const level = readingEase >= B1_MIN_READING_EASE && noRunOn ? 'b1' : 'above-b1'
    return { language: lang, readingEase: round1(readingEase), level, words: totalWords, averageSentenceLength: round1(wordsPerSentence), sentences }
  }
  const level = wordsPerSentence <= LONG_SENTENCE_WORDS && noRunOn ? 'b1' : 'above-b1'
  return { language: lang, readingEase: null, level, words: totalWords, averageSentenceLength: round1(wordsPerSentence), sentences }
}
