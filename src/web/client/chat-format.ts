import { displayTimeZone } from '../i18n/format';

const dayOf = (moment: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: displayTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);

/** When a chat message was sent: the time today ("14:05"), else the day too ("3 dec. 14:05"). */
export function formatChatTime(value: string, locale: string, now: Date = new Date()): string {
  const moment = new Date(value);
  if (Number.isNaN(moment.getTime())) return value;
  const sameDay = dayOf(moment) === dayOf(now);
  return new Intl.DateTimeFormat(locale, {
    timeZone: displayTimeZone,
    ...(sameDay ? {} : { day: 'numeric', month: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(moment);
}

/** The last day of a period that ends at `endsAt` (the start of the next day): "2 december". */
export function formatLastDay(endsAt: string, locale: string): string {
  const moment = new Date(Date.parse(endsAt) - 60_000);
  if (Number.isNaN(moment.getTime())) return endsAt;
  return new Intl.DateTimeFormat(locale, { timeZone: displayTimeZone, day: 'numeric', month: 'long' }).format(moment);
}
