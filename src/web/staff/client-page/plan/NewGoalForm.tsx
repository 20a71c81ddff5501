import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addGoal } from '../../../endpoints/client-records';
import type { NewGoal } from '../../../endpoints/client-types';
import { Button } from '../../../ui/Button';
import { LoadingText } from '../../../ui/LoadingText';
import { TextArea } from '../../../ui/TextArea';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../../forms/form-errors';
import { FormProblems } from '../../forms/FormProblems';
import { useRecordingMutation } from '../recording-mutation';

const fieldIds = { description: 'new-goal-description', targetDate: 'new-goal-target-date' };

export function NewGoalForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const [description, setDescription] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const form = useFormErrors(fieldIds);
  const mutation = useRecordingMutation(addGoal, onAdded);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!form.check(description.trim() === '' ? { description: t('clientPage.plan.errors.goalRequired') } : {})) return;
    const goal: NewGoal = { description: description.trim() };
    if (targetDate !== '') goal.targetDate = targetDate;
    mutation.mutate(goal, { onError: form.fromServer });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientPage.plan.newGoal.title')} className="koers-recording-form">
      <FormProblems summary={form.summary} failure={form.failure} />
      <TextArea id={fieldIds.description} label={t('clientPage.plan.fields.goal')} rows={2} maxLength={1000} value={description} onChange={(event) => { setDescription(event.target.value); }} error={form.errors.description} />
      <TextField id={fieldIds.targetDate} type="date" label={t('clientPage.plan.fields.targetDate')} optional value={targetDate} onChange={(event) => { setTargetDate(event.target.value); }} error={form.errors.targetDate} />
      <Button type="submit" icon="plus">
        {t('clientPage.plan.newGoal.submit')}
      </Button>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
