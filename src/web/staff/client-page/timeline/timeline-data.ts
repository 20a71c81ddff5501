/** Reading the free-form data of a timeline entry safely. */

export type EntryData = Record<string, unknown>;

export function text(data: EntryData, key: string): string | null {
  const value = data[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

export function count(data: EntryData, key: string): number | null {
  const value = data[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function list(data: EntryData, key: string): string[] {
  const value = data[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function nested(data: EntryData, key: string): EntryData {
  const value = data[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as EntryData) : {};
}

/** A long text cut to a readable excerpt. */
export function excerpt(value: string, length = 80): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}
