import { displayTimeZone } from '../i18n/format';
import { localLabel } from '../i18n/labels';
import type { MyRecord } from './my-record-api';

/** Dates in words, as people say them: "12 januari 2026". */
export function longDate(iso: string | null, language: string): string {
  if (iso === null) return '';
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A moment in words, in Amsterdam time: "3 maart 2026 om 14:05". */
export function longMoment(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: displayTimeZone }).format(date);
}

type ProfileEntry = MyRecord['situation']['profile'][number];

/** A profile value as words: the option's label, yes or no, a date, or the number or text. */
export function profileValueText(entry: ProfileEntry, language: string, yesNo: (value: boolean) => string): string {
  const option = (value: string) => {
    const found = entry.options.find((o) => o.value === value);
    return found === undefined ? value : localLabel(found, language);
  };
  const value = entry.value;
  if (Array.isArray(value)) return new Intl.ListFormat(language, { type: 'conjunction' }).format(value.map(option));
  if (typeof value === 'boolean') return yesNo(value);
  if (typeof value === 'number') return new Intl.NumberFormat(language).format(value);
  return entry.valueType === 'date' ? longDate(value, language) : option(value);
}
