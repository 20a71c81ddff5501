import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../../endpoints/problem';
import { decideLeave, getLeaveRequests, type LeaveRequest } from '../../endpoints/self-service';
import { formatMomentDate } from '../../i18n/format';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { TextField } from '../../ui/TextField';
import { clientsKey } from '../clients/client-queries';
import { useClientRecord } from '../client-page/client-record-context';
import { periodText } from '../home/notification-text';
import './schedule-details.css';

const statusTone: Record<LeaveRequest['status'], BadgeTone> = { requested: 'warning', approved: 'success', declined: 'neutral', withdrawn: 'neutral' };

/** On the client page, with the schedule: the leave the client asked for in the app, to approve or decline. */
export function LeaveRequestsPanel() {
  const { t } = useTranslation();
  const { clientId } = useClientRecord();
  const requestsKey = [...clientsKey, clientId, 'leave-requests'];
  const requests = useQuery({ queryKey: requestsKey, queryFn: () => getLeaveRequests(clientId) });
  return (
    <section aria-labelledby="client-leave-requests">
      <Heading level={3} id="client-leave-requests">
        {t('clientSelfService.staff.leave.title')}
      </Heading>
      {requests.isPending && <LoadingText />}
      {requests.isError && <Alert type="error">{problemMessage(requests.error, t).message}</Alert>}
      {requests.data !== undefined &&
        (requests.data.length === 0 ? (
          <p>{t('clientSelfService.staff.leave.none')}</p>
        ) : (
          <ul className="koers-plain-list">
            {requests.data.map((request) => (
              <LeaveRequestItem key={request.id} request={request} />
            ))}
          </ul>
        ))}
    </section>
  );
}

function LeaveRequestItem({ request }: { request: LeaveRequest }) {
  const { t } = useTranslation();
  const { clientId, canEdit } = useClientRecord();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const decide = useMutation({
    mutationFn: (decision: 'approved' | 'declined') => decideLeave(clientId, request.id, { decision, ...(note.trim() === '' ? {} : { note: note.trim() }) }),
    onSuccess: async (decided) => {
      setNotice(t(`clientSelfService.staff.leave.${decided.status === 'approved' ? 'approved' : 'declined'}`));
      // The register, the timeline and this list all change.
      await queryClient.invalidateQueries({ queryKey: clientsKey });
    },
    onError: async (error) => {
      if (isProblem(error, 409)) await queryClient.invalidateQueries({ queryKey: clientsKey });
    },
  });
  const period = periodText(request.firstDay, request.lastDay, t);
  const failure = decide.isError
    ? isProblem(decide.error, 409)
      ? t(decide.error.code === 'leave-withdrawn' ? 'clientSelfService.staff.leave.withdrawnMeanwhile' : 'clientSelfService.staff.leave.alreadyDecided')
      : problemMessage(decide.error, t).message
    : null;
  return (
    <li>
      <p>
        <strong>{period}</strong> <Badge tone={statusTone[request.status]}>{t(`clientSelfService.staff.leave.status.${request.status}`)}</Badge>
        <br />
        {t('clientSelfService.staff.leave.scheduledDays', { count: request.scheduledDays })}
        {' · '}
        {t('clientSelfService.staff.leave.requestedOn', { date: formatMomentDate(request.requestedAt) })}
      </p>
      {request.reason !== null && <p>{t('clientSelfService.staff.leave.reason', { reason: request.reason })}</p>}
      {request.decidedAt !== null && request.decidedBy != null && (
        <p>
          {t('clientSelfService.staff.leave.decided', { name: request.decidedBy.displayName, date: formatMomentDate(request.decidedAt) })}
          {request.decisionNote !== null && ` ${t('clientSelfService.staff.leave.noteShown', { note: request.decisionNote })}`}
        </p>
      )}
      {request.withdrawnAt !== null && <p>{t('clientSelfService.staff.leave.withdrawnOn', { date: formatMomentDate(request.withdrawnAt) })}</p>}
      {notice !== null && <Alert type="success">{notice}</Alert>}
      {failure !== null && <Alert type="error">{failure}</Alert>}
      {request.status === 'requested' && canEdit && (
        <div className="koers-leave-decision">
          <TextField id={`leave-note-${request.id}`} label={t('clientSelfService.staff.leave.note')} optional maxLength={500} value={note} onChange={(event) => { setNote(event.target.value); }} />
          <div className="koers-button-group">
            <Button icon="check" onClick={() => { decide.mutate('approved'); }} disabled={decide.isPending} aria-describedby={`leave-period-${request.id}`}>
              {t('clientSelfService.staff.leave.approve')}
            </Button>
            <Button variant="secondary" onClick={() => { decide.mutate('declined'); }} disabled={decide.isPending} aria-describedby={`leave-period-${request.id}`}>
              {t('clientSelfService.staff.leave.decline')}
            </Button>
          </div>
          <span id={`leave-period-${request.id}`} hidden>
            {period}
          </span>
        </div>
      )}
    </li>
  );
}
