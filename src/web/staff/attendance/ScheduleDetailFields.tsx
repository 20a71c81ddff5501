import { useTranslation } from 'react-i18next';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import type { ScheduleDetails } from './schedules-from-timeline';
import './schedule-details.css';

export const scheduleDetailKeys = ['address', 'activity', 'whatToBring', 'whatToWear'] as const;
export const noDetails: ScheduleDetails = { address: null, activity: null, whatToBring: null, whatToWear: null };

const ids = { address: 'address', activity: 'activity', whatToBring: 'bring', whatToWear: 'wear' } as const;

/** What the client sees about a scheduled day in the app: address, what they do, bring and wear. */
export function ScheduleDetailFields({ idPrefix, values, onChange, errors }: { idPrefix: string; values: ScheduleDetails; onChange: (values: ScheduleDetails) => void; errors: Partial<Record<keyof ScheduleDetails, string>> }) {
  const { t } = useTranslation();
  const set = (key: keyof ScheduleDetails, value: string) => { onChange({ ...values, [key]: value }); };
  return (
    <fieldset className="koers-schedule-details">
      <legend>{t('clientSelfService.staff.schedule.clientSees')}</legend>
      <TextField
        id={`${idPrefix}-${ids.address}`}
        label={t('clientSelfService.staff.schedule.address')}
        description={t('clientSelfService.staff.schedule.addressDescription')}
        optional
        maxLength={300}
        value={values.address ?? ''}
        onChange={(event) => { set('address', event.target.value); }}
        error={errors.address}
      />
      {(['activity', 'whatToBring', 'whatToWear'] as const).map((key) => (
        <TextArea
          key={key}
          id={`${idPrefix}-${ids[key]}`}
          label={t(`clientSelfService.staff.schedule.${key}`)}
          optional
          rows={2}
          maxLength={500}
          value={values[key] ?? ''}
          onChange={(event) => { set(key, event.target.value); }}
          error={errors[key]}
        />
      ))}
    </fieldset>
  );
}
