import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLastDay } from '../../client/chat-format';
import type { Coach } from '../../endpoints/client-types';
import { todayIso } from '../../i18n/format';
import { problemMessage } from '../../i18n/problem-message';
import { Button } from '../../ui/Button';
import { LiveMessage } from '../../ui/LiveMessage';
import { Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { useCoachesQuery } from '../client-page/assignment/coaches-query';
import { FormProblems } from '../forms/FormProblems';
import { summaryItems, type FieldErrors } from '../forms/field-errors';
import { hasRole, useActiveSession } from '../session/ActiveSession';
import { createHandover } from './chat-api';
import { chatKey } from './chat-queries';
import { endOfDay } from './handover-dates';

const fieldIds = { fromUserId: 'handover-from', toUserId: 'handover-to', until: 'handover-until', note: 'handover-note' };
type Field = keyof typeof fieldIds;

/** Whose chats this staff member may hand over: their own, their team's coaches as team lead, anyone's as manager or admin. */
function coachesToHandOver(coaches: Coach[], userId: string, everyone: boolean): Coach[] {
  if (everyone) return coaches;
  const leads = coaches.find((coach) => coach.id === userId)?.leadOfTeamIds ?? [];
  return coaches.filter((coach) => coach.id === userId || coach.teamIds.some((team) => leads.includes(team)));
}

/** "Afwezig? Draag uw chats over": a colleague answers until a day; the clients see who helps them. */
export function HandoverForm() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const session = useActiveSession();
  const me = session.user.id;
  const coaches = useCoachesQuery();
  const everyone = hasRole(session, 'manager') || hasRole(session, 'admin');
  const owners = useMemo(() => coachesToHandOver(coaches.data ?? [], me, everyone), [coaches.data, me, everyone]);
  const [chosenFrom, setFrom] = useState(me);
  // A manager who is no coach hands over a coach's chats, never their own.
  const from = owners.length === 0 || owners.some((coach) => coach.id === chosenFrom) ? chosenFrom : (owners[0]?.id ?? me);
  const [to, setTo] = useState('');
  const [until, setUntil] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [done, setDone] = useState<string | null>(null);
  const summary = useMemo(() => summaryItems(errors, fieldIds), [errors]);
  const today = todayIso();

  const mutation = useMutation({
    mutationFn: createHandover,
    onSuccess: async (handover) => {
      setDone(t('chat.handover.created', { from: handover.fromName, to: handover.toName, until: formatLastDay(handover.endsAt, i18n.language) }));
      setTo('');
      setUntil('');
      setNote('');
      await queryClient.invalidateQueries({ queryKey: chatKey });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setDone(null);
    const found: FieldErrors<Field> = {};
    if (to === '') found.toUserId = t('chat.handover.errors.colleagueRequired');
    if (until === '') found.until = t('chat.handover.errors.untilRequired');
    else if (until < today) found.until = t('chat.handover.errors.untilPast');
    setErrors(found);
    const endsAt = endOfDay(until);
    if (Object.keys(found).length > 0 || endsAt === null) return;
    mutation.mutate({ ...(from === me ? {} : { fromUserId: from }), toUserId: to, endsAt, ...(note.trim() === '' ? {} : { note: note.trim() }) });
  };

  const colleagues = (coaches.data ?? []).filter((coach) => coach.id !== from);
  return (
    <form noValidate onSubmit={submit} className="koers-chat-handover__form">
      <FormProblems summary={summary} failure={mutation.isError ? problemMessage(mutation.error, t).message : null} />
      {(owners.length > 1 || from !== me) && (
        <Select id={fieldIds.fromUserId} label={t('chat.handover.from')} value={from} onChange={(event) => { setFrom(event.target.value); }}>
          {owners.map((coach) => (
            <option key={coach.id} value={coach.id}>
              {coach.id === me ? t('chat.handover.yourself', { name: coach.displayName }) : coach.displayName}
            </option>
          ))}
        </Select>
      )}
      <Select id={fieldIds.toUserId} label={t('chat.handover.to')} value={to} error={errors.toUserId} onChange={(event) => { setTo(event.target.value); }}>
        <option value="">{t('chat.handover.chooseColleague')}</option>
        {colleagues.map((coach) => (
          <option key={coach.id} value={coach.id}>
            {coach.displayName}
          </option>
        ))}
      </Select>
      <TextField id={fieldIds.until} type="date" min={today} label={t('chat.handover.until')} value={until} error={errors.until} onChange={(event) => { setUntil(event.target.value); }} />
      <TextArea id={fieldIds.note} label={t('chat.handover.note')} optional rows={2} maxLength={500} value={note} onChange={(event) => { setNote(event.target.value); }} />
      <Button type="submit" icon="team" disabled={mutation.isPending}>
        {t('chat.handover.submit')}
      </Button>
      <LiveMessage message={done} />
    </form>
  );
}
