import { hash, verify } from '@node-rs/argon2'

// argon2id (the library's default algorithm) with OWASP's recommended minimum cost.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 }

export const minimumPasswordLength = 12

export function hashPassword(password: string): Promise<string> {
  return hash(password, options)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

/** Spends the same time as a real check, so a wrong user name is not faster than a wrong password. */
let dummyHash: Promise<string> | null = null
export async function verifyAgainstNothing(password: string): Promise<void> {
  dummyHash ??= hashPassword('koers-no-such-user-password')
  await verifyPassword(await dummyHash, password)
}
