import { fieldName, ProblemError } from '../../endpoints/problem';
import type { FieldErrorItem } from '../../ui/ErrorSummary';

/** Error messages per form field. */
export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

/** The error summary's items, in the order the fields appear in the form. */
export function summaryItems<Field extends string>(
  errors: FieldErrors<Field>,
  fieldIds: Record<Field, string>,
): FieldErrorItem[] {
  return (Object.keys(fieldIds) as Field[]).flatMap((field) => {
    const message = errors[field];
    return message === undefined ? [] : [{ fieldId: fieldIds[field], message }];
  });
}

/**
 * Splits a 400 answer's errors into those about known fields and the rest. When the server
 * sends several messages for one field, the first is kept.
 */
export function serverFieldErrors<Field extends string>(
  error: unknown,
  fieldIds: Record<Field, string>,
): { fields: FieldErrors<Field>; other: string[] } {
  const fields: FieldErrors<Field> = {};
  const other: string[] = [];
  if (!(error instanceof ProblemError)) return { fields, other };
  for (const fieldError of error.fieldErrors) {
    const name = fieldName(fieldError.field);
    if (Object.hasOwn(fieldIds, name)) {
      const field = name as Field;
      fields[field] ??= fieldError.message;
    } else if (fieldError.message !== '') {
      other.push(fieldError.message);
    }
  }
  return { fields, other };
}

export function hasErrors<Field extends string>(errors: FieldErrors<Field>): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}
