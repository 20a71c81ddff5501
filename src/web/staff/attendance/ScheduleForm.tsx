import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addSchedule } from '../../endpoints/attendance';
import type { NewSchedule } from '../../endpoints/caseload-types';
import { todayIso } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { LoadingText } from '../../ui/LoadingText';
import { TextField } from '../../ui/TextField';
import { useRecordingMutation } from '../client-page/recording-mutation';
import type { FieldErrors } from '../forms/field-errors';
import { useFormErrors } from '../forms/form-errors';
import { FormProblems } from '../forms/FormProblems';
import { weekdays } from './attendance-values';
import { noDetails, scheduleDetailKeys, ScheduleDetailFields } from './ScheduleDetailFields';
import type { ScheduleDetails } from './schedules-from-timeline';

const fieldIds = {
  location: 'schedule-location',
  weekdays: 'schedule-weekdays',
  startsAt: 'schedule-starts',
  endsAt: 'schedule-ends',
  validFrom: 'schedule-from',
  validTo: 'schedule-to',
  address: 'schedule-address',
  activity: 'schedule-activity',
  whatToBring: 'schedule-bring',
  whatToWear: 'schedule-wear',
};
type Field = keyof typeof fieldIds;

/** "Rooster vastleggen": where the client is expected, on which weekdays and at what times. */
export function ScheduleForm({ onRecorded }: { onRecorded: () => void }) {
  const { t } = useTranslation();
  const [location, setLocation] = useState('');
  const [days, setDays] = useState<string[]>([]);
  const [startsAt, setStartsAt] = useState('09:00');
  const [endsAt, setEndsAt] = useState('17:00');
  const [validFrom, setValidFrom] = useState(todayIso());
  const [validTo, setValidTo] = useState('');
  const [details, setDetails] = useState<ScheduleDetails>(noDetails);
  const form = useFormErrors(fieldIds);
  const mutation = useRecordingMutation(addSchedule, onRecorded);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: FieldErrors<Field> = {};
    if (location.trim() === '') found.location = t('attendance.schedule.errors.locationRequired');
    if (days.length === 0) found.weekdays = t('attendance.schedule.errors.weekdaysRequired');
    if (startsAt === '') found.startsAt = t('attendance.schedule.errors.startRequired');
    if (endsAt === '') found.endsAt = t('attendance.schedule.errors.endRequired');
    else if (startsAt !== '' && endsAt <= startsAt) found.endsAt = t('attendance.schedule.errors.endBeforeStart');
    if (validFrom === '') found.validFrom = t('attendance.schedule.errors.fromRequired');
    if (validTo !== '' && validFrom !== '' && validTo < validFrom) found.validTo = t('fieldErrors.endBeforeStart');
    if (!form.check(found)) return;
    const schedule: NewSchedule = { location: location.trim(), weekdays: days.map(Number), startsAt, endsAt, validFrom };
    if (validTo !== '') schedule.validTo = validTo;
    for (const key of scheduleDetailKeys) {
      const value = details[key]?.trim() ?? '';
      if (value !== '') schedule[key] = value;
    }
    mutation.mutate(schedule, { onError: form.fromServer });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('attendance.schedule.new.title')} className="koers-recording-form">
      <FormProblems summary={form.summary} failure={form.failure} />
      <TextField
        id={fieldIds.location}
        label={t('attendance.schedule.fields.location')}
        description={t('attendance.schedule.fields.locationDescription')}
        maxLength={200}
        value={location}
        onChange={(event) => { setLocation(event.target.value); }}
        error={form.errors.location}
      />
      <CheckboxGroup
        id={fieldIds.weekdays}
        name="schedule-weekdays"
        legend={t('attendance.schedule.fields.weekdays')}
        options={weekdays.map((day) => ({ value: String(day), label: t(`attendance.weekdays.${String(day) as '1'}`) }))}
        value={days}
        onChange={setDays}
        error={form.errors.weekdays}
      />
      <div className="koers-form-grid">
        <TextField id={fieldIds.startsAt} type="time" label={t('attendance.schedule.fields.startsAt')} value={startsAt} onChange={(event) => { setStartsAt(event.target.value); }} error={form.errors.startsAt} />
        <TextField id={fieldIds.endsAt} type="time" label={t('attendance.schedule.fields.endsAt')} value={endsAt} onChange={(event) => { setEndsAt(event.target.value); }} error={form.errors.endsAt} />
        <TextField id={fieldIds.validFrom} type="date" label={t('attendance.schedule.fields.validFrom')} value={validFrom} onChange={(event) => { setValidFrom(event.target.value); }} error={form.errors.validFrom} />
        <TextField id={fieldIds.validTo} type="date" label={t('attendance.schedule.fields.validTo')} optional value={validTo} onChange={(event) => { setValidTo(event.target.value); }} error={form.errors.validTo} />
      </div>
      <ScheduleDetailFields idPrefix="schedule" values={details} onChange={setDetails} errors={form.errors} />
      <Button type="submit">{t('attendance.schedule.new.submit')}</Button>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
