import { useTranslation } from 'react-i18next';
import type { ClientStatus } from '../../../endpoints/client-types';
import { localLabel } from '../../../i18n/labels';
import { Dialog } from '../../../ui/Dialog';
import { EndStatusForm } from './EndStatusForm';

export interface EndStatusDialogProps {
  /** The status to end; null while the dialog is closed. */
  status: ClientStatus | null;
  onClose: () => void;
  onEnded: () => void;
}

/** Asks for the last day a status held. */
export function EndStatusDialog({ status, onClose, onEnded }: EndStatusDialogProps) {
  const { t, i18n } = useTranslation();
  return (
    <Dialog
      open={status !== null}
      title={t('clientPage.statuses.end.title', { status: status === null ? '' : localLabel(status, i18n.language) })}
      onClose={onClose}
    >
      {status !== null && <EndStatusForm status={status} onCancel={onClose} onEnded={onEnded} />}
    </Dialog>
  );
}
