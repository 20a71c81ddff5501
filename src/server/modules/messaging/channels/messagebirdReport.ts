import { createHash, timingSafeEqual } from 'node:crypto'
import jwt from 'jsonwebtoken'
import type { SmsStatusReport } from './types.js'

/** The header MessageBird signs its webhook requests with. */
export const MESSAGEBIRD_SIGNATURE_HEADER = 'messagebird-signature-jwt'

/**
 * A status report Koers refuses. `signature`: not provably from MessageBird (answer 401);
 * `content`: signed, but not a status report Koers understands (answer 400).
 */
export class MessageBirdReportError extends Error {
  constructor(
    message: string,
    readonly kind: 'signature' | 'content',
  ) {
    super(message)
    this.name = 'MessageBirdReportError'
  }
}

export interface MessageBirdReportInput {
  /** The account's signing key from MessageBird's dashboard. */
  signingKey: string
  /** The full URL MessageBird called, with scheme, host and the query string exactly as received. */
  url: string
  /** The raw request body; empty for the GET requests status reports arrive as. */
  body: Buffer | string
  /** The MessageBird-Signature-JWT header. */
  signatureJwt: string | undefined
  now?: Date
}

interface SignatureClaims {
  jti?: unknown
  exp?: unknown
  url_hash?: unknown
  payload_hash?: unknown
}

/** Seconds of clock difference between MessageBird and Koers that are tolerated. */
const CLOCK_TOLERANCE_SECONDS = 5

/**
 * Checks a status report's MessageBird-Signature-JWT (an HS256/384/512 JWT from issuer
 * "MessageBird", signed with the signing key, that binds the request's URL and body by their
 * SHA-256) and reads the report from the query string. Throws MessageBirdReportError otherwise.
 */
export function verifyMessageBirdReport(input: MessageBirdReportInput): SmsStatusReport {
  verifySignature(input)
  return readReport(new URL(input.url).searchParams, input.now ?? new Date())
}

function verifySignature(input: MessageBirdReportInput): void {
  if (!input.signatureJwt) throw new MessageBirdReportError('The MessageBird-Signature-JWT header is missing.', 'signature')
  let claims: SignatureClaims
  try {
    const verified = jwt.verify(input.signatureJwt, input.signingKey, {
      algorithms: ['HS256', 'HS384', 'HS512'],
      issuer: 'MessageBird',
      clockTimestamp: Math.floor((input.now ?? new Date()).getTime() / 1000),
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    })
    if (typeof verified === 'string') throw new Error('the token has no claims')
    claims = verified as SignatureClaims
  } catch (error) {
    throw new MessageBirdReportError(`The MessageBird signature is not valid: ${error instanceof Error ? error.message : String(error)}.`, 'signature')
  }
  if (typeof claims.exp !== 'number') throw new MessageBirdReportError('The MessageBird signature has no expiry.', 'signature')
  if (typeof claims.jti !== 'string' || claims.jti === '') throw new MessageBirdReportError('The MessageBird signature has no token id (jti).', 'signature')
  if (!sameHash(claims.url_hash, input.url)) throw new MessageBirdReportError('The MessageBird signature was made for another URL.', 'signature')

  const body = typeof input.body === 'string' ? Buffer.from(input.body, 'utf8') : input.body
  if (claims.payload_hash !== undefined) {
    if (!sameHash(claims.payload_hash, body)) throw new MessageBirdReportError('The MessageBird signature was made for another body.', 'signature')
  } else if (body.length > 0) {
    throw new MessageBirdReportError('The request has a body that the MessageBird signature does not cover.', 'signature')
  }
}

function sameHash(claim: unknown, data: string | Buffer): boolean {
  if (typeof claim !== 'string' || !/^[0-9a-f]{64}$/i.test(claim)) return false
  return timingSafeEqual(Buffer.from(claim, 'hex'), createHash('sha256').update(data).digest())
}

const SENT = new Set(['scheduled', 'sent', 'buffered'])
const FAILED = new Set(['delivery_failed', 'expired'])

function readReport(query: URLSearchParams, now: Date): SmsStatusReport {
  const providerId = query.get('id')
  const status = query.get('status')
  if (!providerId) throw new MessageBirdReportError('The status report has no message id.', 'content')
  if (!status || !(status === 'delivered' || SENT.has(status) || FAILED.has(status))) {
    throw new MessageBirdReportError(`The status report has an unknown status "${status ?? ''}".`, 'content')
  }
  const at = query.get('statusDatetime') ? new Date(query.get('statusDatetime')!) : now
  if (Number.isNaN(at.getTime())) throw new MessageBirdReportError('The status report has an unreadable statusDatetime.', 'content')

  let reason: string | null = null
  if (FAILED.has(status)) {
    const text = query.get('statusReason') || null
    const code = query.get('statusErrorCode') || null
    reason = text && code ? `${text} (${code})` : (text ?? code ?? status)
  }
  return {
    providerId,
    reference: query.get('reference') || null,
    status: status === 'delivered' ? 'delivered' : FAILED.has(status) ? 'failed' : 'sent',
    reason,
    at,
  }
}
