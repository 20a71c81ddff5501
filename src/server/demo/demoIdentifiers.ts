import type { Random } from './random.js'

/**
 * Identifiers of demo clients, derived from the client's place in the generated list, so that
 * they are unique within an organisation and the same on every run.
 */

/** The first client number of generated clients; numbers as a source system hands them out. */
const firstClientNumber = 1_000_001

export const demoClientNumber = (index: number) => String(firstClientNumber + index)

/** The place in the generated list of a demo client number, or null for another number. */
export function demoClientIndex(clientNumber: string): number | null {
  if (!/^\d{7,8}$/.test(clientNumber)) return null
  const index = Number(clientNumber) - firstClientNumber
  return index >= 0 ? index : null
}

// The first seven digits run through a permutation of 1,000,000–9,999,999, so that numbers of
// neighbouring clients look unrelated; 7,654,321 shares no factor with 9,000,000.
const span = 9_000_000
const multiplier = 7_654_321

/**
 * A BSN that passes the elfproef, different for every index below nine million. The first
 * seven digits come from the index; of the last two, the check digit is chosen so that the
 * eighth digit exists (at most one of ten choices fails).
 */
export function demoBsn(index: number, seed: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= span) throw new Error('index out of range')
  const offset = (((seed % span) + span) % span) | 0
  const head = 1_000_000 + Number((BigInt(index) * BigInt(multiplier) + BigInt(offset)) % BigInt(span))
  const digits = String(head)
  let sum = 0
  for (let i = 0; i < 7; i++) sum += (9 - i) * Number(digits[i])
  // sum + 2·d8 − d9 ≡ 0 (mod 11)  ⇒  d8 ≡ 6·(d9 − sum) (mod 11), as 2·6 ≡ 1.
  const start = (index * 7 + seed) % 10
  for (let k = 0; k < 10; k++) {
    const d9 = (start + k) % 10
    const d8 = (((6 * (d9 - sum)) % 11) + 11) % 11
    if (d8 <= 9) return `${digits}${d8}${d9}`
  }
  throw new Error('unreachable: one of ten check digits always fits')
}

/** A Dutch mobile number in E.164: +316 and eight digits. */
export function demoMobile(random: Random): string {
  return `+316${random.int(1, 5)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`
}
