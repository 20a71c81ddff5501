import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addStep } from '../../../endpoints/client-records';
import type { NewStep, PlanStep } from '../../../endpoints/client-types';
import { formatDate } from '../../../i18n/format';
import { localLabel } from '../../../i18n/labels';
import { Button } from '../../../ui/Button';
import { LoadingText } from '../../../ui/LoadingText';
import { Select } from '../../../ui/Select';
import { TextArea } from '../../../ui/TextArea';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../../forms/form-errors';
import { FormProblems } from '../../forms/FormProblems';
import { useClientRecord } from '../client-record-context';
import { useRecordingMutation } from '../recording-mutation';

const fieldIds = {
  description: 'new-step-description',
  responsible: 'new-step-responsible',
  dueDate: 'new-step-due-date',
  goalId: 'new-step-goal',
  interventionId: 'new-step-intervention',
};
const responsibles: readonly PlanStep['responsible'][] = ['client', 'coach', 'other'];

/** An agreed step: who does what by when, optionally under a goal and linked to an intervention. */
export function NewStepForm({ onAdded }: { onAdded: () => void }) {
  const { t, i18n } = useTranslation();
  const { page } = useClientRecord();
  const [description, setDescription] = useState('');
  const [responsible, setResponsible] = useState<PlanStep['responsible']>('client');
  const [dueDate, setDueDate] = useState('');
  const [goalId, setGoalId] = useState('');
  const [interventionId, setInterventionId] = useState('');
  const form = useFormErrors(fieldIds);
  const mutation = useRecordingMutation(addStep, onAdded);
  const openGoals = page.plan.goals.filter((goal) => goal.status === 'open');

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!form.check(description.trim() === '' ? { description: t('clientPage.plan.errors.stepRequired') } : {})) return;
    const step: NewStep = { description: description.trim(), responsible };
    if (dueDate !== '') step.dueDate = dueDate;
    if (goalId !== '') step.goalId = goalId;
    if (interventionId !== '') step.interventionId = interventionId;
    mutation.mutate(step, { onError: form.fromServer });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientPage.plan.newStep.title')} className="koers-recording-form">
      <FormProblems summary={form.summary} failure={form.failure} />
      <TextArea id={fieldIds.description} label={t('clientPage.plan.fields.step')} rows={2} maxLength={1000} value={description} onChange={(event) => { setDescription(event.target.value); }} error={form.errors.description} />
      <div className="koers-form-grid">
        <Select
          id={fieldIds.responsible}
          label={t('clientPage.plan.fields.responsible')}
          value={responsible}
          onChange={(event) => {
            const next = responsibles.find((candidate) => candidate === event.target.value);
            if (next !== undefined) setResponsible(next);
          }}
          error={form.errors.responsible}
        >
          {responsibles.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`clientPage.plan.responsible.${candidate}`)}
            </option>
          ))}
        </Select>
        <TextField id={fieldIds.dueDate} type="date" label={t('clientPage.plan.fields.dueDate')} optional value={dueDate} onChange={(event) => { setDueDate(event.target.value); }} error={form.errors.dueDate} />
        <Select id={fieldIds.goalId} label={t('clientPage.plan.fields.goalLink')} optional value={goalId} onChange={(event) => { setGoalId(event.target.value); }} error={form.errors.goalId}>
          <option value="">{t('clientPage.plan.fields.noGoal')}</option>
          {openGoals.map((goal) => (
            <option key={goal.id} value={goal.id}>
              {goal.description}
            </option>
          ))}
        </Select>
        <Select id={fieldIds.interventionId} label={t('clientPage.plan.fields.intervention')} optional value={interventionId} onChange={(event) => { setInterventionId(event.target.value); }} error={form.errors.interventionId}>
          <option value="">{t('clientPage.plan.fields.noIntervention')}</option>
          {page.interventions.map((intervention) => (
            <option key={intervention.id} value={intervention.id}>
              {localLabel(intervention, i18n.language)} ({formatDate(intervention.startDate)})
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" icon="plus">
        {t('clientPage.plan.newStep.submit')}
      </Button>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
