import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { MessageIcon } from '../staff/messaging/icons';
import { Button } from '../ui/Button';
import type { InboxMessage } from './client-api';
import { ReadAloudButton } from './ReadAloudButton';

/** One message as a card: a big icon, the title and the words, read aloud on request. */
export function MessageCard({ message, highlighted, onRead, reading }: { message: InboxMessage; highlighted: boolean; onRead: () => void; reading: boolean }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  return (
    <li className={['koers-message-card', message.read ? '' : 'koers-message-card--unread', highlighted ? 'koers-message-card--highlighted' : ''].filter(Boolean).join(' ')}>
      <article aria-labelledby={titleId}>
        <div className="koers-message-card__head">
          <span className="koers-message-card__icon">
            <MessageIcon name={message.icon} size={40} />
          </span>
          <div>
            {!message.read && <span className="koers-message-card__new">{t('clientApp.home.new')}</span>}
            <h3 id={titleId} className="koers-message-card__title" lang={message.language}>
              {message.title}
            </h3>
          </div>
        </div>
        <p className="koers-message-card__body" lang={message.language}>
          {message.body}
        </p>
        <p className="koers-message-card__date">{t('clientApp.home.received', { date: formatDateTime(message.receivedAt, i18n.language) })}</p>
        <div className="koers-message-card__actions">
          <ReadAloudButton text={`${message.title}. ${message.body}`} describedBy={titleId} language={message.language} />
          {!message.read && (
            <Button icon="check" size="large" onClick={onRead} disabled={reading} aria-describedby={titleId}>
              {t('clientApp.home.markRead')}
            </Button>
          )}
        </div>
      </article>
    </li>
  );
}
