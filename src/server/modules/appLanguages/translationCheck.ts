import { appLanguageLimits, type AppLanguageTexts } from '../../../common/api/appLanguages.js'
import { appLanguageTemplate } from '../../../common/appLanguageTemplate.js'
import { badRequest, type FieldError } from '../../http/problem.js'

const pluralKey = /^(.*)_(zero|one|two|few|many|other)$/
/** At most this many keys are named in one error, so a wrong file gives a readable answer. */
const namedAtMost = 50

const placeholders = (text: string) => new Set([...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]!))

interface Source {
  /** The Dutch text the key translates. */
  dutch: string
  /** The template's key it counts for (a plural's `_other`). */
  unit: string
  /** A plural form other than `other` may name its one number in words instead of {{count}}. */
  countOptional: boolean
}

/**
 * Each key a translation may use, with the Dutch it translates: the template's keys, and for a
 * plural every form a language can count in (Tigrinya needs other forms than Dutch).
 */
const sources: ReadonlyMap<string, Source> = (() => {
  const map = new Map<string, Source>()
  for (const [key, dutch] of Object.entries(appLanguageTemplate)) {
    const plural = pluralKey.exec(key)
    const other = plural ? appLanguageTemplate[`${plural[1]}_other`] : undefined
    if (!plural || other === undefined) {
      map.set(key, { dutch, unit: key, countOptional: false })
      continue
    }
    for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) {
      map.set(`${plural[1]}_${form}`, { dutch: other, unit: `${plural[1]}_other`, countOptional: form !== 'other' })
    }
  }
  return map
})()

/** The texts a translator works through: each template key, a plural counted once (its `_other`). */
const units = new Set([...sources.values()].map((source) => source.unit))
export const templateSize = units.size

/** How many of the template's texts a translation covers; the rest shows in Dutch. */
export function translationCoverage(texts: Readonly<Record<string, string>>): { translated: number; missing: number } {
  const covered = new Set(Object.keys(texts).flatMap((key) => (sources.get(key)?.unit === key ? [key] : [])))
  return { translated: covered.size, missing: templateSize - covered.size }
}

function named(errors: FieldError[]): FieldError[] {
  return errors.slice(0, namedAtMost)
}

/**
 * Refuses a translation the client app could not show as meant: a key the app does not have, a
 * text that loses or invents a {{placeholder}}, or more than the size limit. Missing keys are
 * fine: those texts show in Dutch.
 */
export function checkTranslation(texts: AppLanguageTexts): void {
  const size = Buffer.byteLength(JSON.stringify(texts), 'utf8')
  if (size > appLanguageLimits.totalBytes) {
    throw badRequest('texts-too-large', `The texts take ${Math.ceil(size / 1000)} kB; at most ${appLanguageLimits.totalBytes / 1000} kB is allowed.`, [{ field: 'texts', message: 'is too large' }])
  }
  const unknown = Object.keys(texts).filter((key) => !sources.has(key))
  if (unknown.length > 0) {
    throw badRequest(
      'unknown-text-keys',
      `${unknown.length} key(s) are not texts of the client app: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', …' : ''}. Start from the template.`,
      named(unknown.map((key) => ({ field: `texts.${key}`, message: 'is not a text of the client app' }))),
    )
  }
  const blank = Object.entries(texts).filter(([, text]) => text.trim() === '')
  if (blank.length > 0) {
    throw badRequest('empty-texts', `${blank.length} text(s) are empty; leave a key out to show the Dutch text.`, named(blank.map(([key]) => ({ field: `texts.${key}`, message: 'is empty' }))))
  }
  const errors: FieldError[] = []
  for (const [key, text] of Object.entries(texts)) {
    const source = sources.get(key)!
    const wanted = placeholders(source.dutch)
    const found = placeholders(text)
    const lost = [...wanted].filter((name) => !found.has(name) && !(name === 'count' && source.countOptional))
    const invented = [...found].filter((name) => !wanted.has(name))
    if (lost.length > 0) errors.push({ field: `texts.${key}`, message: `lacks ${lost.map((name) => `{{${name}}}`).join(', ')}` })
    if (invented.length > 0) errors.push({ field: `texts.${key}`, message: `has ${invented.map((name) => `{{${name}}}`).join(', ')}, which the Dutch text does not` })
  }
  if (errors.length > 0) {
    throw badRequest('placeholders-changed', `Keep every {{placeholder}} of the Dutch text, unchanged: ${[...new Set(errors.map((e) => e.field.slice('texts.'.length)))].slice(0, 5).join(', ')}.`, named(errors))
  }
}
