import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { recordAttendance } from '../../endpoints/attendance';
import type { AttendanceStatus, RegisterEntry, RegisterRow } from '../../endpoints/caseload-types';
import { amsterdamMoment, amsterdamTime } from '../../i18n/amsterdam-time';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextField } from '../../ui/TextField';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { clientHref } from '../caseload/client-links';
import { clientsKey } from '../clients/client-queries';
import type { FieldErrors } from '../forms/field-errors';
import { useFormErrors } from '../forms/form-errors';
import { FormProblems } from '../forms/FormProblems';
import { attendanceStatuses, isAttendanceStatus } from './attendance-values';

export interface AttendanceEntryFormProps {
  day: string;
  row: RegisterRow;
  onSaved: (message: string) => void;
}

/** One expected client: how they attended, when they came and went, and a note; saved on its own. */
export function AttendanceEntryForm({ day, row, onSaved }: AttendanceEntryFormProps) {
  const { t } = useTranslation();
  const prefix = `attendance-${row.clientId}`;
  const fieldIds = useMemo(() => ({ status: `${prefix}-status`, checkedInAt: `${prefix}-in`, checkedOutAt: `${prefix}-out`, note: `${prefix}-note` }), [prefix]);
  type Field = keyof typeof fieldIds;
  const [status, setStatus] = useState<AttendanceStatus | ''>(row.status ?? '');
  const [checkIn, setCheckIn] = useState(row.checkedInAt === null ? '' : amsterdamTime(row.checkedInAt));
  const [checkOut, setCheckOut] = useState(row.checkedOutAt === null ? '' : amsterdamTime(row.checkedOutAt));
  const [note, setNote] = useState(row.note ?? '');
  const form = useFormErrors(fieldIds);
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (entry: RegisterEntry) => recordAttendance(day, row.clientId, entry),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsKey }),
  });
  const headingId = `${prefix}-name`;

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: FieldErrors<Field> = {};
    if (status === '') found.status = t('attendance.entry.errors.statusRequired');
    if (checkIn !== '' && checkOut !== '' && checkOut < checkIn) found.checkedOutAt = t('attendance.entry.errors.outBeforeIn');
    if (!form.check(found) || status === '') return;
    const entry: RegisterEntry = {
      status,
      checkedInAt: checkIn === '' ? null : amsterdamMoment(day, checkIn),
      checkedOutAt: checkOut === '' ? null : amsterdamMoment(day, checkOut),
      note: note.trim() === '' ? null : note.trim(),
    };
    mutation.mutate(entry, {
      onSuccess: () => { onSaved(t('attendance.entry.saved', { name: row.sortName })); },
      onError: form.fromServer,
    });
  };

  return (
    <form noValidate onSubmit={submit} aria-labelledby={headingId} className="koers-attendance-entry">
      <Heading level={3} id={headingId}>
        <Link to={clientHref(row.clientId)}>{row.sortName}</Link>
      </Heading>
      <p className="koers-attendance-entry__expected">{t('attendance.entry.expected', { location: row.location, from: row.startsAt, to: row.endsAt })}</p>
      <FormProblems summary={form.summary} failure={form.failure} />
      <RadioGroup
        id={fieldIds.status}
        name={fieldIds.status}
        legend={t('attendance.entry.status', { name: row.sortName })}
        inline
        options={attendanceStatuses.map((value) => ({ value, label: t(`attendance.statuses.${value}`) }))}
        value={status}
        onChange={(value) => { if (isAttendanceStatus(value)) setStatus(value); }}
        error={form.errors.status}
      />
      <div className="koers-attendance-entry__fields">
        <TextField id={fieldIds.checkedInAt} type="time" label={t('attendance.entry.checkIn')} optional value={checkIn} onChange={(event) => { setCheckIn(event.target.value); }} error={form.errors.checkedInAt} />
        <TextField id={fieldIds.checkedOutAt} type="time" label={t('attendance.entry.checkOut')} optional value={checkOut} onChange={(event) => { setCheckOut(event.target.value); }} error={form.errors.checkedOutAt} />
        <TextField id={fieldIds.note} label={t('attendance.entry.note')} optional maxLength={500} value={note} onChange={(event) => { setNote(event.target.value); }} error={form.errors.note} />
      </div>
      <Button type="submit" variant="secondary">
        {t('attendance.entry.save')}
        <VisuallyHidden>{t('attendance.entry.saveFor', { name: row.sortName })}</VisuallyHidden>
      </Button>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
