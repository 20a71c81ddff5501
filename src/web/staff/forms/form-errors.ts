import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrors, summaryItems, type FieldErrors } from './field-errors';
import { translatedFieldErrors } from './server-field-errors';

/**
 * A form's problems: messages per field (checked before sending, or from the server's answer),
 * the error summary's items, and a general message for what is about no field.
 */
export function useFormErrors<Field extends string>(fieldIds: Record<Field, string>) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const summary = useMemo(() => summaryItems(errors, fieldIds), [errors, fieldIds]);

  /** Shows the problems found before sending; true when there are none. */
  const check = useCallback((found: FieldErrors<Field>): boolean => {
    setErrors(found);
    setFailure(null);
    return !hasErrors(found);
  }, []);

  /** Shows a failed call's problems, per field where the server names one. */
  const fromServer = useCallback(
    (error: unknown): void => {
      const translated = translatedFieldErrors(error, fieldIds, t);
      setErrors(translated.fields);
      setFailure(translated.other);
    },
    [fieldIds, t],
  );

  return { errors, failure, summary, check, fromServer };
}
