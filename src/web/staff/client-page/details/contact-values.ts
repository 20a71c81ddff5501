import type { ClientDetails, ContactChange } from '../../../endpoints/client-types';

/** The contact form's fields as the inputs hold them. */
export interface ContactValues {
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  phone: string;
  email: string;
  preferredLanguage: string;
  preferredChannel: ClientDetails['preferredChannel'];
  outflowDate: string;
  outflowReason: string;
}

const nullableKeys = ['street', 'houseNumber', 'postcode', 'city', 'phone', 'email', 'outflowDate', 'outflowReason'] as const;

export function contactValues(client: ClientDetails): ContactValues {
  return {
    street: client.address.street ?? '',
    houseNumber: client.address.houseNumber ?? '',
    postcode: client.address.postcode ?? '',
    city: client.address.city ?? '',
    phone: client.phone ?? '',
    email: client.email ?? '',
    preferredLanguage: client.preferredLanguage,
    preferredChannel: client.preferredChannel,
    outflowDate: client.outflowDate ?? '',
    outflowReason: client.outflowReason ?? '',
  };
}

/** Only what changed: an emptied field becomes null (cleared). */
export function contactChange(before: ContactValues, after: ContactValues): ContactChange {
  const change: ContactChange = {};
  for (const key of nullableKeys) {
    const value = after[key].trim();
    if (value !== before[key].trim()) change[key] = value === '' ? null : value;
  }
  if (after.preferredLanguage !== before.preferredLanguage) change.preferredLanguage = after.preferredLanguage;
  if (after.preferredChannel !== before.preferredChannel) change.preferredChannel = after.preferredChannel;
  return change;
}
