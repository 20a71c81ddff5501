import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { registerIntervention } from '../../../endpoints/client-records';
import type { InterventionStatus, NewIntervention } from '../../../endpoints/client-types';
import { todayIso } from '../../../i18n/format';
import { localLabel } from '../../../i18n/labels';
import { problemMessage } from '../../../i18n/problem-message';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { LoadingText } from '../../../ui/LoadingText';
import { Select } from '../../../ui/Select';
import { TextArea } from '../../../ui/TextArea';
import { TextField } from '../../../ui/TextField';
import { useClientSettingsQuery } from '../../client-settings/client-settings-queries';
import type { FieldErrors } from '../../forms/field-errors';
import { useFormErrors } from '../../forms/form-errors';
import { FormProblems } from '../../forms/FormProblems';
import { useRecordingMutation } from '../recording-mutation';
import { interventionOutcomes, interventionStatuses, isInterventionOutcome, isInterventionStatus, takesOutcome } from './intervention-values';

const fieldIds = {
  typeCode: 'new-intervention-type',
  status: 'new-intervention-status',
  startDate: 'new-intervention-start',
  endDate: 'new-intervention-end',
  outcome: 'new-intervention-outcome',
  outcomeNote: 'new-intervention-outcome-note',
};
type Field = keyof typeof fieldIds;

/** Registers an intervention from the organisation's catalogue. */
export function NewInterventionForm({ onRecorded }: { onRecorded: () => void }) {
  const { t, i18n } = useTranslation();
  const settings = useClientSettingsQuery();
  const catalogue = (settings.data?.interventionTypes ?? []).filter((type) => type.active);
  const categories = [...new Set(catalogue.map((type) => type.category))];
  const [typeCode, setTypeCode] = useState('');
  const [status, setStatus] = useState<InterventionStatus>('active');
  const [startDate, setStartDate] = useState(todayIso());
  const [endDate, setEndDate] = useState('');
  const [outcome, setOutcome] = useState('');
  const [outcomeNote, setOutcomeNote] = useState('');
  const form = useFormErrors(fieldIds);
  const mutation = useRecordingMutation(registerIntervention, onRecorded);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: FieldErrors<Field> = {};
    if (typeCode === '') found.typeCode = t('clientPage.interventions.errors.typeRequired');
    if (startDate === '') found.startDate = t('clientPage.interventions.errors.startRequired');
    if (status === 'completed' && endDate === '') found.endDate = t('fieldErrors.endDateRequired');
    if (endDate !== '' && startDate !== '' && endDate < startDate) found.endDate = t('fieldErrors.endBeforeStart');
    if (!form.check(found)) return;
    const intervention: NewIntervention = { typeCode, status, startDate };
    if (endDate !== '') intervention.endDate = endDate;
    if (takesOutcome(status) && isInterventionOutcome(outcome)) intervention.outcome = outcome;
    if (takesOutcome(status) && outcomeNote.trim() !== '') intervention.outcomeNote = outcomeNote.trim();
    mutation.mutate(intervention, { onError: form.fromServer });
  };

  if (settings.isPending) return <LoadingText />;
  if (settings.isError) return <Alert type="error">{problemMessage(settings.error, t).message}</Alert>;

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientPage.interventions.new.title')} className="koers-recording-form">
      <FormProblems summary={form.summary} failure={form.failure} />
      <div className="koers-form-grid">
        <Select id={fieldIds.typeCode} label={t('clientPage.interventions.fields.type')} value={typeCode} onChange={(event) => { setTypeCode(event.target.value); }} error={form.errors.typeCode}>
          <option value="">{t('clientPage.interventions.fields.chooseType')}</option>
          {categories.map((category) => (
            <optgroup key={category} label={category}>
              {catalogue
                .filter((type) => type.category === category)
                .map((type) => (
                  <option key={type.code} value={type.code}>
                    {localLabel(type, i18n.language)}
                  </option>
                ))}
            </optgroup>
          ))}
        </Select>
        <Select
          id={fieldIds.status}
          label={t('clientPage.interventions.fields.status')}
          value={status}
          onChange={(event) => { if (isInterventionStatus(event.target.value)) setStatus(event.target.value); }}
          error={form.errors.status}
        >
          {interventionStatuses.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`clientPage.interventions.status.${candidate}`)}
            </option>
          ))}
        </Select>
        <TextField id={fieldIds.startDate} type="date" label={t('clientPage.interventions.fields.start')} value={startDate} onChange={(event) => { setStartDate(event.target.value); }} error={form.errors.startDate} />
        <TextField
          id={fieldIds.endDate}
          type="date"
          label={t('clientPage.interventions.fields.end')}
          optional={status !== 'completed'}
          value={endDate}
          onChange={(event) => { setEndDate(event.target.value); }}
          error={form.errors.endDate}
        />
        {takesOutcome(status) && (
          <Select id={fieldIds.outcome} label={t('clientPage.interventions.fields.outcome')} optional value={outcome} onChange={(event) => { setOutcome(event.target.value); }} error={form.errors.outcome}>
            <option value="">{t('clientPage.interventions.fields.noOutcome')}</option>
            {interventionOutcomes.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`clientPage.interventions.outcome.${candidate}`)}
              </option>
            ))}
          </Select>
        )}
      </div>
      {takesOutcome(status) && (
        <TextArea id={fieldIds.outcomeNote} label={t('clientPage.interventions.fields.outcomeNote')} optional rows={2} maxLength={2000} value={outcomeNote} onChange={(event) => { setOutcomeNote(event.target.value); }} error={form.errors.outcomeNote} />
      )}
      <Button type="submit">{t('clientPage.interventions.new.submit')}</Button>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
