import { Secret, TOTP } from 'otpauth'
import QRCode from 'qrcode'

const period = 30

function totpFor(secretBase32: string, label = 'Koers', issuer = 'Koers'): TOTP {
  return new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period, secret: Secret.fromBase32(secretBase32) })
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32
}

/**
 * Checks a six-digit code against the secret, allowing one step of clock drift either way.
 * Returns the time step the code belongs to (to refuse replays), or null when it is wrong.
 */
export function verifyTotp(secretBase32: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null
  const delta = totpFor(secretBase32).validate({ token: code, timestamp: now, window: 1 })
  if (delta === null) return null
  return Math.floor(now / 1000 / period) + delta
}

export function currentTotp(secretBase32: string, now = Date.now()): string {
  return totpFor(secretBase32).generate({ timestamp: now })
}

export async function enrolmentMaterial(secretBase32: string, label: string, issuer: string) {
  const otpauthUri = totpFor(secretBase32, label, issuer).toString()
  const qrCodeSvg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  return { secret: secretBase32, otpauthUri, qrCodeSvg }
}
