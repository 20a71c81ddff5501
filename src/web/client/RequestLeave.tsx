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
import { fetchMyLeave, myLeaveKey, myScheduleKey, requestLeave, withdrawLeave, type LeaveRequest } from './self-service-api';
import { SelfServiceConfirmation } from './SelfServiceConfirmation';
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

/** "Verlof aanvragen": a day or a period, optionally why; below, the requests and the coach's decisions, with *Intrekken* while a request may still be withdrawn. */
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
        <SelfServiceConfirmation icon="sun" lines={[t('clientSelfService.leave.sent'), t('clientSelfService.leave.told', { name: sentTo })]} />
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

const statusIcon = { requested: 'clock', approved: 'sun', declined: 'info', withdrawn: 'undo' } as const;

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
          <span id={`leave-period-${request.id}`}>{period}</span>
        </span>
      </p>
      {request.reason !== null && <p>{request.reason}</p>}
      {request.decisionNote !== null && <p>{t('clientSelfService.leave.note', { note: request.decisionNote })}</p>}
      <WithdrawLeave request={request} />
    </article>
  );
}

/** "Intrekken" on a request the server says may still be withdrawn, asked once more; then the confirmation, naming who knows now. */
function WithdrawLeave({ request }: { request: LeaveRequest }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [told, setTold] = useState<string | null>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const questionRef = useRef<HTMLDivElement>(null);
  const withdraw = useMutation({
    mutationFn: () => withdrawLeave(request.id),
    onSuccess: async (withdrawn) => {
      setAsking(false);
      setTold(withdrawn.told.name);
      queryClient.setQueryData<{ leaveRequests: LeaveRequest[] }>(myLeaveKey, (list) =>
        list === undefined ? list : { leaveRequests: list.leaveRequests.map((r) => (r.id === request.id ? withdrawn.leaveRequest : r)) },
      );
      await queryClient.invalidateQueries({ queryKey: myScheduleKey });
    },
    onError: async (error) => {
      setAsking(false);
      // Declined or begun meanwhile: the list shows it as it is now.
      if (isProblem(error, 409)) await queryClient.invalidateQueries({ queryKey: myLeaveKey });
    },
  });
  // The question's "yes" takes focus, and "Intrekken" again when the client goes back.
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) questionRef.current?.querySelector('button')?.focus();
    else if (wasAsking.current) startRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (told !== null) {
    return <SelfServiceConfirmation icon="undo" lines={[t('clientSelfService.leave.withdrawn'), t('clientSelfService.leave.withdrawnTold', { name: told })]} />;
  }
  const failure = withdraw.isError ? t(isProblem(withdraw.error, 409) ? 'clientSelfService.leave.withdrawFailed' : 'clientSelfService.leave.errors.failed') : null;
  return (
    <>
      {failure !== null && <Alert type="error">{failure}</Alert>}
      {request.mayWithdraw &&
        (asking ? (
          <div ref={questionRef} className="koers-self-service__question">
            <p>
              <strong>{t('clientSelfService.leave.withdrawQuestion')}</strong>
            </p>
            <Button icon="check" size="large" className="koers-self-service__big" disabled={withdraw.isPending} aria-describedby={`leave-period-${request.id}`} onClick={() => { withdraw.mutate(); }}>
              {t('clientSelfService.leave.withdrawConfirm')}
            </Button>
            <Button variant="secondary" size="large" className="koers-self-service__big" onClick={() => { setAsking(false); }}>
              {t('clientSelfService.leave.withdrawBack')}
            </Button>
          </div>
        ) : (
          <Button ref={startRef} variant="secondary" className="koers-self-service__big" aria-describedby={`leave-period-${request.id}`} onClick={() => { withdraw.reset(); setAsking(true); }}>
            <span className="koers-self-service__button-text">
              <SelfServiceIcon name="undo" />
              {t('clientSelfService.leave.withdraw')}
            </span>
          </Button>
        ))}
    </>
  );
}
