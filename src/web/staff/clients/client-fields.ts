import type { NewClient } from '../../endpoints/client-types';

/** The fields of the new-client form as the inputs hold them: all text. */
export interface NewClientValues {
  firstNames: string;
  initials: string;
  tussenvoegsel: string;
  surname: string;
  dateOfBirth: string;
  bsn: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  phone: string;
  email: string;
  preferredLanguage: string;
  preferredChannel: NonNullable<NewClient['preferredChannel']>;
  intakeDate: string;
}

export const emptyNewClient: NewClientValues = {
  firstNames: '',
  initials: '',
  tussenvoegsel: '',
  surname: '',
  dateOfBirth: '',
  bsn: '',
  street: '',
  houseNumber: '',
  postcode: '',
  city: '',
  phone: '',
  email: '',
  preferredLanguage: 'nl',
  preferredChannel: 'app',
  intakeDate: '',
};

const optionalText = [
  'initials',
  'tussenvoegsel',
  'dateOfBirth',
  'bsn',
  'street',
  'houseNumber',
  'postcode',
  'city',
  'phone',
  'email',
  'intakeDate',
] as const;

/** The request body: empty fields left out, the rest trimmed. */
export function toNewClient(values: NewClientValues): NewClient {
  const client: NewClient = {
    firstNames: values.firstNames.trim(),
    surname: values.surname.trim(),
    preferredLanguage: values.preferredLanguage,
    preferredChannel: values.preferredChannel,
  };
  for (const key of optionalText) {
    const value = values[key].trim();
    if (value !== '') client[key] = key === 'bsn' ? value.replace(/[\s.-]/g, '') : value;
  }
  return client;
}
