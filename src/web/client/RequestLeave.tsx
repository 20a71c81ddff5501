import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../endpoints/problem';
import { todayIso } from '../i18n/format';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { LoadingText } from '../ui/LoadingText';
import { TextArea } from '../ui/TextArea';
import { TextField } from '../ui/TextField';
import { ReadAloudButton } from './ReadAloudButton';
import { longDate } from './self-service-dates';
import { fetchMyLeave, myLeaveKey, myScheduleKey, requestLeave, type LeaveRequest } from './self-service-api';
import { SelfServiceIcon } from './SelfServiceIcon';
import './self-service.css';

type LeaveError = 'firstDayRequired' | 'inPast' | 'endBeforeStart' | 'tooLong' | 'overlaps' | 'failed';

/** The server's problem, in the words of the form (and the field it belongs to). */
function leaveError(error: unknown): { field: 'firstDay' | 'lastDay' | null; message: LeaveError } {
  if (!isProblem(error)) return { field: null, message: 'failed' };
  switch (error.code) {
    case 'leave-in-past':
      return { field: 'firstDay', message: 'inPast' };
    case 'end-before-start':
      return { field: 'lastDay', message: 'endBeforeStart' };
    case 'leave-too-long':
      return { field: 'lastDay', message: 'tooLong' };
    case 'leave-overlaps':
      return { field: null, message: 'overlaps' };
    default:
      return { field: null, message: 'failed' };
  }
}

/** "Verlof aanvragen": a day or a period, optionally why; below, the requests and the coach's decisions. */
export function RequestLeave() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const today = todayIso();
  const leave = useQuery({ queryKey: myLeaveKey, queryFn: fetchMyLeave });
  const [firstDay, setFirstDay] = useState('');
  const [lastDay, setLastDay] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<{ field: 'firstDay' | 'lastDay' | null; message: LeaveError } | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const sentRef = useRef<HTMLDivElement>(null);
  const send = useMutation({
    mutationFn: requestLeave,
    onSuccess: async (received) => {
      setSentTo(received.told.name);
      setFirstDay('');
      setLastDay('');
      setReason('');
      await Promise.all([queryClient.invalidateQueries({ queryKey: myLeaveKey }), queryClient.invalidateQueries({ queryKey: myScheduleKey })]);
    },
    onError: (error) => { setProblem(leaveError(error)); },
  });
  useEffect(() => {
    if (sentTo !== null) sentRef.current?.focus();
  }, [sentTo]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSentTo(null);
    if (firstDay === '') {
      setProblem({ field: 'firstDay', message: 'firstDayRequired' });
      return;
    }
    if (firstDay < today) {
      setProblem({ field: 'firstDay', message: 'inPast' });
      return;
    }
    if (lastDay !== '' && lastDay < firstDay) {
      setProblem({ field: 'lastDay', message: 'endBeforeStart' });
      return;
    }
    setProblem(null);
    send.mutate({ firstDay, ...(lastDay === '' ? {} : { lastDay }), ...(reason.trim() === '' ? {} : { reason: reason.trim() }) });
  };
  const fieldError = (field: 'firstDay' | 'lastDay') => (problem?.field === field ? t(`clientSelfService.leave.errors.${problem.message}`) : undefined);

  return (
    <>
      <h1>{t('clientSelfService.leave.title')}</h1>
      <p className="koers-client-lead">{t('clientSelfService.leave.intro')}</p>
      <ReadAloudButton text={`${t('clientSelfService.leave.title')}. ${t('clientSelfService.leave.intro')}`} />
      {sentTo !== null && (
        <div ref={sentRef} tabIndex={-1} className="koers-self-service__done" role="status">
          <span className="koers-self-service__done-icon">
            <SelfServiceIcon name="sun" size={40} />
          </span>
          <div>
            <p className="koers-self-service__done-title">{t('clientSelfService.leave.sent')}</p>
            <p>{t('clientSelfService.leave.told', { name: sentTo })}</p>
          </div>
        </div>
      )}
      <form className="koers-client-form" noValidate onSubmit={submit}>
        {problem !== null && problem.field === null && <Alert type="error">{t(`clientSelfService.leave.errors.${problem.message}`)}</Alert>}
        <TextField id="leave-first-day" type="date" label={t('clientSelfService.leave.firstDay')} min={today} value={firstDay} onChange={(event) => { setFirstDay(event.target.value); }} error={fieldError('firstDay')} />
        <TextField
          id="leave-last-day"
          type="date"
          label={t('clientSelfService.leave.lastDay')}
          description={t('clientSelfService.leave.lastDayHint')}
          optional
          min={firstDay || today}
          value={lastDay}
          onChange={(event) => { setLastDay(event.target.value); }}
          error={fieldError('lastDay')}
        />
        <TextArea id="leave-reason" label={t('clientSelfService.leave.reason')} optional rows={3} maxLength={500} value={reason} onChange={(event) => { setReason(event.target.value); }} />
        <Button type="submit" size="large" disabled={send.isPending}>
          <span className="koers-self-service__button-text">
            <SelfServiceIcon name="sun" />
            {t('clientSelfService.leave.submit')}
          </span>
        </Button>
      </form>
      <section className="koers-self-service__section" aria-labelledby="my-leave">
        <h2 id="my-leave">{t('clientSelfService.leave.mine')}</h2>
        {leave.isPending && <LoadingText />}
        {leave.isError && <Alert type="error">{t('clientSelfService.loadError')}</Alert>}
        {leave.data !== undefined &&
          (leave.data.leaveRequests.length === 0 ? (
            <p>{t('clientSelfService.leave.none')}</p>
          ) : (
            <ul className="koers-self-service__list">
              {leave.data.leaveRequests.map((request) => (
                <li key={request.id}>
                  <LeaveCard request={request} />
                </li>
              ))}
            </ul>
          ))}
      </section>
    </>
  );
}

const statusIcon = { requested: 'clock', approved: 'sun', declined: 'info' } as const;

function LeaveCard({ request }: { request: LeaveRequest }) {
  const { t, i18n } = useTranslation();
  const period =
    request.firstDay === request.lastDay
      ? longDate(request.firstDay, i18n.language)
      : t('clientSelfService.leave.period', { from: longDate(request.firstDay, i18n.language), to: longDate(request.lastDay, i18n.language) });
  const status = t(`clientSelfService.leave.status.${request.status}`);
  return (
    <article className={`koers-leave-card koers-leave-card--${request.status}`} aria-label={`${period}: ${status}`}>
      <p className="koers-self-service__line">
        <SelfServiceIcon name={statusIcon[request.status]} />
        <span>
          <strong>{status}</strong>
          <br />
          {period}
        </span>
      </p>
      {request.reason !== null && <p>{request.reason}</p>}
      {request.decisionNote !== null && <p>{t('clientSelfService.leave.note', { note: request.decisionNote })}</p>}
    </article>
  );
}
