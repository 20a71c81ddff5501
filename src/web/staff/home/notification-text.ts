import type { TFunction } from 'i18next';
import type { StaffNotification } from '../../endpoints/self-service';
import { formatDate } from '../../i18n/format';
import { staffDataKey } from '../session/session-query';

export const notificationsKey = [...staffDataKey, 'notifications'] as const;

const detail = (notification: StaffNotification, key: string): string => {
  const value = notification.details[key];
  return typeof value === 'string' ? value : '—';
};

/** A period of days as the staff app shows it: "06-07-2026" or "06-07-2026 tot en met 10-07-2026". */
export function periodText(firstDay: string, lastDay: string, t: TFunction): string {
  return firstDay === lastDay ? formatDate(firstDay) : t('clientSelfService.staff.leave.period', { from: formatDate(firstDay), to: formatDate(lastDay) });
}

/** What a notification says, in a sentence naming the client. */
export function notificationText(notification: StaffNotification, t: TFunction): string {
  const client = notification.client?.name ?? t('clientSelfService.staff.notifications.someone');
  switch (notification.kind) {
    case 'client.reported-sick':
      return t('clientSelfService.staff.notifications.kinds.reportedSick', { client, date: formatDate(detail(notification, 'firstDay')) });
    case 'client.recovered':
      return t('clientSelfService.staff.notifications.kinds.recovered', { client, date: formatDate(detail(notification, 'recoveredOn')) });
    case 'client.leave-requested':
      return t('clientSelfService.staff.notifications.kinds.leaveRequested', { client, period: periodText(detail(notification, 'firstDay'), detail(notification, 'lastDay'), t) });
    case 'client.leave-withdrawn':
      return t('clientSelfService.staff.notifications.kinds.leaveWithdrawn', { client, period: periodText(detail(notification, 'firstDay'), detail(notification, 'lastDay'), t) });
    case 'client.access-with-reason':
      return t('clientSelfService.staff.notifications.kinds.accessWithReason', { client, reason: detail(notification, 'reason') });
    default:
      return t('clientSelfService.staff.notifications.kinds.unknown', { client });
  }
}
