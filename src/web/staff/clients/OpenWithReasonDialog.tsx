import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Dialog } from '../../ui/Dialog';
import { AccessReasonForm } from './AccessReasonForm';

export interface OpenWithReasonDialogProps {
  /** The client to open; null while the dialog is closed. */
  client: { id: string; clientNumber: string } | null;
  onClose: () => void;
}

/** Asks why the user needs a client outside their caseload, then opens the client. */
export function OpenWithReasonDialog({ client, onClose }: OpenWithReasonDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Dialog
      open={client !== null}
      title={t('clients.access.dialogTitle', { clientNumber: client?.clientNumber ?? '' })}
      onClose={onClose}
    >
      <p>{t('clients.access.explanation')}</p>
      {client !== null && (
        <AccessReasonForm
          clientId={client.id}
          idPrefix="open-with-reason"
          onCancel={onClose}
          onGranted={async () => {
            onClose();
            await navigate(`/clients/${encodeURIComponent(client.id)}`);
          }}
        />
      )}
    </Dialog>
  );
}
