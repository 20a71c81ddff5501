import type { TFunction } from 'i18next';
import { fieldName, ProblemError } from '../../endpoints/problem';
import { problemMessage } from '../../i18n/problem-message';
import type { FieldErrors } from './field-errors';

/** Server messages about a field (English, stable) and what the user reads instead. */
const knownMessages: [RegExp, (t: TFunction) => string][] = [
  [/valid BSN|\{8,9\}/, (t) => t('fieldErrors.bsn')],
  [/Dutch postcode/, (t) => t('fieldErrors.postcode')],
  [/phone number/, (t) => t('fieldErrors.phone')],
  [/in the future/, (t) => t('fieldErrors.dateInFuture')],
  [/before 1900/, (t) => t('fieldErrors.dateBefore1900')],
  [/lies before/, (t) => t('fieldErrors.endBeforeStart')],
  [/required when completed/, (t) => t('fieldErrors.endDateRequired')],
  [/needs status completed/, (t) => t('fieldErrors.outcomeTooEarly')],
  [/is required|fewer than 1 characters/, (t) => t('fieldErrors.required')],
  [/format "date"/, (t) => t('fieldErrors.date')],
  [/format "email"/, (t) => t('fieldErrors.email')],
  [/more than \d+ characters/, (t) => t('fieldErrors.tooLong')],
  [/fewer than \d+ characters/, (t) => t('fieldErrors.tooShort')],
  [/must be a number/, (t) => t('fieldErrors.number')],
];

/** A server message about a field, in the user's language where Koers knows it. */
export function fieldErrorMessage(message: string, t: TFunction): string {
  const known = knownMessages.find(([pattern]) => pattern.test(message));
  return known === undefined ? message : known[1](t);
}

/**
 * A failed call's errors per form field, in the user's language, and a general message for
 * the rest. Problems the server answers for a field by code (such as a planned end before the
 * start) get the translated message of that code.
 */
export function translatedFieldErrors<Field extends string>(
  error: unknown,
  fieldIds: Record<Field, string>,
  t: TFunction,
): { fields: FieldErrors<Field>; other: string | null } {
  const fields: FieldErrors<Field> = {};
  if (!(error instanceof ProblemError)) return { fields, other: problemMessage(error, t).message };
  const translatedCode = error.code !== 'invalid-input' && error.code !== 'unexpected-response';
  const leftOver: string[] = [];
  for (const fieldError of error.fieldErrors) {
    const name = fieldName(fieldError.field);
    const message = translatedCode ? problemMessage(error, t).message : fieldErrorMessage(fieldError.message, t);
    if (Object.hasOwn(fieldIds, name)) fields[name as Field] ??= message;
    else leftOver.push(message);
  }
  const other =
    error.fieldErrors.length === 0 || leftOver.length > 0
      ? (leftOver[0] ?? problemMessage(error, t).message)
      : null;
  return { fields, other };
}
