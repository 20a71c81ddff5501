import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AccessReasonForm } from '../clients/AccessReasonForm';

/** A client outside the user's caseload and team: open it only with a recorded reason. */
export function OutsideScope({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="koers-lead">{t('clients.access.explanation')}</p>
      <AccessReasonForm clientId={clientId} idPrefix="outside-scope" onGranted={() => undefined} />
      <p>
        <Link to="/clients">{t('clientPage.backToSearch')}</Link>
      </p>
    </>
  );
}
