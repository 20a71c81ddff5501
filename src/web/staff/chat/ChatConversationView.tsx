import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ChatMessage } from '../../client/chat-api';
import { historyMessages, stillQueued } from '../../client/chat-history';
import { newClientKey, useChatConnectionSnapshot, useChatEvents, type ChatConnection } from '../../client/chat-socket';
import { usePageVisible } from '../../client/page-visible';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { LoadingText } from '../../ui/LoadingText';
import { useConversation } from './chat-queries';
import { ChatMessageItem, QueuedMessageItem } from './ChatMessageItem';
import { StaffChatComposer } from './StaffChatComposer';

/**
 * The open conversation: followed live ('watch') and read while on screen, so the client sees
 * "Gelezen"; answers go through the tab's queue, so none is lost or doubled.
 */
export function ChatConversationView({ clientId, clientName, connection }: { clientId: string; clientName: string | null; connection: ChatConnection | null }) {
  const { t } = useTranslation();
  const location = useLocation();
  const conversation = useConversation(clientId);
  const { state, queue } = useChatConnectionSnapshot(connection);
  const visible = usePageVisible();
  const messages = historyMessages(conversation.data);
  const waiting = stillQueued(queue, messages, clientId);
  const unreadFromClient = messages.filter((message) => message.author === 'client' && message.readAt === null).length;
  const name = clientName ?? t('chat.conversation.client');
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const end = useRef<HTMLDivElement>(null);

  // Opened from the inbox: start at the conversation, not at the top of the page.
  useEffect(() => {
    if (location.key !== 'default') heading.current?.focus();
    // Only when the conversation opens.
  }, []);

  useEffect(() => connection?.keep('watch', { type: 'watch', clientId }), [connection, clientId]);

  useEffect(() => {
    if (visible && state === 'online' && unreadFromClient > 0) connection?.command({ type: 'read', clientId });
  }, [visible, state, unreadFromClient, connection, clientId]);

  useChatEvents(connection, (event) => {
    const message = event.type === 'message' ? (event.message as ChatMessage | undefined) : undefined;
    if (message?.clientId === clientId && message.author === 'client') setAnnouncement(t('chat.conversation.newMessage', { name, body: message.body }));
  });

  const last = waiting.at(-1)?.clientKey ?? messages.at(-1)?.id;
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'nearest' });
  }, [last]);

  return (
    <section className="koers-chat-conversation" aria-labelledby="chat-conversation-title">
      <div className="koers-chat-conversation__head">
        <h2 className="koers-heading koers-heading--2" id="chat-conversation-title" tabIndex={-1} ref={heading}>
          {clientName === null ? t('chat.conversation.unknownClient') : t('chat.conversation.title', { name: clientName })}
        </h2>
        <Link to={`/clients/${encodeURIComponent(clientId)}`}>{t('chat.conversation.toRecord')}</Link>
      </div>
      {conversation.isPending && <LoadingText />}
      {conversation.isError && <Alert type="error" title={t('chat.conversation.loadError')}>{problemMessage(conversation.error, t).message}</Alert>}
      {conversation.hasNextPage && (
        <Button variant="secondary" icon="clock" disabled={conversation.isFetchingNextPage} onClick={() => void conversation.fetchNextPage()}>
          {t('chat.conversation.earlier')}
        </Button>
      )}
      {conversation.isSuccess && messages.length === 0 && waiting.length === 0 && <p>{t('chat.conversation.empty')}</p>}
      <ol className="koers-chat-conversation__messages" aria-label={t('chat.conversation.messages')}>
        {messages.map((message) => (
          <ChatMessageItem key={message.id} message={message} clientName={name} />
        ))}
        {waiting.map((message) => (
          <QueuedMessageItem key={message.clientKey} message={message} clientId={clientId} onRemove={() => connection?.discard(message.clientKey)} />
        ))}
      </ol>
      <div ref={end} />
      {!conversation.isError && (
        <StaffChatComposer
          clientId={clientId}
          disabled={connection === null}
          onSend={(body, attachment) =>
            connection?.send({ clientKey: newClientKey(), clientId, body, ...(attachment === undefined ? {} : { attachmentId: attachment.id, attachment }) })
          }
        />
      )}
      <div aria-live="polite" className="koers-visually-hidden">
        {announcement}
      </div>
    </section>
  );
}
