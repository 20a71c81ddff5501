import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { snoozeSignal } from '../../endpoints/client-records';
import type { CaseloadClient, NewSnooze, OpenSignal } from '../../endpoints/caseload-types';
import { formatDate, todayIso } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { LoadingText } from '../../ui/LoadingText';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import type { FieldErrors } from '../forms/field-errors';
import { useFormErrors } from '../forms/form-errors';
import { FormProblems } from '../forms/FormProblems';
import { useClientRecordMutation } from './record-mutation';
import { signalTitle } from './signal-text';

const fieldIds = { until: 'snooze-until', reason: 'snooze-reason' };
type Field = keyof typeof fieldIds;

/** The shortest reason the server accepts. */
const minimumReasonLength = 3;

/** The day after today, YYYY-MM-DD. */
function tomorrow(): string {
  const [year = 0, month = 1, day = 1] = todayIso().split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

export interface SnoozeFormProps {
  client: CaseloadClient;
  signal: OpenSignal;
  onCancel: () => void;
  onSnoozed: (message: string) => void;
}

export function SnoozeForm({ client, signal, onCancel, onSnoozed }: SnoozeFormProps) {
  const { t, i18n } = useTranslation();
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const form = useFormErrors(fieldIds);
  const mutation = useClientRecordMutation((clientId: string, snooze: NewSnooze) => snoozeSignal(clientId, snooze), client.id, () => {
    onSnoozed(t('caseload.snooze.recorded', { signal: signalTitle(signal, i18n.language), name: client.sortName, date: formatDate(until) }));
  });

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: FieldErrors<Field> = {};
    if (until === '') found.until = t('caseload.snooze.errors.untilRequired');
    else if (until <= todayIso()) found.until = t('caseload.snooze.errors.untilNotAfterToday');
    if (reason.trim().length < minimumReasonLength) found.reason = t('caseload.snooze.errors.reasonTooShort', { count: minimumReasonLength });
    if (!form.check(found)) return;
    mutation.mutate({ signalCode: signal.signalCode, until, reason: reason.trim() }, { onError: form.fromServer });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('caseload.snooze.title')}>
      <FormProblems summary={form.summary} failure={form.failure} />
      <TextField
        id={fieldIds.until}
        type="date"
        label={t('caseload.snooze.until')}
        description={t('caseload.snooze.untilDescription')}
        min={tomorrow()}
        value={until}
        onChange={(event) => { setUntil(event.target.value); }}
        error={form.errors.until}
      />
      <TextArea
        id={fieldIds.reason}
        label={t('caseload.snooze.reason')}
        description={t('caseload.snooze.reasonDescription')}
        rows={3}
        maxLength={500}
        value={reason}
        onChange={(event) => { setReason(event.target.value); }}
        error={form.errors.reason}
      />
      <div className="koers-button-group">
        <Button type="submit">{t('caseload.snooze.submit')}</Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
