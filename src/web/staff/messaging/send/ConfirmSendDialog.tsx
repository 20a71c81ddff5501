import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import type { SendEstimate } from '../messaging-types';
import { estimateSentences } from './estimate-text';

export interface ConfirmSendDialogProps {
  estimate: SendEstimate | null;
  scheduledAt: string | null;
  sending: boolean;
  failure: string | null;
  onSend: (idempotencyKey: string) => void;
  onClose: () => void;
}

/**
 * The last step before a send: how many people get it on which channels, and who not and why.
 * One button sends; its key is made once per dialog, so a second click returns the first send.
 */
export function ConfirmSendDialog({ estimate, scheduledAt, sending, failure, onSend, onClose }: ConfirmSendDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={estimate !== null} title={scheduledAt === null ? t('messaging.send.confirmTitle') : t('messaging.send.confirmScheduleTitle')} onClose={onClose}>
      {estimate !== null && <ConfirmBody estimate={estimate} scheduledAt={scheduledAt} sending={sending} failure={failure} onSend={onSend} onClose={onClose} />}
    </Dialog>
  );
}

function ConfirmBody({ estimate, scheduledAt, sending, failure, onSend, onClose }: ConfirmSendDialogProps & { estimate: SendEstimate }) {
  const { t, i18n } = useTranslation();
  // Made when the dialog opens and kept while it is open: the same key for every click.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const sentences = estimateSentences(estimate, t, i18n.language);
  const nobody = estimate.recipients === 0;
  return (
    <>
      <div className="koers-dialog__body">
        <p>{sentences.reach}</p>
        {sentences.notReached !== null && <p>{sentences.notReached}</p>}
        {scheduledAt !== null && <p>{t('messaging.send.scheduledFor', { moment: formatMoment(scheduledAt) })}</p>}
        {failure !== null && (
          <p className="koers-field__error" role="alert">
            {failure}
          </p>
        )}
      </div>
      <div className="koers-button-group">
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          icon="mail"
          disabled={nobody || sending}
          onClick={() => { onSend(idempotencyKey); }}
        >
          {sending ? t('messaging.send.sending') : scheduledAt === null ? t('messaging.send.sendNow') : t('messaging.send.schedule')}
        </Button>
      </div>
    </>
  );
}
