import { useTranslation } from 'react-i18next';
import type { ChatAttachment, ChatMessage } from '../../client/chat-api';
import { formatChatTime } from '../../client/chat-format';
import type { QueuedMessage } from '../../client/chat-socket';
import { ChatAttachmentView } from '../../client/ChatAttachmentView';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { chatAttachmentUrl } from './chat-api';

function Attachment({ clientId, attachment }: { clientId: string; attachment: ChatAttachment }) {
  const { t } = useTranslation();
  return (
    <ChatAttachmentView
      attachment={attachment}
      url={chatAttachmentUrl(clientId, attachment.id)}
      photoLabel={t('chat.conversation.photo', { name: attachment.fileName })}
      documentLabel={t('chat.conversation.document', { name: attachment.fileName })}
    />
  );
}

/** One message of the conversation: the client's at the start, the organisation's at the end with its read mark. */
export function ChatMessageItem({ message, clientName }: { message: ChatMessage; clientName: string }) {
  const { t, i18n } = useTranslation();
  const own = message.author === 'staff';
  return (
    <li className={`koers-chat-message koers-chat-message--${own ? 'own' : 'theirs'}`}>
      <p className="koers-chat-message__meta">
        <span className="koers-chat-message__who">{own ? (message.authorName ?? '') : clientName}</span>{' '}
        <time dateTime={message.sentAt}>{formatChatTime(message.sentAt, i18n.language)}</time>
      </p>
      {message.body !== '' && <p className="koers-chat-message__body">{message.body}</p>}
      {message.attachment !== null && <Attachment clientId={message.clientId} attachment={message.attachment} />}
      {own && (
        <p className="koers-chat-message__status">
          <Icon name="check" />
          {message.readAt !== null ? t('chat.conversation.read') : t('chat.conversation.sent')}
        </p>
      )}
    </li>
  );
}

/** A message of this staff member that waits to be sent, or was refused. */
export function QueuedMessageItem({ message, clientId, onRemove }: { message: QueuedMessage; clientId: string; onRemove: () => void }) {
  const { t } = useTranslation();
  const refused = message.refused !== undefined;
  return (
    <li className="koers-chat-message koers-chat-message--own koers-chat-message--queued">
      {message.body !== '' && <p className="koers-chat-message__body">{message.body}</p>}
      {message.attachment !== undefined && <Attachment clientId={clientId} attachment={message.attachment} />}
      <p className="koers-chat-message__status">
        <Icon name={refused ? 'warning' : 'clock'} />
        {refused ? t('chat.conversation.notSent') : t('chat.conversation.sending')}
      </p>
      {refused && (
        <Button variant="secondary" onClick={onRemove}>
          {t('chat.conversation.remove')}
        </Button>
      )}
    </li>
  );
}
