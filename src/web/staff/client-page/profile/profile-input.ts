import type { ProfileEntry, ProfileValue, ProfileValueType } from '../../../endpoints/client-types';

/** What a profile input holds: text for most types, a list for several-of. */
export type ProfileInput = { text: string; list: string[] };

type ParseError = 'clientPage.profile.errors.required' | 'clientPage.profile.errors.number';

export function profileInput(entry: ProfileEntry): ProfileInput {
  const { value } = entry;
  if (Array.isArray(value)) return { text: '', list: value };
  if (typeof value === 'boolean') return { text: value ? 'yes' : 'no', list: [] };
  if (value === null) return { text: '', list: [] };
  return { text: String(value), list: [] };
}

/** The value to send for what the user entered; null clears the value. */
export function parseProfileInput(type: ProfileValueType, input: ProfileInput): { value: ProfileValue | null; error?: ParseError } {
  const text = input.text.trim();
  switch (type) {
    case 'multi_choice':
      return { value: input.list.length === 0 ? null : input.list };
    case 'boolean':
      return text === '' ? { value: null, error: 'clientPage.profile.errors.required' } : { value: text === 'yes' };
    case 'number': {
      if (text === '') return { value: null, error: 'clientPage.profile.errors.required' };
      const number = Number(text.replace(',', '.'));
      return Number.isFinite(number) ? { value: number } : { value: null, error: 'clientPage.profile.errors.number' };
    }
    default:
      return text === '' ? { value: null, error: 'clientPage.profile.errors.required' } : { value: text };
  }
}
