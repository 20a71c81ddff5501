/**
 * How long an SMS is, the way a provider bills it.
 *
 * GSM 03.38 (3GPP TS 23.038): a text that uses only the default alphabet is sent as 7-bit
 * septets, 160 to a single message or 153 per part when the text is split (the other 7 septets
 * carry the concatenation header). Characters from the extension table (€, [, ], {, }, \, ~, ^,
 * | and form feed) need an escape septet first and count 2; an escape pair is never split over
 * two parts. A text with any other character is sent as UCS-2: 70 UTF-16 code units to a single
 * message or 67 per part, and a surrogate pair (most emoji) counts 2 and is never split either.
 */

export type SmsEncoding = 'gsm-7' | 'ucs-2'

export interface SmsCount {
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) — what the segment limits count. */
  characters: number
  segments: number
  encoding: SmsEncoding
}

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà'
const GSM_EXTENSION = '\f^{}\\[~]|€'

const basic = new Set(GSM_BASIC)
const extension = new Set(GSM_EXTENSION)

export const SMS_LIMITS = {
  'gsm-7': { single: 160, part: 153 },
  'ucs-2': { single: 70, part: 67 },
} as const satisfies Record<SmsEncoding, { single: number; part: number }>

/** True when every character of the text is in the GSM 03.38 default alphabet or its extension. */
export function isGsm7(text: string): boolean {
  for (const char of text) {
    if (!basic.has(char) && !extension.has(char)) return false
  }
  return true
}

export function countSms(text: string): SmsCount {
  const encoding: SmsEncoding = isGsm7(text) ? 'gsm-7' : 'ucs-2'
  // The width of every character in this encoding, in septets or code units.
  const widths: number[] = []
  for (const char of text) {
    widths.push(encoding === 'gsm-7' ? (extension.has(char) ? 2 : 1) : char.length)
  }
  const characters = widths.reduce((sum, width) => sum + width, 0)
  return { characters, segments: countSegments(widths, characters, SMS_LIMITS[encoding]), encoding }
}

function countSegments(widths: number[], characters: number, limits: { single: number; part: number }): number {
  if (characters === 0) return 0
  if (characters <= limits.single) return 1
  let segments = 1
  let used = 0
  for (const width of widths) {
    if (used + width > limits.part) {
      segments += 1
      used = 0
    }
    used += width
  }
  return segments
}
