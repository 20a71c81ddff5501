import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useChatConnectionSnapshot } from '../../client/chat-socket';
import { Alert } from '../../ui/Alert';
import { PageHeading } from '../../ui/Heading';
import { useDocumentTitle } from '../pages/document-title';
import { NotFoundPage } from '../pages/NotFoundPage';
import { useChatInbox } from './chat-queries';
import { ChatConversationView } from './ChatConversationView';
import { ChatInboxList } from './ChatInboxList';
import { HandoverPanel } from './HandoverPanel';
import { useStaffChatConnection } from './staff-chat-connection';
import './chat.css';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** /chat and /chat/:clientId: the inbox beside the open conversation, and handing chats over while away. */
export function ChatPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('chat.title'));
  const { clientId } = useParams();
  const location = useLocation();
  const connection = useStaffChatConnection();
  const { state } = useChatConnectionSnapshot(connection);
  const inbox = useChatInbox();
  if (clientId !== undefined && !uuid.test(clientId)) return <NotFoundPage />;

  const line = inbox.data?.conversations.find((conversation) => conversation.clientId === clientId);
  // Opened from the client page, before the first message: the name comes along.
  const passedName = (location.state as { clientName?: unknown } | null)?.clientName;
  const clientName = line?.clientName ?? (typeof passedName === 'string' ? passedName : null);

  return (
    <>
      <PageHeading>{t('chat.title')}</PageHeading>
      {inbox.data !== undefined && <p className="koers-lead">{t('chat.summary', { unread: inbox.data.unread, waiting: inbox.data.waiting })}</p>}
      {state === 'offline' && <Alert type="warning">{t('chat.offline')}</Alert>}
      <div className="koers-chat-page">
        <ChatInboxList inbox={inbox} activeClientId={clientId} />
        {clientId === undefined ? (
          <section className="koers-chat-conversation koers-chat-conversation--none">
            <p>{t('chat.conversation.choose')}</p>
          </section>
        ) : (
          <ChatConversationView key={clientId} clientId={clientId} clientName={clientName} connection={connection} />
        )}
      </div>
      <HandoverPanel />
    </>
  );
}
