import { displayTimeZone } from './format';

function wallClock(moment: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: displayTimeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(moment)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`, time: `${parts.hour ?? ''}:${parts.minute ?? ''}` };
}

/** Now in Amsterdam as YYYY-MM-DDTHH:MM, the value of a datetime-local input. */
export function amsterdamLocalNow(now: Date = new Date()): string {
  const { date, time } = wallClock(now);
  return `${date}T${time}`;
}

/** The hour and minute (HH:MM) of a moment in Amsterdam. */
export function amsterdamTime(value: string): string {
  const moment = new Date(value);
  return Number.isNaN(moment.getTime()) ? '' : wallClock(moment).time;
}

/**
 * A date and time on the clock in Amsterdam (YYYY-MM-DD and HH:MM) as a moment (ISO 8601, UTC),
 * summer time included; null when either is unreadable.
 */
export function amsterdamMoment(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (d === null || t === null) return null;
  const asUtc = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  // The clock in Amsterdam runs ahead of UTC by an offset that depends on the date.
  const shown = wallClock(new Date(asUtc));
  const shownUtc = Date.parse(`${shown.date}T${shown.time}:00Z`);
  const offset = shownUtc - asUtc;
  const moment = new Date(asUtc - offset);
  return Number.isNaN(moment.getTime()) ? null : moment.toISOString();
}

/** A datetime-local value (YYYY-MM-DDTHH:MM) read as Amsterdam time. */
export function amsterdamLocalToMoment(local: string): string | null {
  const [date = '', time = ''] = local.split('T');
  return amsterdamMoment(date, time.slice(0, 5));
}
