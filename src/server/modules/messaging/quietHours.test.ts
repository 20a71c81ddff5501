import { describe, expect, it } from 'vitest'
import { amsterdamInstant, quietUntil } from './quietHours.js'

const window = { quietFrom: '21:00', quietUntil: '08:00' }

describe('quiet hours', () => {
  it('lets a message go during the day', () => {
    expect(quietUntil(amsterdamInstant('2026-11-23', '14:30'), window)).toBeNull()
    expect(quietUntil(amsterdamInstant('2026-11-23', '08:00'), window)).toBeNull()
  })

  it('holds an evening message until eight the next morning, in winter and summer time', () => {
    expect(quietUntil(amsterdamInstant('2026-11-23', '22:15'), window)?.toISOString()).toBe('2026-11-24T07:00:00.000Z')
    expect(quietUntil(amsterdamInstant('2026-07-01', '21:00'), window)?.toISOString()).toBe('2026-07-02T06:00:00.000Z')
  })

  it('holds a message in the small hours until eight the same morning', () => {
    expect(quietUntil(amsterdamInstant('2026-11-24', '03:10'), window)?.toISOString()).toBe('2026-11-24T07:00:00.000Z')
  })

  it('knows the night the clocks go back', () => {
    // 25 October 2026: summer time ends at 03:00; eight o'clock is then UTC+1.
    expect(quietUntil(amsterdamInstant('2026-10-24', '23:00'), window)?.toISOString()).toBe('2026-10-25T07:00:00.000Z')
  })

  it('takes a window within one day', () => {
    const lunch = { quietFrom: '12:00', quietUntil: '13:00' }
    expect(quietUntil(amsterdamInstant('2026-11-23', '12:30'), lunch)?.toISOString()).toBe('2026-11-23T12:00:00.000Z')
    expect(quietUntil(amsterdamInstant('2026-11-23', '13:30'), lunch)).toBeNull()
  })
})
