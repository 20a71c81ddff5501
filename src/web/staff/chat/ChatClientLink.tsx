import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClassName } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { useClientRecord } from '../client-page/client-record-context';

/** "Chat" on the client page: the conversation with this client in the chat inbox. */
export function ChatClientLink() {
  const { t } = useTranslation();
  const { clientId, page } = useClientRecord();
  return (
    <Link to={`/chat/${encodeURIComponent(clientId)}`} state={{ clientName: page.client.name.fullName }} className={buttonClassName('secondary')}>
      <Icon name="chat" />
      <span>{t('chat.clientAction')}</span>
    </Link>
  );
}
