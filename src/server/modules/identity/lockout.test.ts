import { describe, expect, it } from 'vitest'
import { lockState, lockUntilAfter } from './lockout.js'

describe('lockout policy', () => {
  const now = new Date('2026-11-23T10:00:00Z')

  it('lets the first four failures pass, then waits 1, 2, 4 … minutes, at most an hour', () => {
    expect(lockUntilAfter(4, now)).toBeNull()
    const minutes = [5, 6, 7, 12].map((n) => (lockUntilAfter(n, now)!.getTime() - now.getTime()) / 60_000)
    expect(minutes).toEqual([1, 2, 4, 60])
  })

  it('is locked for good from ten failures', () => {
    expect(lockState({ failed_attempts: 10, locked_until: null }, now)).toEqual({ kind: 'locked' })
    expect(lockState({ failed_attempts: 6, locked_until: new Date(now.getTime() + 1000) }, now).kind).toBe('delayed')
    expect(lockState({ failed_attempts: 6, locked_until: new Date(now.getTime() - 1000) }, now).kind).toBe('open')
  })
})
