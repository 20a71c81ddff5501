import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { startStatus } from '../../../endpoints/client-records';
import type { NewStatus, StatusKind } from '../../../endpoints/client-types';
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

const fieldIds = {
  statusCode: 'new-status-type',
  validFrom: 'new-status-from',
  regime: 'new-status-regime',
  organisation: 'new-status-organisation',
  plannedEnd: 'new-status-planned-end',
  note: 'new-status-note',
};
type Field = keyof typeof fieldIds;

/** The name of the organisation field for each kind of status. */
const organisationLabel: Record<StatusKind, 'employer' | 'place' | 'organisation'> = {
  benefit: 'organisation',
  exemption: 'organisation',
  employment: 'employer',
  secondment: 'employer',
  work_experience: 'place',
  other: 'organisation',
};

/** Records that a status holds from a date; the same status that held before is closed. */
export function NewStatusForm({ onRecorded }: { onRecorded: () => void }) {
  const { t, i18n } = useTranslation();
  const settings = useClientSettingsQuery();
  const types = (settings.data?.statusTypes ?? []).filter((type) => type.active);
  const [statusCode, setStatusCode] = useState('');
  const [validFrom, setValidFrom] = useState(todayIso());
  const [regime, setRegime] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [plannedEnd, setPlannedEnd] = useState('');
  const [note, setNote] = useState('');
  const form = useFormErrors(fieldIds);
  const mutation = useRecordingMutation(startStatus, onRecorded);
  const type = types.find((candidate) => candidate.code === statusCode);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: FieldErrors<Field> = {};
    if (type === undefined) found.statusCode = t('clientPage.statuses.errors.typeRequired');
    if (validFrom === '') found.validFrom = t('clientPage.statuses.errors.fromRequired');
    if (plannedEnd !== '' && validFrom !== '' && plannedEnd < validFrom) found.plannedEnd = t('fieldErrors.endBeforeStart');
    if (!form.check(found) || type === undefined) return;
    const status: NewStatus = { statusCode: type.code, validFrom };
    if (regime !== '') status.regime = regime;
    if (organisation.trim() !== '') status.organisation = organisation.trim();
    if (plannedEnd !== '') status.plannedEnd = plannedEnd;
    if (note.trim() !== '') status.note = note.trim();
    mutation.mutate(status, { onError: form.fromServer });
  };

  if (settings.isPending) return <LoadingText />;
  if (settings.isError) return <Alert type="error">{problemMessage(settings.error, t).message}</Alert>;

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientPage.statuses.new.title')} className="koers-recording-form">
      <FormProblems summary={form.summary} failure={form.failure} />
      <div className="koers-form-grid">
        <Select
          id={fieldIds.statusCode}
          label={t('clientPage.statuses.fields.type')}
          value={statusCode}
          onChange={(event) => {
            setStatusCode(event.target.value);
            setRegime('');
          }}
          error={form.errors.statusCode}
        >
          <option value="">{t('clientPage.statuses.fields.chooseType')}</option>
          {types.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {localLabel(candidate, i18n.language)}
            </option>
          ))}
        </Select>
        <TextField
          id={fieldIds.validFrom}
          type="date"
          label={t('clientPage.statuses.fields.from')}
          value={validFrom}
          onChange={(event) => { setValidFrom(event.target.value); }}
          error={form.errors.validFrom}
        />
        {type !== undefined && type.regimes.length > 0 && (
          <Select
            id={fieldIds.regime}
            label={t('clientPage.statuses.fields.regime')}
            optional
            value={regime}
            onChange={(event) => { setRegime(event.target.value); }}
            error={form.errors.regime}
          >
            <option value="">{t('clientPage.statuses.fields.noRegime')}</option>
            {type.regimes.map((candidate) => (
              <option key={candidate} value={candidate}>
                {candidate}
              </option>
            ))}
          </Select>
        )}
        <TextField
          id={fieldIds.organisation}
          label={t(`clientPage.statuses.fields.${type === undefined ? 'organisation' : organisationLabel[type.kind]}`)}
          optional
          value={organisation}
          onChange={(event) => { setOrganisation(event.target.value); }}
          error={form.errors.organisation}
          maxLength={200}
        />
        <TextField
          id={fieldIds.plannedEnd}
          type="date"
          label={t('clientPage.statuses.fields.plannedEnd')}
          description={t('clientPage.statuses.fields.plannedEndDescription')}
          optional
          value={plannedEnd}
          onChange={(event) => { setPlannedEnd(event.target.value); }}
          error={form.errors.plannedEnd}
        />
      </div>
      <TextArea
        id={fieldIds.note}
        label={t('clientPage.statuses.fields.note')}
        optional
        value={note}
        onChange={(event) => { setNote(event.target.value); }}
        error={form.errors.note}
        rows={2}
        maxLength={1000}
      />
      <Button type="submit">{t('clientPage.statuses.new.submit')}</Button>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
