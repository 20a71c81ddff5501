import type { TFunction } from 'i18next';
import { formatDate } from '../../i18n/format';
import { text, type EntryData } from '../client-page/timeline/timeline-data';
import { periodText } from '../home/notification-text';

/** A timeline entry of self-service in the client app (sick, better, leave asked, decided or withdrawn) or of what a schedule tells the client, as a sentence. */
export function selfServiceSentence(kind: string, data: EntryData, actor: string, t: TFunction): string {
  const date = (key: string) => formatDate(text(data, key) ?? '—');
  const period = () => periodText(text(data, 'firstDay') ?? '—', text(data, 'lastDay') ?? '—', t);
  switch (kind) {
    case 'client.reported-sick':
      return t('clientSelfService.staff.timeline.reportedSick', { date: date('firstDay') });
    case 'client.recovered':
      return t('clientSelfService.staff.timeline.recovered', { date: date('recoveredOn') });
    case 'leave.requested':
      return t('clientSelfService.staff.timeline.leaveRequested', { period: period() });
    case 'leave.decided':
      return text(data, 'decision') === 'approved' ? t('clientSelfService.staff.timeline.leaveApproved', { actor, period: period() }) : t('clientSelfService.staff.timeline.leaveDeclined', { actor, period: period() });
    case 'leave.withdrawn':
      return data.wasApproved === true ? t('clientSelfService.staff.timeline.approvedLeaveWithdrawn', { period: period() }) : t('clientSelfService.staff.timeline.leaveWithdrawn', { period: period() });
    default:
      return t('clientSelfService.staff.timeline.scheduleChanged', { actor });
  }
}
