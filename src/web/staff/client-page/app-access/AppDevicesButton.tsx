import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../../i18n/format';
import { problemMessage } from '../../../i18n/problem-message';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Dialog } from '../../../ui/Dialog';
import { LoadingText } from '../../../ui/LoadingText';
import { Table } from '../../../ui/Table';
import { useClientRecord } from '../client-record-context';
import { devicesKey, listDevices, revokeDevice, type AppDevice } from './app-access-api';

/** "Apparaten": the devices the client signed in on, last seen, and "Intrekken" to sign one out. */
export function AppDevicesButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" icon="lock" onClick={() => { setOpen(true); }}>
        {t('clientApp.coach.devices')}
      </Button>
      <Dialog open={open} wide title={t('clientApp.coach.devicesTitle')} onClose={() => { setOpen(false); }}>
        <DeviceList />
        <div className="koers-button-group">
          <Button variant="secondary" onClick={() => { setOpen(false); }}>
            {t('clientApp.coach.close')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}

function DeviceList() {
  const { t } = useTranslation();
  const { clientId, canEdit } = useClientRecord();
  const queryClient = useQueryClient();
  const devices = useQuery({ queryKey: devicesKey(clientId), queryFn: () => listDevices(clientId) });
  const [confirming, setConfirming] = useState<AppDevice | null>(null);
  const revoke = useMutation({
    mutationFn: (deviceId: string) => revokeDevice(clientId, deviceId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: devicesKey(clientId) }),
  });
  if (devices.isPending) return <LoadingText />;
  if (devices.isError) return <Alert type="error">{problemMessage(devices.error, t).message}</Alert>;
  if (devices.data.devices.length === 0) return <p>{t('clientApp.coach.noDevices')}</p>;
  return (
    <>
      {revoke.isSuccess && <Alert type="success">{t('clientApp.coach.revoked')}</Alert>}
      {revoke.isError && <Alert type="error">{problemMessage(revoke.error, t).message}</Alert>}
      <Table caption={t('clientApp.coach.devicesTitle')} hideCaption>
        <thead>
          <tr>
            <th scope="col">{t('clientApp.coach.device')}</th>
            <th scope="col">{t('clientApp.coach.since')}</th>
            <th scope="col">{t('clientApp.coach.lastSeen')}</th>
            <th scope="col">{t('clientApp.coach.push')}</th>
            <th scope="col">{t('clientApp.coach.state')}</th>
          </tr>
        </thead>
        <tbody>
          {devices.data.devices.map((device) => (
            <tr key={device.id}>
              <td>{device.label ?? t('clientApp.coach.unknownDevice')}</td>
              <td>{formatMoment(device.createdAt)}</td>
              <td>{formatMoment(device.lastSeenAt)}</td>
              <td>{device.push ? t('clientApp.coach.yes') : t('clientApp.coach.no')}</td>
              <td>
                {device.revokedAt !== null ? (
                  t('clientApp.coach.revokedOn', { date: formatMoment(device.revokedAt) })
                ) : canEdit ? (
                  <Button variant="danger" disabled={revoke.isPending} onClick={() => { setConfirming(device); }}>
                    {t('clientApp.coach.revoke')}
                  </Button>
                ) : (
                  t('clientApp.coach.active')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ConfirmDialog
        open={confirming !== null}
        title={t('clientApp.coach.revokeTitle')}
        confirmLabel={t('clientApp.coach.revoke')}
        cancelLabel={t('clientApp.coach.revokeCancel')}
        destructive
        onConfirm={() => {
          if (confirming !== null) revoke.mutate(confirming.id);
          setConfirming(null);
        }}
        onCancel={() => { setConfirming(null); }}
      >
        <p>{t('clientApp.coach.revokeText')}</p>
      </ConfirmDialog>
    </>
  );
}
