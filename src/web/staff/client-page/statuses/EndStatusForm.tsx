import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { endStatus } from '../../../endpoints/client-records';
import type { ClientStatus } from '../../../endpoints/client-types';
import { formatDate, todayIso } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { LoadingText } from '../../../ui/LoadingText';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../../forms/form-errors';
import { FormProblems } from '../../forms/FormProblems';
import { useRecordingMutation } from '../recording-mutation';

const fieldIds = { validTo: 'end-status-last-day' };

export interface EndStatusFormProps {
  status: ClientStatus;
  onCancel: () => void;
  onEnded: () => void;
}

/** The last day a status held; it may not lie before the status began. */
export function EndStatusForm({ status, onCancel, onEnded }: EndStatusFormProps) {
  const { t } = useTranslation();
  const [validTo, setValidTo] = useState(todayIso());
  const form = useFormErrors(fieldIds);
  const mutation = useRecordingMutation(
    (clientId: string, lastDay: string) => endStatus(clientId, status.id, lastDay),
    onEnded,
  );

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found =
      validTo === ''
        ? { validTo: t('clientPage.statuses.errors.lastDayRequired') }
        : validTo < status.validFrom
          ? { validTo: t('clientPage.statuses.errors.lastDayBeforeStart', { date: formatDate(status.validFrom) }) }
          : {};
    if (form.check(found)) mutation.mutate(validTo, { onError: form.fromServer });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientPage.statuses.end.button')}>
      <FormProblems summary={form.summary} failure={form.failure} />
      <TextField
        id={fieldIds.validTo}
        type="date"
        label={t('clientPage.statuses.end.lastDay')}
        description={t('clientPage.statuses.end.lastDayDescription', { date: formatDate(status.validFrom) })}
        value={validTo}
        min={status.validFrom}
        onChange={(event) => { setValidTo(event.target.value); }}
        error={form.errors.validTo}
      />
      <div className="koers-button-group">
        <Button type="submit">{t('clientPage.statuses.end.submit')}</Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
