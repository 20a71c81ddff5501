import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoment } from '../../../i18n/format';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { Table } from '../../../ui/Table';
import type { OutboxMessage } from '../messaging-types';
import { isOutboxStatus, outboxReasonText, outboxStatusText, outboxStatusTone, outboxViewerProvider } from './outbox-text';

export interface OutboxTableProps {
  caption: string;
  messages: readonly OutboxMessage[];
  /** Leave the client out where the page is about one client. */
  showClient?: boolean;
  /** Link each row to its send's report. */
  linkSend?: boolean;
  onRetry?: (message: OutboxMessage) => void;
  retrying?: string | null;
}

function lastMoment(message: OutboxMessage): string {
  return message.clickedAt ?? message.openedAt ?? message.deliveredAt ?? message.failedAt ?? message.sentAt ?? message.createdAt;
}

/** Outbox rows: per recipient and channel, the status and its reason, and what was sent. */
export function OutboxTable({ caption, messages, showClient = true, linkSend = false, onRetry, retrying = null }: OutboxTableProps) {
  const { t } = useTranslation();
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          {showClient && <th scope="col">{t('messaging.outbox.columns.client')}</th>}
          <th scope="col">{t('messaging.outbox.columns.channel')}</th>
          <th scope="col">{t('messaging.outbox.columns.status')}</th>
          <th scope="col">{t('messaging.outbox.columns.reason')}</th>
          <th scope="col">{t('messaging.outbox.columns.content')}</th>
          <th scope="col">{t('messaging.outbox.columns.when')}</th>
          {onRetry !== undefined && <th scope="col">{t('messaging.outbox.columns.action')}</th>}
        </tr>
      </thead>
      <tbody>
        {messages.map((message) => (
          <tr key={message.id}>
            {showClient && (
              <th scope="row">
                <Link to={`/clients/${encodeURIComponent(message.client.id)}`}>{message.client.name}</Link>
              </th>
            )}
            <td>{message.channel === null ? '—' : t(`messaging.channels.${message.channel}`)}</td>
            <td>
              <Badge tone={isOutboxStatus(message.status) ? outboxStatusTone[message.status] : 'neutral'}>{outboxStatusText(message.status, t)}</Badge>
              {message.openedAt !== null && <span className="koers-outbox__event"> · {t('messaging.outbox.opened')}</span>}
              {message.clickedAt !== null && <span className="koers-outbox__event"> · {t('messaging.outbox.clicked')}</span>}
              {message.provider === outboxViewerProvider && message.channel !== null && message.channel !== 'app' && (
                <div className="koers-outbox__attempts">{t(`messaging.outbox.viewerOnly.${message.channel}`)}</div>
              )}
              {message.attempts > 1 && <div className="koers-outbox__attempts">{t('messaging.outbox.attempts', { count: message.attempts })}</div>}
            </td>
            <td>{outboxReasonText(message.reason, t)}</td>
            <td className="koers-outbox__content">
              {message.title !== null && <p className="koers-outbox__title">{message.title}</p>}
              {message.body !== null && <p className="koers-prewrap koers-outbox__body">{message.body}</p>}
              {message.title === null && message.body === null && '—'}
              {linkSend && (
                <p>
                  <Link to={`/messages/sends/${encodeURIComponent(message.sendId)}`}>{t('messaging.outbox.toSend')}</Link>
                </p>
              )}
            </td>
            <td>
              <time dateTime={lastMoment(message)}>{formatMoment(lastMoment(message))}</time>
            </td>
            {onRetry !== undefined && (
              <td>
                <Button variant="secondary" disabled={retrying === message.id} onClick={() => { onRetry(message); }}>
                  {t('messaging.deadLetters.retry')}
                  <span className="koers-visually-hidden"> {t('messaging.deadLetters.retryFor', { name: message.client.name, channel: message.channel === null ? '—' : t(`messaging.channels.${message.channel}`) })}</span>
                </Button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
