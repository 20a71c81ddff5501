import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeIntervention } from '../../../endpoints/client-records';
import type { Intervention, InterventionChange } from '../../../endpoints/client-types';
import { formatDate, todayIso } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { LoadingText } from '../../../ui/LoadingText';
import { Select } from '../../../ui/Select';
import { TextArea } from '../../../ui/TextArea';
import { TextField } from '../../../ui/TextField';
import type { FieldErrors } from '../../forms/field-errors';
import { useFormErrors } from '../../forms/form-errors';
import { FormProblems } from '../../forms/FormProblems';
import { useRecordingMutation } from '../recording-mutation';
import { interventionOutcomes, isInterventionOutcome } from './intervention-values';

const fieldIds = { endDate: 'complete-intervention-end', outcome: 'complete-intervention-outcome', outcomeNote: 'complete-intervention-note' };
type Field = keyof typeof fieldIds;

export interface CompleteInterventionFormProps {
  intervention: Intervention;
  onCancel: () => void;
  onCompleted: () => void;
}

/** Completes an intervention with its end date and outcome. */
export function CompleteInterventionForm({ intervention, onCancel, onCompleted }: CompleteInterventionFormProps) {
  const { t } = useTranslation();
  const [endDate, setEndDate] = useState(todayIso());
  const [outcome, setOutcome] = useState('');
  const [outcomeNote, setOutcomeNote] = useState('');
  const form = useFormErrors(fieldIds);
  const mutation = useRecordingMutation(
    (clientId: string, change: InterventionChange) => changeIntervention(clientId, intervention.id, change),
    onCompleted,
  );

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: FieldErrors<Field> = {};
    if (endDate === '') found.endDate = t('fieldErrors.endDateRequired');
    else if (endDate < intervention.startDate) found.endDate = t('fieldErrors.endBeforeStart');
    if (!isInterventionOutcome(outcome)) found.outcome = t('clientPage.interventions.errors.outcomeRequired');
    if (!form.check(found) || !isInterventionOutcome(outcome)) return;
    const change: InterventionChange = { status: 'completed', endDate, outcome };
    if (outcomeNote.trim() !== '') change.outcomeNote = outcomeNote.trim();
    mutation.mutate(change, { onError: form.fromServer });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientPage.interventions.complete.button')}>
      <FormProblems summary={form.summary} failure={form.failure} />
      <TextField
        id={fieldIds.endDate}
        type="date"
        label={t('clientPage.interventions.fields.end')}
        description={t('clientPage.interventions.complete.startedOn', { date: formatDate(intervention.startDate) })}
        min={intervention.startDate}
        value={endDate}
        onChange={(event) => { setEndDate(event.target.value); }}
        error={form.errors.endDate}
      />
      <Select id={fieldIds.outcome} label={t('clientPage.interventions.fields.outcome')} value={outcome} onChange={(event) => { setOutcome(event.target.value); }} error={form.errors.outcome}>
        <option value="">{t('clientPage.interventions.fields.chooseOutcome')}</option>
        {interventionOutcomes.map((candidate) => (
          <option key={candidate} value={candidate}>
            {t(`clientPage.interventions.outcome.${candidate}`)}
          </option>
        ))}
      </Select>
      <TextArea id={fieldIds.outcomeNote} label={t('clientPage.interventions.fields.outcomeNote')} optional rows={2} maxLength={2000} value={outcomeNote} onChange={(event) => { setOutcomeNote(event.target.value); }} error={form.errors.outcomeNote} />
      <div className="koers-button-group">
        <Button type="submit">{t('clientPage.interventions.complete.submit')}</Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
