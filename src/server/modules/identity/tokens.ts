import crypto from 'node:crypto'
import { uuidPattern } from '../../../common/uuid.js'

export const randomToken = (bytes = 32) => crypto.randomBytes(bytes).toString('base64url')

/** A cookie of the form `tenantId.token` (a staff session, a client's device): its two parts, or null. */
export function parseTenantToken(value: string | undefined): { tenantId: string; token: string } | null {
  const match = value ? /^([^.]+)\.([A-Za-z0-9_-]{43})$/.exec(value) : null
  return match && uuidPattern.test(match[1]!) ? { tenantId: match[1]!, token: match[2]! } : null
}

export const sha256 = (value: string) => crypto.createHash('sha256').update(value).digest('hex')

/** Recovery codes: ten groups of `xxxx-xxxx` from an alphabet without look-alikes. */
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789'
export function newRecoveryCode(): string {
  const chars = Array.from({ length: 8 }, () => alphabet[crypto.randomInt(alphabet.length)])
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`
}

export const normaliseRecoveryCode = (code: string) => code.trim().toLowerCase().replace(/\s+/g, '')
