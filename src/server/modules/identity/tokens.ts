import crypto from 'node:crypto'

export const randomToken = (bytes = 32) => crypto.randomBytes(bytes).toString('base64url')

export const sha256 = (value: string) => crypto.createHash('sha256').update(value).digest('hex')

/** Recovery codes: ten groups of `xxxx-xxxx` from an alphabet without look-alikes. */
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789'
export function newRecoveryCode(): string {
  const chars = Array.from({ length: 8 }, () => alphabet[crypto.randomInt(alphabet.length)])
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`
}

export const normaliseRecoveryCode = (code: string) => code.trim().toLowerCase().replace(/\s+/g, '')
