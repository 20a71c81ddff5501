import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createSecretBox } from './secretBox.js'

describe('secret box', () => {
  const box = createSecretBox(crypto.randomBytes(32).toString('hex'))

  it('seals and opens; the same plaintext seals differently each time', () => {
    const a = box.seal('JBSWY3DPEHPK3PXP')
    const b = box.seal('JBSWY3DPEHPK3PXP')
    expect(a).not.toBe(b)
    expect(a).not.toContain('JBSWY3DPEHPK3PXP')
    expect(box.open(a)).toBe('JBSWY3DPEHPK3PXP')
  })

  it('refuses a tampered value and a value sealed with another key', () => {
    const sealed = box.seal('geheim')
    const parts = sealed.split('.')
    parts[3] = Buffer.from('anders').toString('base64url')
    expect(() => box.open(parts.join('.'))).toThrow()
    const other = createSecretBox(crypto.randomBytes(32).toString('hex'))
    expect(() => other.open(sealed)).toThrow()
  })

  it('gives a stable keyed hash for look-ups, different per key', () => {
    expect(box.lookupHash('111222333')).toBe(box.lookupHash('111222333'))
    expect(box.lookupHash('111222333')).not.toBe(createSecretBox(crypto.randomBytes(32).toString('hex')).lookupHash('111222333'))
  })
})
