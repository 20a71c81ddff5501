import crypto from 'node:crypto'

/**
 * Authenticated encryption (AES-256-GCM) of small secrets at rest, such as TOTP secrets and,
 * later, BSNs. The output is `v1.<iv>.<tag>.<ciphertext>` in base64url.
 */
export interface SecretBox {
  seal(plaintext: string): string
  open(sealed: string): string
  /** A keyed hash (HMAC-SHA-256) for look-ups of values that are stored encrypted. */
  lookupHash(value: string): string
  /** A short MAC (16 bytes) for tokens Koers hands out in links, e.g. message tracking. */
  tokenMac(payload: Buffer): Buffer
}

export function createSecretBox(keyHex: string): SecretBox {
  const master = Buffer.from(keyHex, 'hex')
  if (master.length !== 32) throw new Error('The secret key must be 32 bytes')
  const encryptionKey = Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), 'koers/encryption', 32))
  const hashKey = Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), 'koers/lookup-hash', 32))
  const tokenKey = Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), 'koers/link-token', 32))
  return {
    seal(plaintext) {
      const iv = crypto.randomBytes(12)
      const cipher = crypto.createCipheriv('aes-256-gcm', encryptionKey, iv)
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
      return ['v1', iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.')
    },
    open(sealed) {
      const [version, iv, tag, ciphertext] = sealed.split('.')
      if (version !== 'v1' || iv === undefined || tag === undefined || ciphertext === undefined) {
        throw new Error('Not a sealed value')
      }
      const decipher = crypto.createDecipheriv('aes-256-gcm', encryptionKey, Buffer.from(iv, 'base64url'))
      decipher.setAuthTag(Buffer.from(tag, 'base64url'))
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8')
    },
    lookupHash(value) {
      return crypto.createHmac('sha256', hashKey).update(value).digest('hex')
    },
    tokenMac(payload) {
      return crypto.createHmac('sha256', tokenKey).update(payload).digest().subarray(0, 16)
    },
  }
}
