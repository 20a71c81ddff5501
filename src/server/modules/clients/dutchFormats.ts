/**
 * Dutch personal data formats: BSN (elfproef), postcode, mobile and landline numbers, dates as
 * Dutch exports write them. Pure functions: the edge of the domain.
 */

/** A BSN is nine digits (eight-digit legacy numbers get a leading 0) that pass the elfproef. */
export function normaliseBsn(input: string): string | null {
  const digits = input.replace(/[\s.-]/g, '')
  if (!/^\d{8,9}$/.test(digits)) return null
  const bsn = digits.padStart(9, '0')
  if (bsn === '000000000') return null
  let sum = 0
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(bsn[i])
  sum -= Number(bsn[8])
  return sum % 11 === 0 ? bsn : null
}

export const maskBsn = (bsn: string) => `******${bsn.slice(6)}`

/** "1234ab" → "1234 AB"; null when it is not a Dutch postcode. */
export function normalisePostcode(input: string): string | null {
  const match = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})\s*$/.exec(input)
  if (!match) return null
  const letters = match[2]!.toUpperCase()
  // SA, SD and SS are not used in Dutch postcodes.
  if (['SA', 'SD', 'SS'].includes(letters)) return null
  return `${match[1]} ${letters}`
}

/** Dutch and international numbers to E.164: "06-12345678" → "+31612345678". */
export function normalisePhone(input: string): string | null {
  const compact = input.replace(/[\s().-]/g, '')
  let e164: string
  if (/^\+[1-9]\d{6,14}$/.test(compact)) e164 = compact
  else if (/^00[1-9]\d{6,14}$/.test(compact)) e164 = `+${compact.slice(2)}`
  else if (/^0[1-9]\d{8}$/.test(compact)) e164 = `+31${compact.slice(1)}`
  else return null
  if (e164.startsWith('+31') && e164.length !== 12) return null
  return e164
}

/** SMS goes to mobile numbers only: +316 and eight digits in the Netherlands. */
export const isDutchMobile = (e164: string) => /^\+316\d{8}$/.test(e164)

/** "31-12-1980", "31/12/1980" or "1980-12-31" → "1980-12-31"; null for impossible dates. */
export function parseDutchDate(input: string): string | null {
  const text = input.trim()
  let year: number, month: number, day: number
  let match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text)
  if (match) [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
  else {
    match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
    if (!match) return null
    ;[year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  }
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return date.toISOString().slice(0, 10)
}

// Made once: making a formatter costs far more than using it.
const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' })

/** Today's date in Europe/Amsterdam, as YYYY-MM-DD. */
export function todayInAmsterdam(now = new Date()): string {
  return amsterdamDate.format(now)
}
