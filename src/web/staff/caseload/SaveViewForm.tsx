import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../../endpoints/problem';
import { Button } from '../../ui/Button';
import { LoadingText } from '../../ui/LoadingText';
import { TextField } from '../../ui/TextField';
import type { FieldErrors } from '../forms/field-errors';
import { useFormErrors } from '../forms/form-errors';
import { FormProblems } from '../forms/FormProblems';
import type { CaseloadFilters } from './caseload-filters';
import { useSaveViewMutation } from './view-mutations';

const fieldIds = { name: 'caseload-view-name' };
type Field = keyof typeof fieldIds;

export interface SaveViewFormProps {
  filters: CaseloadFilters;
  onSaved: (name: string) => void;
}

/** Stores the filters now applied under a name of the coach's choosing. */
export function SaveViewForm({ filters, onSaved }: SaveViewFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const form = useFormErrors(fieldIds);
  const mutation = useSaveViewMutation();

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: FieldErrors<Field> = {};
    if (name.trim() === '') found.name = t('caseload.views.save.errors.nameRequired');
    if (!form.check(found)) return;
    mutation.mutate(
      { name: name.trim(), filters },
      {
        onSuccess: (view) => { onSaved(view.name); },
        onError: (error) => {
          if (isProblem(error, 409) && error.code === 'view-name-taken') form.check({ name: t('caseload.views.save.errors.nameTaken') });
          else form.fromServer(error);
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('caseload.views.save.summary')}>
      <FormProblems summary={form.summary} failure={form.failure} />
      <TextField
        id={fieldIds.name}
        label={t('caseload.views.save.name')}
        description={t('caseload.views.save.nameDescription')}
        value={name}
        onChange={(event) => { setName(event.target.value); }}
        error={form.errors.name}
        maxLength={80}
        autoComplete="off"
      />
      <Button type="submit">{t('caseload.views.save.submit')}</Button>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
