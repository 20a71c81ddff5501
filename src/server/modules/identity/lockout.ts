/**
 * After five failed attempts in a row (password or second factor) an account waits before the
 * next try, twice as long each time (1, 2, 4 … minutes, at most an hour); after ten it stays
 * locked until an admin unlocks it.
 */
export const delayAfterFailures = 5
export const lockAfterFailures = 10

export function lockUntilAfter(failedAttempts: number, now: Date): Date | null {
  if (failedAttempts < delayAfterFailures) return null
  const minutes = Math.min(2 ** (failedAttempts - delayAfterFailures), 60)
  return new Date(now.getTime() + minutes * 60_000)
}

export type LockState = { kind: 'open' } | { kind: 'delayed'; until: Date } | { kind: 'locked' }

export function lockState(user: { failed_attempts: number; locked_until: Date | null }, now = new Date()): LockState {
  if (user.failed_attempts >= lockAfterFailures) return { kind: 'locked' }
  if (user.locked_until !== null && user.locked_until > now) return { kind: 'delayed', until: user.locked_until }
  return { kind: 'open' }
}
