import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatList, formatMomentDate } from '../../i18n/format';
import { Disclosure } from '../../ui/Disclosure';
import { ClientSection } from '../client-page/ClientSection';
import { useClientRecord } from '../client-page/client-record-context';
import { sectionId } from '../client-page/client-sections';
import { useSectionNotice } from '../client-page/section-notice';
import { schedulesFromTimeline } from './schedules-from-timeline';
import { LeaveRequestsPanel } from './LeaveRequestsPanel';
import { ScheduleDetailsView } from './ScheduleDetailsView';
import { ScheduleForm } from './ScheduleForm';

const id = sectionId('attendance');

/** On the client page: the days the client is expected somewhere, and recording a new schedule. */
export function ScheduleSection() {
  const { t, i18n } = useTranslation();
  const { page, canEdit } = useClientRecord();
  const { notice, announce } = useSectionNotice(id);
  const [adding, setAdding] = useState(false);
  const schedules = schedulesFromTimeline(page.timeline);

  return (
    <ClientSection id={id} title={t('clientPage.sections.attendance')} notice={notice}>
      {schedules.length === 0 ? (
        <p>{t('attendance.schedule.none')}</p>
      ) : (
        <ul className="koers-plain-list">
          {schedules.map((schedule) => (
            <li key={schedule.id}>
              <strong>{schedule.location}</strong>
              {': '}
              {formatList(schedule.weekdays.map((day) => t(`attendance.weekdays.${String(day) as '1'}`)), i18n.language)}
              {' '}
              {schedule.validTo === null
                ? t('attendance.schedule.recordedOn', { date: formatMomentDate(schedule.recordedAt) })
                : t('attendance.schedule.until', { date: formatDate(schedule.validTo) })}
              <ScheduleDetailsView schedule={schedule} canEdit={canEdit} onChanged={() => { announce(t('clientSelfService.staff.schedule.changed')); }} />
            </li>
          ))}
        </ul>
      )}
      <p>{t('attendance.schedule.registerHint')}</p>
      {canEdit && (
        <Disclosure summary={t('attendance.schedule.new.title')} open={adding} onOpenChange={setAdding}>
          <ScheduleForm
            onRecorded={() => {
              setAdding(false);
              announce(t('attendance.schedule.new.recorded'));
            }}
          />
        </Disclosure>
      )}
      <LeaveRequestsPanel />
    </ClientSection>
  );
}
