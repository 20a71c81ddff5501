import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getNotifications, markNotificationRead, type StaffNotification } from '../../endpoints/self-service';
import { formatMoment } from '../../i18n/format';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { notificationText, notificationsKey } from './notification-text';
import './notifications.css';

/** "Meldingen" on the start page: a client reported sick or asked for leave, newest first. */
export function NotificationsSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const notifications = useQuery({ queryKey: notificationsKey, queryFn: getNotifications, refetchInterval: 60_000 });
  const read = useMutation({ mutationFn: markNotificationRead, onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }) });
  return (
    <section aria-labelledby="home-notifications">
      <Heading level={2} id="home-notifications">
        {t('clientSelfService.staff.notifications.title')}
      </Heading>
      {notifications.isPending && <LoadingText />}
      {notifications.isError && <Alert type="error">{problemMessage(notifications.error, t).message}</Alert>}
      {notifications.data !== undefined &&
        (notifications.data.notifications.length === 0 ? (
          <p>{t('clientSelfService.staff.notifications.none')}</p>
        ) : (
          <>
            <p role="status">{t('clientSelfService.staff.notifications.unread', { count: notifications.data.unread })}</p>
            <ul className="koers-notification-list">
              {notifications.data.notifications.map((notification) => (
                <NotificationItem key={notification.id} notification={notification} onRead={() => { read.mutate(notification.id); }} reading={read.isPending && read.variables === notification.id} />
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}

function NotificationItem({ notification, onRead, reading }: { notification: StaffNotification; onRead: () => void; reading: boolean }) {
  const { t } = useTranslation();
  const text = notificationText(notification, t);
  return (
    <li className={['koers-notification', notification.read ? '' : 'koers-notification--unread'].filter(Boolean).join(' ')}>
      <p className="koers-notification__text">
        {!notification.read && (
          <>
            <Badge tone="info">{t('clientSelfService.staff.notifications.new')}</Badge>{' '}
          </>
        )}
        {text}
      </p>
      <p className="koers-notification__meta">
        <time dateTime={notification.createdAt}>{formatMoment(notification.createdAt)}</time>
        {notification.client !== null && (
          <>
            {' · '}
            <Link
              to={`/clients/${notification.client.id}`}
              onClick={() => {
                if (!notification.read) onRead();
              }}
            >
              {t('clientSelfService.staff.notifications.openClient', { name: notification.client.name })}
            </Link>
          </>
        )}
        {!notification.read && (
          <>
            {' · '}
            <Button variant="subtle" icon="check" onClick={onRead} disabled={reading} aria-label={`${t('clientSelfService.staff.notifications.markRead')}: ${text}`}>
              {t('clientSelfService.staff.notifications.markRead')}
            </Button>
          </>
        )}
      </p>
    </li>
  );
}
