import { useTranslation } from 'react-i18next';
import type { CaseloadClient, OpenSignal } from '../../endpoints/caseload-types';
import { Dialog } from '../../ui/Dialog';
import { signalTitle } from './signal-text';
import { SnoozeForm } from './SnoozeForm';

export interface SnoozeDialogProps {
  /** The signal to put aside and its client; null while the dialog is closed. */
  target: { client: CaseloadClient; signal: OpenSignal } | null;
  onClose: () => void;
  onSnoozed: (message: string) => void;
}

/** "Signaal uitstellen": a signal put aside until a date, with the reason on record. */
export function SnoozeDialog({ target, onClose, onSnoozed }: SnoozeDialogProps) {
  const { t, i18n } = useTranslation();
  return (
    <Dialog open={target !== null} title={t('caseload.snooze.title')} onClose={onClose}>
      {target !== null && (
        <>
          <p>{t('caseload.snooze.which', { signal: signalTitle(target.signal, i18n.language), name: target.client.sortName })}</p>
          <SnoozeForm client={target.client} signal={target.signal} onCancel={onClose} onSnoozed={onSnoozed} />
        </>
      )}
    </Dialog>
  );
}
