import crypto from 'node:crypto'

/**
 * Time-ordered UUIDs (version 7, RFC 9562) for rows written in bulk: ids made one after the
 * other sort one after the other, so a million new rows add to the end of their indexes
 * instead of touching pages all over them. The 48-bit time in milliseconds is followed by a
 * 26-bit counter within that millisecond and 48 random bits.
 */
const hex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))
const pool = Buffer.alloc(6 * 4096)
let poolOffset = pool.length
let lastMs = 0
let counter = 0

const h = (n: number) => hex[n & 0xff]!

export function timeOrderedId(): string {
  let ms = Date.now()
  if (ms <= lastMs) {
    ms = lastMs
    counter++
    if (counter >= 1 << 26) {
      ms = lastMs + 1
      counter = 0
    }
  } else counter = 0
  lastMs = ms
  if (poolOffset + 6 > pool.length) {
    crypto.randomFillSync(pool)
    poolOffset = 0
  }
  const o = poolOffset
  poolOffset += 6
  const high = Math.floor(ms / 2 ** 16)
  const low = ms % 2 ** 16
  // 12 bits of the counter after the version digit, 14 bits after the variant bits.
  const a = counter >>> 14
  const b = counter & 0x3fff
  return (
    h(high >>> 24) + h(high >>> 16) + h(high >>> 8) + h(high) + '-' +
    h(low >>> 8) + h(low) + '-' +
    h(0x70 | (a >>> 8)) + h(a) + '-' +
    h(0x80 | (b >>> 8)) + h(b) + '-' +
    h(pool[o]!) + h(pool[o + 1]!) + h(pool[o + 2]!) + h(pool[o + 3]!) + h(pool[o + 4]!) + h(pool[o + 5]!)
  )
}
