import { describe, expect, it } from 'vitest'
import { currentTotp, newTotpSecret, verifyTotp } from './totp.js'

describe('TOTP', () => {
  const secret = newTotpSecret()
  const now = Date.UTC(2026, 10, 23, 10, 0, 15)

  it('accepts the current code and one step of drift either way, and says which step it was', () => {
    const step = Math.floor(now / 30_000)
    expect(verifyTotp(secret, currentTotp(secret, now), now)).toBe(step)
    expect(verifyTotp(secret, currentTotp(secret, now - 30_000), now)).toBe(step - 1)
    expect(verifyTotp(secret, currentTotp(secret, now + 30_000), now)).toBe(step + 1)
  })

  it('refuses a code from two steps ago and anything that is not six digits', () => {
    expect(verifyTotp(secret, currentTotp(secret, now - 60_000), now)).toBeNull()
    expect(verifyTotp(secret, '12345', now)).toBeNull()
    expect(verifyTotp(secret, 'abcdef', now)).toBeNull()
  })

  it('matches RFC 6238 test vector (SHA-1, 59 s → 287082)', () => {
    const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' // "12345678901234567890"
    expect(currentTotp(rfcSecret, 59_000)).toBe('287082')
  })
})
