import { useQuery } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptClientCorrection, getClientAdditions, rejectClientCorrection, type ClientAddition } from '../../../endpoints/client-additions';
import { formatMoment } from '../../../i18n/format';
import { problemMessage } from '../../../i18n/problem-message';
import { Alert } from '../../../ui/Alert';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { Disclosure } from '../../../ui/Disclosure';
import { LoadingText } from '../../../ui/LoadingText';
import { TextArea } from '../../../ui/TextArea';
import { clientsKey } from '../../clients/client-queries';
import { useClientRecord } from '../client-record-context';
import { useRecordingMutation } from '../recording-mutation';

const stateTone = { added: 'neutral', proposed: 'warning', accepted: 'success', rejected: 'neutral' } as const;

/**
 * What the client added to their record from the app, marked as theirs: additions as they
 * wrote them, and proposed corrections of contact details to accept or reject.
 */
export function ClientAdditions({ onDecided }: { onDecided: (message: string) => void }) {
  const { t } = useTranslation();
  const { clientId } = useClientRecord();
  const headingId = useId();
  // Under the clients key, so any recording on the page fetches it anew.
  const additions = useQuery({ queryKey: [...clientsKey, 'additions', clientId], queryFn: () => getClientAdditions(clientId) });
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('clientRecord.staff.title')}</h3>
      {additions.isPending && <LoadingText />}
      {additions.isError && <Alert type="error">{t('clientRecord.staff.loadError')}</Alert>}
      {additions.data?.length === 0 && <p>{t('clientRecord.staff.none')}</p>}
      {additions.data !== undefined && additions.data.length > 0 && (
        <ul className="koers-plain-list koers-profile">
          {additions.data.map((addition) => (
            <li key={addition.id} className="koers-profile__item">
              <AdditionItem addition={addition} onDecided={onDecided} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AdditionItem({ addition, onDecided }: { addition: ClientAddition; onDecided: (message: string) => void }) {
  const { t } = useTranslation();
  const { canEdit } = useClientRecord();
  const titleId = useId();
  const accept = useRecordingMutation((clientId: string, id: string) => acceptClientCorrection(clientId, id), () => { onDecided(t('clientRecord.staff.accepted')); });
  return (
    <>
      <p className="koers-profile__label" id={titleId}>
        {addition.kind === 'correction' ? t('clientRecord.staff.correction') : t('clientRecord.staff.addition')}{' '}
        <Badge tone="info" icon="user">
          {t('clientRecord.staff.byClient')}
        </Badge>{' '}
        {addition.kind === 'correction' && <Badge tone={stateTone[addition.state]}>{t(`clientRecord.staff.state.${addition.state}`)}</Badge>}
      </p>
      <p className="koers-profile__meta">{formatMoment(addition.createdAt)}</p>
      {addition.contact !== null && (
        <ul>
          {Object.entries(addition.contact).map(([field, value]) => (
            <li key={field}>{t('clientRecord.staff.proposedValue', { field: t(`clientRecord.staff.fields.${field as 'phone'}`), value })}</li>
          ))}
        </ul>
      )}
      {addition.text !== null && <p className="koers-profile__value">{addition.text}</p>}
      {addition.decidedAt !== null && (
        <p className="koers-profile__meta">
          {t('clientRecord.staff.decided', { state: t(`clientRecord.staff.state.${addition.state}`), name: addition.decidedBy ?? '—', moment: formatMoment(addition.decidedAt) })}
          {addition.decisionNote !== null && ` — ${addition.decisionNote}`}
        </p>
      )}
      {accept.isError && <Alert type="error">{problemMessage(accept.error, t).message}</Alert>}
      {canEdit && addition.state === 'proposed' && (
        <>
          <div className="koers-button-group">
            <Button icon="check" disabled={accept.isPending} aria-describedby={titleId} onClick={() => { accept.mutate(addition.id); }}>
              {t('clientRecord.staff.accept')}
            </Button>
          </div>
          <RejectForm addition={addition} titleId={titleId} onRejected={() => { onDecided(t('clientRecord.staff.rejected')); }} />
        </>
      )}
    </>
  );
}

function RejectForm({ addition, titleId, onRejected }: { addition: ClientAddition; titleId: string; onRejected: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const reject = useRecordingMutation((clientId: string, reason: string) => rejectClientCorrection(clientId, addition.id, reason), onRejected);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reject.isPending) reject.mutate(note);
  };
  return (
    <Disclosure summary={t('clientRecord.staff.reject')} open={open} onOpenChange={setOpen}>
      <form noValidate onSubmit={submit} aria-label={t('clientRecord.staff.rejectTitle')} className="koers-recording-form">
        {reject.isError && <Alert type="error">{problemMessage(reject.error, t).message}</Alert>}
        <TextArea
          label={t('clientRecord.staff.rejectNote')}
          description={t('clientRecord.staff.rejectNoteHint')}
          optional
          rows={2}
          maxLength={1000}
          value={note}
          onChange={(event) => { setNote(event.target.value); }}
        />
        <Button type="submit" variant="danger" aria-describedby={titleId} disabled={reject.isPending}>
          {t('clientRecord.staff.reject')}
        </Button>
      </form>
    </Disclosure>
  );
}
