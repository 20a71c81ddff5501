import { amsterdamMoment } from '../../i18n/amsterdam-time';

/** The calendar day after a YYYY-MM-DD date. */
function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** A hand-over "up to and including" a day ends when the next day starts in Amsterdam. */
export function endOfDay(date: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? amsterdamMoment(nextDay(date), '00:00') : null;
}
