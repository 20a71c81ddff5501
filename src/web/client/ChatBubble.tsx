import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { myAttachmentUrl, type ChatAttachment, type ChatMessage } from './chat-api';
import { formatChatTime } from './chat-format';
import type { QueuedMessage } from './chat-socket';
import { ChatAttachmentView } from './ChatAttachmentView';
import { ReadAloudButton } from './ReadAloudButton';

function Attachment({ attachment }: { attachment: ChatAttachment }) {
  const { t } = useTranslation();
  return (
    <ChatAttachmentView
      attachment={attachment}
      url={myAttachmentUrl(attachment.id)}
      photoLabel={t('clientChat.photo', { name: attachment.fileName })}
      documentLabel={t('clientChat.document', { name: attachment.fileName })}
    />
  );
}

/** One message in the client's chat: theirs at the start with a read-aloud button, the client's own at the end with its read mark. */
export function ChatBubble({ message, fallbackName }: { message: ChatMessage; fallbackName: string }) {
  const { t, i18n } = useTranslation();
  const bodyId = useId();
  const own = message.author === 'client';
  const who = own ? t('clientChat.you') : (message.authorName ?? fallbackName);
  return (
    <li className={`koers-chat-bubble koers-chat-bubble--${own ? 'own' : 'theirs'}`}>
      <p className="koers-chat-bubble__who">{who}</p>
      {message.body !== '' && (
        <p id={bodyId} className="koers-chat-bubble__body">
          {message.body}
        </p>
      )}
      {message.attachment !== null && <Attachment attachment={message.attachment} />}
      <p className="koers-chat-bubble__meta">
        <time dateTime={message.sentAt}>{formatChatTime(message.sentAt, i18n.language)}</time>
        {own && (
          <span className="koers-chat-bubble__status">
            <Icon name="check" />
            {message.readAt !== null ? t('clientChat.read') : t('clientChat.sent')}
          </span>
        )}
      </p>
      {!own && message.body !== '' && <ReadAloudButton text={`${who}: ${message.body}`} describedBy={bodyId} />}
    </li>
  );
}

/** The client's own message while it waits to be sent (or was refused). */
export function QueuedBubble({ message, onRemove }: { message: QueuedMessage; onRemove: () => void }) {
  const { t } = useTranslation();
  const refused = message.refused !== undefined;
  return (
    <li className="koers-chat-bubble koers-chat-bubble--own koers-chat-bubble--queued">
      <p className="koers-chat-bubble__who">{t('clientChat.you')}</p>
      {message.body !== '' && <p className="koers-chat-bubble__body">{message.body}</p>}
      {message.attachment !== undefined && <Attachment attachment={message.attachment} />}
      <p className="koers-chat-bubble__meta">
        <span className="koers-chat-bubble__status">
          <Icon name={refused ? 'warning' : 'clock'} />
          {refused ? t('clientChat.notSent') : t('clientChat.sending')}
        </span>
      </p>
      {refused && (
        <Button variant="secondary" size="large" onClick={onRemove}>
          {t('clientChat.remove')}
        </Button>
      )}
    </li>
  );
}
