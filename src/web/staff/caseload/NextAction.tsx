import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseloadClient } from '../../endpoints/caseload-types';
import { Button, buttonClassName } from '../../ui/Button';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { clientHref, interventionsHref } from './client-links';

export interface NextActionProps {
  client: CaseloadClient;
  onRegisterContact: (client: CaseloadClient) => void;
}

/** The one next step the client's most pressing signal suggests; without signals, the client page. */
export function NextAction({ client, onRegisterContact }: NextActionProps) {
  const { t } = useTranslation();
  const action = client.signals[0]?.action ?? 'open-client';
  const forClient = <VisuallyHidden>{t('caseload.actions.forClient', { name: client.sortName })}</VisuallyHidden>;

  switch (action) {
    case 'register-contact':
      return (
        <Button variant="secondary" onClick={() => { onRegisterContact(client); }}>
          {t('caseload.actions.registerContact')}
          {forClient}
        </Button>
      );
    case 'plan-intervention':
      return (
        <Link to={interventionsHref(client.id)} className={buttonClassName('secondary')}>
          <span>
            {t('caseload.actions.planIntervention')}
            {forClient}
          </span>
        </Link>
      );
    case 'send-message':
      return (
        <Link to={`/messages/new?client=${encodeURIComponent(client.id)}`} className={buttonClassName('secondary')}>
          <span>
            {t('caseload.actions.sendMessage')}
            {forClient}
          </span>
        </Link>
      );
    case 'answer-chat':
      return (
        <Link to={`/chat/${encodeURIComponent(client.id)}`} className={buttonClassName('secondary')}>
          <span>
            {t('caseload.actions.answerChat')}
            {forClient}
          </span>
        </Link>
      );
    default:
      return (
        <Link to={clientHref(client.id)} className={buttonClassName('subtle')}>
          <span>
            {t('caseload.actions.openClient')}
            {forClient}
          </span>
        </Link>
      );
  }
}
