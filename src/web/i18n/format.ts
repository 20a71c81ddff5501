/** Date and time in the user's language, e.g. "3 mrt 2025, 14:05". Unreadable input is returned as is. */
export function formatDateTime(value: string, locale: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A list such as "coach, editor en manager", in the user's language. */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** The time zone Koers shows dates and times in, wherever the browser is. */
export const displayTimeZone = 'Europe/Amsterdam';

/** A calendar date (YYYY-MM-DD) as dd-mm-jjjj; unreadable input is returned as is. */
export function formatDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match === null ? value : `${match[3] ?? ''}-${match[2] ?? ''}-${match[1] ?? ''}`;
}

function amsterdamParts(value: string): Record<string, string> | null {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: displayTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}

/** The Amsterdam calendar date of a moment, as dd-mm-jjjj. */
export function formatMomentDate(value: string): string {
  const p = amsterdamParts(value);
  return p === null ? value : `${p.day ?? ''}-${p.month ?? ''}-${p.year ?? ''}`;
}

/** A moment as dd-mm-jjjj hh:mm in Amsterdam time. */
export function formatMoment(value: string): string {
  const p = amsterdamParts(value);
  return p === null ? value : `${p.day ?? ''}-${p.month ?? ''}-${p.year ?? ''} ${p.hour ?? ''}:${p.minute ?? ''}`;
}

/** Today in Amsterdam, as YYYY-MM-DD (the form date inputs and the API use). */
export function todayIso(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: displayTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from today to a calendar date: negative when it has passed. */
export function daysFromToday(date: string, today: string = todayIso()): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
