/**
 * Quiet hours are a time window in Amsterdam (e.g. 21:00–08:00) in which non-urgent SMS and push
 * messages wait. `quietUntil` answers when a message may go: null (now) or the window's end.
 */
const amsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function amsterdamParts(at: Date) {
  const parts = Object.fromEntries(amsterdam.formatToParts(at).map((p) => [p.type, p.value]))
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) }
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

/** The instant of a wall-clock time on a date in Amsterdam. */
export function amsterdamInstant(date: string, time: string): Date {
  const guess = new Date(`${date}T${time}:00Z`)
  // Amsterdam is UTC+1 or UTC+2: correct the guess by the offset seen at that moment.
  for (let i = 0; i < 2; i++) {
    const seen = amsterdamParts(guess)
    const wanted = Date.parse(`${date}T${time}:00Z`)
    const shown = Date.parse(`${seen.date}T${String(Math.floor(seen.minutes / 60)).padStart(2, '0')}:${String(seen.minutes % 60).padStart(2, '0')}:00Z`)
    guess.setTime(guess.getTime() + (wanted - shown))
  }
  return guess
}

function nextDate(date: string): string {
  const d = new Date(`${date}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

export function quietUntil(now: Date, window: { quietFrom: string; quietUntil: string }): Date | null {
  const from = minutesOf(window.quietFrom)
  const until = minutesOf(window.quietUntil)
  if (from === until) return null
  const { date, minutes } = amsterdamParts(now)
  const overnight = from > until
  const inWindow = overnight ? minutes >= from || minutes < until : minutes >= from && minutes < until
  if (!inWindow) return null
  // Overnight windows end tomorrow when we are in the evening part.
  const endDate = overnight && minutes >= from ? nextDate(date) : date
  return amsterdamInstant(endDate, window.quietUntil)
}
