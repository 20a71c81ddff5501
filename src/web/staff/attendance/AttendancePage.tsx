import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDate, todayIso } from '../../i18n/format';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Heading, PageHeading } from '../../ui/Heading';
import { LiveMessage } from '../../ui/LiveMessage';
import { LoadingText } from '../../ui/LoadingText';
import { useDocumentTitle } from '../pages/document-title';
import { useRegisterQuery } from './attendance-queries';
import { AttendanceEntryForm } from './AttendanceEntryForm';
import { RegisterFilterForm } from './RegisterFilterForm';
import './attendance.css';

const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The register: who is expected on a day, and how each of them attended. */
export function AttendancePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('attendance.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const dayParam = searchParams.get('day');
  const day = isDate(dayParam) ? dayParam : todayIso();
  const location = searchParams.get('location') ?? '';
  const register = useRegisterQuery(day, location);
  const [message, setMessage] = useState<string | null>(null);

  return (
    <>
      <PageHeading>{t('attendance.title')}</PageHeading>
      <p className="koers-lead">{t('attendance.intro')}</p>
      <RegisterFilterForm
        key={`${day}|${location}`}
        day={day}
        location={location}
        onApply={(next) => {
          setMessage(null);
          setSearchParams(next.location === '' ? { day: next.day } : { day: next.day, location: next.location });
        }}
      />
      <LiveMessage message={message} />
      <section aria-labelledby="attendance-register-title">
        <Heading level={2} id="attendance-register-title">
          {location === '' ? t('attendance.register.title', { date: formatDate(day) }) : t('attendance.register.titleAt', { date: formatDate(day), location })}
        </Heading>
        {register.isPending && <LoadingText />}
        {register.isError && <Alert type="error">{problemMessage(register.error, t).message}</Alert>}
        {register.data?.rows.length === 0 && <p>{t('attendance.register.none')}</p>}
        {register.data !== undefined && register.data.rows.length > 0 && (
          <>
            <p>{t('attendance.register.count', { count: register.data.rows.length })}</p>
            <ul className="koers-attendance-list">
              {register.data.rows.map((row) => (
                <li key={`${row.clientId}-${row.startsAt}`}>
                  <AttendanceEntryForm day={register.data.day} row={row} onSaved={setMessage} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
