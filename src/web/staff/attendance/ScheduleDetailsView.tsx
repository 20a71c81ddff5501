import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../../ui/Disclosure';
import { ScheduleDetailsForm } from './ScheduleDetailsForm';
import type { KnownSchedule } from './schedules-from-timeline';
import './schedule-details.css';

/** What the client sees about a schedule in the app, and (for whoever may edit) changing it. */
export function ScheduleDetailsView({ schedule, canEdit, onChanged }: { schedule: KnownSchedule; canEdit: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const shown = (['address', 'activity', 'whatToBring', 'whatToWear'] as const).filter((key) => schedule.details[key] !== null);
  return (
    <>
      {shown.length > 0 && (
        <dl className="koers-schedule-details__list">
          {shown.map((key) => (
            <div key={key}>
              <dt>{t(`clientSelfService.staff.schedule.${key}`)}</dt>
              <dd>{schedule.details[key]}</dd>
            </div>
          ))}
        </dl>
      )}
      {canEdit && schedule.validTo === null && (
        <Disclosure summary={t('clientSelfService.staff.schedule.change')} open={open} onOpenChange={setOpen}>
          <ScheduleDetailsForm
            schedule={schedule}
            onChanged={() => {
              setOpen(false);
              onChanged();
            }}
          />
        </Disclosure>
      )}
    </>
  );
}
