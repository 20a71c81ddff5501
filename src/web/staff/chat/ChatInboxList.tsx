import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Heading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import type { ChatConversation, ChatInbox } from './chat-api';
import { waitingText } from './waiting-time';

/** Now, renewed every minute: "wacht 2 uur" moves on while the page is open. */
function useMinute(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = window.setInterval(() => { setNow(Date.now()); }, 60_000);
    return () => { window.clearInterval(timer); };
  }, []);
  return now;
}

function InboxLine({ conversation, active, now }: { conversation: ChatConversation; active: boolean; now: number }) {
  const { t } = useTranslation();
  const preview = conversation.lastPreview === '📎' ? t('chat.inbox.attachment') : conversation.lastPreview;
  return (
    <li>
      <Link
        to={`/chat/${encodeURIComponent(conversation.clientId)}`}
        aria-current={active ? 'page' : undefined}
        className={['koers-chat-inbox__line', conversation.unread > 0 ? 'koers-chat-inbox__line--unread' : ''].filter(Boolean).join(' ')}
      >
        <span className="koers-chat-inbox__name">{conversation.clientName}</span>
        <span className="koers-chat-inbox__number">{conversation.clientNumber}</span>
        <span className="koers-chat-inbox__badges">
          {conversation.unread > 0 && <Badge tone="info">{t('chat.inbox.unread', { count: conversation.unread })}</Badge>}
          {conversation.waitingSince !== null && (
            <Badge tone="warning" icon="clock">
              {waitingText(conversation.waitingSince, t, now)}
            </Badge>
          )}
          <Badge>{t(`chat.inbox.reason.${conversation.reason}`)}</Badge>
        </span>
        <span className="koers-chat-inbox__preview">{conversation.lastAuthor === 'staff' ? t('chat.inbox.lastByStaff', { text: preview }) : preview}</span>
      </Link>
    </li>
  );
}

/** The chat inbox: unread first, then who has waited longest, with why each is here. */
export function ChatInboxList({ inbox, activeClientId }: { inbox: UseQueryResult<ChatInbox>; activeClientId: string | undefined }) {
  const { t } = useTranslation();
  const now = useMinute();
  return (
    <section className="koers-chat-inbox" aria-labelledby="chat-inbox-title">
      <Heading level={2} id="chat-inbox-title">
        {t('chat.inbox.title')}
      </Heading>
      {inbox.isPending && <LoadingText />}
      {inbox.isError && <Alert type="error" title={t('chat.inbox.loadError')}>{problemMessage(inbox.error, t).message}</Alert>}
      {inbox.data?.conversations.length === 0 && <p>{t('chat.inbox.empty')}</p>}
      {inbox.data !== undefined && inbox.data.conversations.length > 0 && (
        <ul className="koers-chat-inbox__list">
          {inbox.data.conversations.map((conversation) => (
            <InboxLine key={conversation.clientId} conversation={conversation} active={conversation.clientId === activeClientId} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}
