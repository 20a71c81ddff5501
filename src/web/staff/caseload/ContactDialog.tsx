import { useTranslation } from 'react-i18next';
import type { CaseloadClient } from '../../endpoints/caseload-types';
import { Dialog } from '../../ui/Dialog';
import { ContactForm } from './ContactForm';

export interface ContactDialogProps {
  /** The client the contact was with; null while the dialog is closed. */
  client: CaseloadClient | null;
  onClose: () => void;
  onRecorded: (message: string) => void;
}

/** "Contact vastleggen": the one-click action for a client who needs contact. */
export function ContactDialog({ client, onClose, onRecorded }: ContactDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={client !== null} title={t('caseload.contact.title')} onClose={onClose}>
      {client !== null && (
        <>
          <p>{t('caseload.contact.with', { name: client.sortName, clientNumber: client.clientNumber })}</p>
          <ContactForm client={client} onCancel={onClose} onRecorded={onRecorded} />
        </>
      )}
    </Dialog>
  );
}
