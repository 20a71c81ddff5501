import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import type { FieldErrors } from '../forms/field-errors';
import { useFormErrors } from '../forms/form-errors';
import { FormProblems } from '../forms/FormProblems';

const fieldIds = { day: 'register-day', location: 'register-location' };
type Field = keyof typeof fieldIds;

export interface RegisterFilterFormProps {
  day: string;
  location: string;
  onApply: (filter: { day: string; location: string }) => void;
}

/** The day of the register (today by default) and, if wanted, one location. */
export function RegisterFilterForm({ day, location, onApply }: RegisterFilterFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ day, location });
  const form = useFormErrors(fieldIds);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    if (values.day === '') found.day = t('attendance.filter.errors.dayRequired');
    if (!form.check(found)) return;
    onApply({ day: values.day, location: values.location.trim() });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('attendance.filter.label')} className="koers-register-filter">
      <FormProblems summary={form.summary} failure={form.failure} />
      <div className="koers-register-filter__row">
        <TextField id={fieldIds.day} type="date" label={t('attendance.filter.day')} value={values.day} onChange={(event) => { setValues((current) => ({ ...current, day: event.target.value })); }} error={form.errors.day} />
        <TextField
          id={fieldIds.location}
          label={t('attendance.filter.location')}
          description={t('attendance.filter.locationDescription')}
          optional
          maxLength={200}
          value={values.location}
          onChange={(event) => { setValues((current) => ({ ...current, location: event.target.value })); }}
        />
        <Button type="submit">{t('attendance.filter.submit')}</Button>
      </div>
    </form>
  );
}
