import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClassName } from '../../../ui/Button';
import { Icon } from '../../../ui/Icon';
import { useClientRecord } from '../../client-page/client-record-context';
import { useActiveSession } from '../../session/ActiveSession';
import { hasAnyRole, senderRoles } from '../messaging-roles';

/** "Bericht sturen" on the client page: the send screen with this client chosen. */
export function SendMessageLink() {
  const { t } = useTranslation();
  const { clientId, canEdit } = useClientRecord();
  const session = useActiveSession();
  if (!canEdit || !hasAnyRole(session, senderRoles)) return null;
  return (
    <Link to={`/messages/new?client=${encodeURIComponent(clientId)}`} className={buttonClassName('secondary')}>
      <Icon name="mail" />
      <span>{t('messaging.client.send')}</span>
    </Link>
  );
}
