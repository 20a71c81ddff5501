import type { NewClient } from '../../../common/api/clients.js'
import type { FieldError } from '../../http/problem.js'
import { normaliseBsn, normalisePhone, normalisePostcode, todayInAmsterdam } from './dutchFormats.js'

export interface ClientFields {
  clientNumber: string | null
  initials: string | null
  firstNames: string
  tussenvoegsel: string | null
  surname: string
  dateOfBirth: string | null
  bsn: string | null
  street: string | null
  houseNumber: string | null
  postcode: string | null
  city: string | null
  phone: string | null
  email: string | null
  preferredLanguage: string
  preferredChannel: 'app' | 'sms' | 'email' | 'letter'
  intakeDate: string | null
}

const blank = (value: string | undefined | null) => {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}

/**
 * Checks and normalises a new client the same way for the API and for imports: a valid BSN
 * (elfproef), a Dutch postcode, a phone number that becomes E.164, no birth in the future.
 */
export function normaliseClientInput(input: NewClient, today = todayInAmsterdam()): { value: ClientFields | null; errors: FieldError[] } {
  const errors: FieldError[] = []
  const bsnText = blank(input.bsn)
  const bsn = bsnText === null ? null : normaliseBsn(bsnText)
  if (bsnText !== null && bsn === null) errors.push({ field: 'bsn', message: 'is not a valid BSN (elfproef)' })
  const postcodeText = blank(input.postcode)
  const postcode = postcodeText === null ? null : normalisePostcode(postcodeText)
  if (postcodeText !== null && postcode === null) errors.push({ field: 'postcode', message: 'is not a Dutch postcode (1234 AB)' })
  const phoneText = blank(input.phone)
  const phone = phoneText === null ? null : normalisePhone(phoneText)
  if (phoneText !== null && phone === null) errors.push({ field: 'phone', message: 'is not a phone number' })
  const dateOfBirth = blank(input.dateOfBirth)
  if (dateOfBirth !== null && dateOfBirth > today) errors.push({ field: 'dateOfBirth', message: 'lies in the future' })
  if (dateOfBirth !== null && dateOfBirth < '1900-01-02') errors.push({ field: 'dateOfBirth', message: 'is before 1900' })
  const firstNames = blank(input.firstNames)
  const surname = blank(input.surname)
  if (firstNames === null) errors.push({ field: 'firstNames', message: 'is required' })
  if (surname === null) errors.push({ field: 'surname', message: 'is required' })
  if (errors.length > 0) return { value: null, errors }
  return {
    value: {
      clientNumber: blank(input.clientNumber),
      initials: blank(input.initials),
      firstNames: firstNames!,
      tussenvoegsel: blank(input.tussenvoegsel)?.toLowerCase() ?? null,
      surname: surname!,
      dateOfBirth,
      bsn,
      street: blank(input.street),
      houseNumber: blank(input.houseNumber),
      postcode,
      city: blank(input.city),
      phone,
      email: blank(input.email)?.toLowerCase() ?? null,
      preferredLanguage: input.preferredLanguage ?? 'nl',
      preferredChannel: input.preferredChannel ?? 'app',
      intakeDate: blank(input.intakeDate),
    },
    errors,
  }
}
