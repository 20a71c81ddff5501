import type { SecretBox } from '../../crypto/secretBox.js'

/**
 * Tokens in the links of a message: which organisation, which outbox row, and what the link is
 * (the open pixel, the unsubscribe page, or the n-th link of the message). A MAC makes them
 * unforgeable, so the public endpoints that take them need no session and reveal nothing.
 */
export type TokenPurpose = { kind: 'open' } | { kind: 'unsubscribe' } | { kind: 'link'; index: number }

const uuidBytes = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex')
const uuidText = (bytes: Buffer) => bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')

export function trackingToken(box: SecretBox, tenantId: string, outboxId: string, purpose: TokenPurpose): string {
  const code = purpose.kind === 'open' ? 0 : purpose.kind === 'unsubscribe' ? 1 : 2 + purpose.index
  if (code > 255) throw new Error('Too many links in one message')
  const payload = Buffer.concat([uuidBytes(tenantId), uuidBytes(outboxId), Buffer.from([code])])
  return Buffer.concat([payload, box.tokenMac(payload)]).toString('base64url')
}

export function readTrackingToken(box: SecretBox, token: string): { tenantId: string; outboxId: string; purpose: TokenPurpose } | null {
  if (!/^[A-Za-z0-9_-]{60,80}$/.test(token)) return null
  const bytes = Buffer.from(token, 'base64url')
  if (bytes.length !== 49) return null
  const payload = bytes.subarray(0, 33)
  const mac = box.tokenMac(payload)
  if (!mac.equals(bytes.subarray(33))) return null
  const code = payload[32]!
  const purpose: TokenPurpose = code === 0 ? { kind: 'open' } : code === 1 ? { kind: 'unsubscribe' } : { kind: 'link', index: code - 2 }
  return { tenantId: uuidText(payload.subarray(0, 16)), outboxId: uuidText(payload.subarray(16, 32)), purpose }
}

export const trackingPaths = { link: '/r/', open: '/o/', unsubscribe: '/u/' } as const
