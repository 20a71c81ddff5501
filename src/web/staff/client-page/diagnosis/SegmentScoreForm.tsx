import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { recordSegmentScore } from '../../../endpoints/client-records';
import { todayIso } from '../../../i18n/format';
import { localLabel } from '../../../i18n/labels';
import { Button } from '../../../ui/Button';
import { LoadingText } from '../../../ui/LoadingText';
import { RadioGroup } from '../../../ui/RadioGroup';
import { Select } from '../../../ui/Select';
import { TextField } from '../../../ui/TextField';
import type { FieldErrors } from '../../forms/field-errors';
import { useFormErrors } from '../../forms/form-errors';
import { FormProblems } from '../../forms/FormProblems';
import { useClientRecord } from '../client-record-context';
import { useRecordingMutation } from '../recording-mutation';

const fieldIds = { scaleCode: 'segment-scale', value: 'segment-value', assessedOn: 'segment-date' };
type Field = keyof typeof fieldIds;

/** A score on one segmentation scale (self-reliance, motivation, …) on a date. */
export function SegmentScoreForm({ onRecorded }: { onRecorded: () => void }) {
  const { t, i18n } = useTranslation();
  const { page } = useClientRecord();
  const [scaleCode, setScaleCode] = useState(page.segments[0]?.scaleCode ?? '');
  const [value, setValue] = useState('');
  const [assessedOn, setAssessedOn] = useState(todayIso());
  const form = useFormErrors(fieldIds);
  const mutation = useRecordingMutation(recordSegmentScore, onRecorded);
  const scale = page.segments.find((segment) => segment.scaleCode === scaleCode);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: FieldErrors<Field> = {};
    if (scale === undefined) found.scaleCode = t('clientPage.segments.errors.scaleRequired');
    if (value === '') found.value = t('clientPage.segments.errors.valueRequired');
    if (assessedOn === '') found.assessedOn = t('clientPage.segments.errors.dateRequired');
    else if (assessedOn > todayIso()) found.assessedOn = t('fieldErrors.dateInFuture');
    if (form.check(found)) mutation.mutate({ scaleCode, value: Number(value), assessedOn }, { onError: form.fromServer });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientPage.segments.new.title')} className="koers-recording-form">
      <FormProblems summary={form.summary} failure={form.failure} />
      <Select
        id={fieldIds.scaleCode}
        label={t('clientPage.segments.fields.scale')}
        value={scaleCode}
        onChange={(event) => {
          setScaleCode(event.target.value);
          setValue('');
        }}
        error={form.errors.scaleCode}
      >
        {page.segments.map((segment) => (
          <option key={segment.scaleCode} value={segment.scaleCode}>
            {localLabel(segment, i18n.language)}
          </option>
        ))}
      </Select>
      {scale !== undefined && (
        <RadioGroup
          id={fieldIds.value}
          name="segment-value"
          legend={t('clientPage.segments.fields.value', { scale: localLabel(scale, i18n.language) })}
          options={scale.levels.map((level) => ({ value: String(level.value), label: `${String(level.value)} – ${localLabel(level, i18n.language)}` }))}
          value={value}
          onChange={setValue}
          error={form.errors.value}
        />
      )}
      <TextField
        id={fieldIds.assessedOn}
        type="date"
        label={t('clientPage.segments.fields.date')}
        max={todayIso()}
        value={assessedOn}
        onChange={(event) => { setAssessedOn(event.target.value); }}
        error={form.errors.assessedOn}
      />
      <Button type="submit">{t('clientPage.segments.new.submit')}</Button>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
