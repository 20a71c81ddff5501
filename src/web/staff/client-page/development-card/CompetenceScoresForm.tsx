import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { recordCompetenceAssessment } from '../../../endpoints/client-records';
import { todayIso } from '../../../i18n/format';
import { localLabel } from '../../../i18n/labels';
import { Button } from '../../../ui/Button';
import { LoadingText } from '../../../ui/LoadingText';
import { Select } from '../../../ui/Select';
import { TextField } from '../../../ui/TextField';
import type { FieldErrors } from '../../forms/field-errors';
import { useFormErrors } from '../../forms/form-errors';
import { FormProblems } from '../../forms/FormProblems';
import { useClientRecord } from '../client-record-context';
import { useRecordingMutation } from '../recording-mutation';

const fieldIds = { assessedOn: 'development-date', scores: 'development-score-0' };
type Field = keyof typeof fieldIds;

/** Scores from 1 to 5 per competence on one date; competences left empty are not scored. */
export function CompetenceScoresForm({ onRecorded }: { onRecorded: () => void }) {
  const { t, i18n } = useTranslation();
  const { page } = useClientRecord();
  const competences = page.developmentCard.competences;
  const [assessedOn, setAssessedOn] = useState(todayIso());
  const [scores, setScores] = useState<Record<string, string>>({});
  const form = useFormErrors(fieldIds);
  const mutation = useRecordingMutation(recordCompetenceAssessment, onRecorded);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const given = Object.fromEntries(
      Object.entries(scores)
        .filter(([, value]) => value !== '')
        .map(([code, value]) => [code, Number(value)]),
    );
    const found: FieldErrors<Field> = {};
    if (assessedOn === '') found.assessedOn = t('clientPage.development.errors.dateRequired');
    else if (assessedOn > todayIso()) found.assessedOn = t('fieldErrors.dateInFuture');
    if (Object.keys(given).length === 0) found.scores = t('clientPage.development.errors.scoresRequired');
    if (form.check(found)) mutation.mutate({ assessedOn, scores: given }, { onError: form.fromServer });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientPage.development.new.title')} className="koers-recording-form">
      <FormProblems summary={form.summary} failure={form.failure} />
      <TextField
        id={fieldIds.assessedOn}
        type="date"
        label={t('clientPage.development.fields.date')}
        max={todayIso()}
        value={assessedOn}
        onChange={(event) => { setAssessedOn(event.target.value); }}
        error={form.errors.assessedOn}
      />
      <fieldset className="koers-fieldset koers-fieldset--wide">
        <legend className="koers-fieldset__legend">{t('clientPage.development.fields.scores')}</legend>
        <p className="koers-field__description">{t('clientPage.development.fields.scoresDescription')}</p>
        {form.errors.scores !== undefined && <p className="koers-field__error">{form.errors.scores}</p>}
        <div className="koers-form-grid">
          {competences.map((competence, index) => (
            <Select
              key={competence.code}
              id={`development-score-${String(index)}`}
              label={localLabel(competence, i18n.language)}
              optional
              value={scores[competence.code] ?? ''}
              onChange={(event) => { setScores((current) => ({ ...current, [competence.code]: event.target.value })); }}
            >
              <option value="">{t('clientPage.development.fields.notScored')}</option>
              {[1, 2, 3, 4, 5].map((score) => (
                <option key={score} value={String(score)}>
                  {t(`clientPage.development.scale.${String(score) as '1'}`)}
                </option>
              ))}
            </Select>
          ))}
        </div>
      </fieldset>
      <Button type="submit">{t('clientPage.development.new.submit')}</Button>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
