import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { recordDiagnosis } from '../../../endpoints/client-records';
import type { NewDiagnosis } from '../../../endpoints/client-types';
import { todayIso } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { LoadingText } from '../../../ui/LoadingText';
import { TextArea } from '../../../ui/TextArea';
import { TextField } from '../../../ui/TextField';
import type { FieldErrors } from '../../forms/field-errors';
import { useFormErrors } from '../../forms/form-errors';
import { FormProblems } from '../../forms/FormProblems';
import { useRecordingMutation } from '../recording-mutation';
import { livingSituationTopics, type LivingSituationTopic } from './living-situation';

const fieldIds = {
  assessedOn: 'diagnosis-date',
  source: 'diagnosis-source',
  skills: 'diagnosis-skills',
  livingSituation: 'diagnosis-housing',
  summary: 'diagnosis-summary',
};
type Field = keyof typeof fieldIds;

/** A new diagnosis: the date, skills (one per line), the living situation per topic, a summary. */
export function DiagnosisForm({ onRecorded }: { onRecorded: () => void }) {
  const { t } = useTranslation();
  const [assessedOn, setAssessedOn] = useState(todayIso());
  const [source, setSource] = useState('');
  const [skills, setSkills] = useState('');
  const [situation, setSituation] = useState<Partial<Record<LivingSituationTopic, string>>>({});
  const [summary, setSummary] = useState('');
  const form = useFormErrors(fieldIds);
  const mutation = useRecordingMutation(recordDiagnosis, onRecorded);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: FieldErrors<Field> = {};
    if (assessedOn === '') found.assessedOn = t('clientPage.diagnosis.errors.dateRequired');
    else if (assessedOn > todayIso()) found.assessedOn = t('fieldErrors.dateInFuture');
    if (!form.check(found)) return;
    const livingSituation: Record<string, string> = {};
    for (const topic of livingSituationTopics) {
      const value = situation[topic]?.trim() ?? '';
      if (value !== '') livingSituation[topic] = value;
    }
    const diagnosis: NewDiagnosis = {
      assessedOn,
      skills: skills.split('\n').map((skill) => skill.trim()).filter((skill) => skill !== ''),
      livingSituation,
    };
    if (source.trim() !== '') diagnosis.source = source.trim();
    if (summary.trim() !== '') diagnosis.summary = summary.trim();
    mutation.mutate(diagnosis, { onError: form.fromServer });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientPage.diagnosis.new.title')} className="koers-recording-form">
      <FormProblems summary={form.summary} failure={form.failure} />
      <div className="koers-form-grid">
        <TextField
          id={fieldIds.assessedOn}
          type="date"
          label={t('clientPage.diagnosis.fields.date')}
          max={todayIso()}
          value={assessedOn}
          onChange={(event) => { setAssessedOn(event.target.value); }}
          error={form.errors.assessedOn}
        />
        <TextField
          id={fieldIds.source}
          label={t('clientPage.diagnosis.fields.source')}
          description={t('clientPage.diagnosis.fields.sourceDescription')}
          optional
          maxLength={40}
          value={source}
          onChange={(event) => { setSource(event.target.value); }}
          error={form.errors.source}
        />
      </div>
      <TextArea
        id={fieldIds.skills}
        label={t('clientPage.diagnosis.fields.skills')}
        description={t('clientPage.diagnosis.fields.skillsDescription')}
        optional
        value={skills}
        onChange={(event) => { setSkills(event.target.value); }}
        error={form.errors.skills}
      />
      <fieldset className="koers-fieldset">
        <legend className="koers-fieldset__legend">{t('clientPage.diagnosis.livingSituation')}</legend>
        {livingSituationTopics.map((topic, index) => (
          <TextField
            key={topic}
            id={index === 0 ? fieldIds.livingSituation : `diagnosis-${topic}`}
            label={t(`clientPage.diagnosis.topics.${topic}`)}
            optional
            maxLength={500}
            value={situation[topic] ?? ''}
            onChange={(event) => { setSituation((current) => ({ ...current, [topic]: event.target.value })); }}
            error={index === 0 ? form.errors.livingSituation : undefined}
          />
        ))}
      </fieldset>
      <TextArea
        id={fieldIds.summary}
        label={t('clientPage.diagnosis.fields.summary')}
        optional
        maxLength={4000}
        value={summary}
        onChange={(event) => { setSummary(event.target.value); }}
        error={form.errors.summary}
      />
      <Button type="submit">{t('clientPage.diagnosis.new.submit')}</Button>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
