import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../i18n/problem-message';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { LoadingText } from '../../../ui/LoadingText';
import { useClientRecord } from '../client-record-context';
import { inviteToApp } from './app-access-api';

/**
 * "App-uitnodiging": sends the client the link to the app (by SMS or email, through the outbox)
 * and shows the same link as a QR code to scan on the spot.
 */
export function AppInvitationButton() {
  const { t } = useTranslation();
  const { clientId, canEdit } = useClientRecord();
  const [open, setOpen] = useState(false);
  const invite = useMutation({ mutationFn: () => inviteToApp(clientId) });
  if (!canEdit) return null;
  const sentText = (sentOn: 'sms' | 'email' | null) =>
    sentOn === 'sms' ? t('clientApp.coach.inviteSentSms') : sentOn === 'email' ? t('clientApp.coach.inviteSentEmail') : t('clientApp.coach.inviteNotSent');
  return (
    <>
      <Button
        variant="secondary"
        icon="user"
        onClick={() => {
          setOpen(true);
          invite.mutate();
        }}
      >
        {t('clientApp.coach.invite')}
      </Button>
      <Dialog open={open} title={t('clientApp.coach.inviteTitle')} onClose={() => { setOpen(false); invite.reset(); }}>
        {invite.isPending && <LoadingText label={t('clientApp.coach.inviteSending')} />}
        {invite.isError && <Alert type="error">{problemMessage(invite.error, t).message}</Alert>}
        {invite.data !== undefined && (
          <>
            <Alert type={invite.data.sentOn === null ? 'warning' : 'success'}>{sentText(invite.data.sentOn)}</Alert>
            <p>{t('clientApp.coach.scan')}</p>
            <img
              className="koers-app-invitation__qr"
              src={`data:image/svg+xml;utf8,${encodeURIComponent(invite.data.qrCodeSvg)}`}
              alt={t('clientApp.coach.qrCode')}
              width={240}
              height={240}
            />
            <p>
              {t('clientApp.coach.link')}: <a href={invite.data.link}>{invite.data.link}</a>
            </p>
          </>
        )}
        <div className="koers-button-group">
          <Button variant="secondary" onClick={() => { setOpen(false); invite.reset(); }}>
            {t('clientApp.coach.close')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
