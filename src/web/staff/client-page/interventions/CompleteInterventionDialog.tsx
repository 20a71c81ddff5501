import { useTranslation } from 'react-i18next';
import type { Intervention } from '../../../endpoints/client-types';
import { localLabel } from '../../../i18n/labels';
import { Dialog } from '../../../ui/Dialog';
import { CompleteInterventionForm } from './CompleteInterventionForm';

export interface CompleteInterventionDialogProps {
  /** The intervention to complete; null while the dialog is closed. */
  intervention: Intervention | null;
  onClose: () => void;
  onCompleted: () => void;
}

export function CompleteInterventionDialog({ intervention, onClose, onCompleted }: CompleteInterventionDialogProps) {
  const { t, i18n } = useTranslation();
  return (
    <Dialog
      open={intervention !== null}
      title={t('clientPage.interventions.complete.title', { intervention: intervention === null ? '' : localLabel(intervention, i18n.language) })}
      onClose={onClose}
    >
      {intervention !== null && <CompleteInterventionForm intervention={intervention} onCancel={onClose} onCompleted={onCompleted} />}
    </Dialog>
  );
}
