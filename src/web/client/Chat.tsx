import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { LoadingText } from '../ui/LoadingText';
import { historyMessages, stillQueued } from './chat-history';
import { useMyChatConnection, useMyChatHistory } from './chat-live';
import { newClientKey, useChatConnectionSnapshot, useChatEvents } from './chat-socket';
import { ChatBubble, QueuedBubble } from './ChatBubble';
import { ChatComposer } from './ChatComposer';
import { ChatHeader } from './ChatHeader';
import { usePageVisible } from './page-visible';
import './Chat.css';

/**
 * The chat with the coach: who answers, the conversation, and writing. A message shows at once;
 * without a connection it waits on the phone and goes out when the connection is back.
 */
export function Chat({ deviceId }: { deviceId: string }) {
  const { t } = useTranslation();
  const connection = useMyChatConnection(deviceId);
  const { state, queue } = useChatConnectionSnapshot(connection);
  const history = useMyChatHistory();
  const visible = usePageVisible();
  const newest = history.data?.pages[0];
  const messages = historyMessages(history.data);
  const waiting = stillQueued(queue, messages);
  const unread = newest?.unread ?? 0;
  const [announcement, setAnnouncement] = useState('');
  const end = useRef<HTMLDivElement>(null);
  const fallbackName = newest?.counterpart.name ?? '';

  useChatEvents(connection, (event) => {
    const message = event.type === 'message' ? (event.message as { author?: string; authorName?: string | null; body?: string } | undefined) : undefined;
    if (message?.author === 'staff') setAnnouncement(t('clientChat.newMessage', { name: message.authorName ?? fallbackName, body: message.body ?? '' }));
  });

  // Read while on screen: the coach then sees "Gelezen".
  useEffect(() => {
    if (visible && state === 'online' && unread > 0) connection?.command({ type: 'read' });
  }, [visible, state, unread, connection]);

  // The newest message in view when one is added at the end.
  const last = waiting.at(-1)?.clientKey ?? messages.at(-1)?.id;
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'nearest' });
  }, [last]);

  return (
    <div className="koers-chat">
      <h1>{t('clientChat.title')}</h1>
      {newest !== undefined && <ChatHeader counterpart={newest.counterpart} />}
      {state === 'offline' && <Alert type="warning">{t('clientChat.offline')}</Alert>}
      {history.isPending && <LoadingText />}
      {history.isError && <Alert type="error">{t('clientChat.loadError')}</Alert>}
      {history.hasNextPage && (
        <Button variant="secondary" size="large" icon="clock" disabled={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
          {t('clientChat.earlier')}
        </Button>
      )}
      {history.isSuccess && messages.length === 0 && waiting.length === 0 && <p className="koers-client-lead">{t('clientChat.empty')}</p>}
      <ol className="koers-chat-messages" aria-label={t('clientChat.messages')}>
        {messages.map((message) => (
          <ChatBubble key={message.id} message={message} fallbackName={fallbackName} />
        ))}
        {waiting.map((message) => (
          <QueuedBubble key={message.clientKey} message={message} onRemove={() => connection?.discard(message.clientKey)} />
        ))}
      </ol>
      <div ref={end} />
      <ChatComposer
        disabled={connection === null}
        onSend={(body, attachment) =>
          connection?.send({ clientKey: newClientKey(), body, ...(attachment === undefined ? {} : { attachmentId: attachment.id, attachment }) })
        }
      />
      <div aria-live="polite" className="koers-visually-hidden">
        {announcement}
      </div>
    </div>
  );
}
