import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeSchedule } from '../../endpoints/self-service';
import { Button } from '../../ui/Button';
import { LoadingText } from '../../ui/LoadingText';
import { useRecordingMutation } from '../client-page/recording-mutation';
import { useFormErrors } from '../forms/form-errors';
import { FormProblems } from '../forms/FormProblems';
import { scheduleDetailKeys, ScheduleDetailFields } from './ScheduleDetailFields';
import type { KnownSchedule, ScheduleDetails } from './schedules-from-timeline';

/** Changes what the client sees about a schedule's days; an emptied field is cleared. */
export function ScheduleDetailsForm({ schedule, onChanged }: { schedule: KnownSchedule; onChanged: () => void }) {
  const { t } = useTranslation();
  const idPrefix = `schedule-${schedule.id}`;
  const [fieldIds] = useState(() => ({ address: `${idPrefix}-address`, activity: `${idPrefix}-activity`, whatToBring: `${idPrefix}-bring`, whatToWear: `${idPrefix}-wear` }));
  const [details, setDetails] = useState<ScheduleDetails>(schedule.details);
  const form = useFormErrors(fieldIds);
  const mutation = useRecordingMutation((clientId: string, change: ScheduleDetails) => changeSchedule(clientId, schedule.id, change), onChanged);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const change = Object.fromEntries(scheduleDetailKeys.map((key) => [key, details[key]?.trim() ? details[key].trim() : null])) as unknown as ScheduleDetails;
    mutation.mutate(change, { onError: form.fromServer });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientSelfService.staff.schedule.change')} className="koers-recording-form">
      <FormProblems summary={form.summary} failure={form.failure} />
      <ScheduleDetailFields idPrefix={idPrefix} values={details} onChange={setDetails} errors={form.errors} />
      <Button type="submit">{t('clientSelfService.staff.schedule.save')}</Button>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
