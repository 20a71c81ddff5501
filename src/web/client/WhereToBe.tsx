import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import { LoadingText } from '../ui/LoadingText';
import { ReadAloudButton } from './ReadAloudButton';
import { clockTime, dayName, longDate } from './self-service-dates';
import { fetchMySchedule, myScheduleKey, type ScheduledDay } from './self-service-api';
import { SelfServiceIcon, type SelfServiceIconName } from './SelfServiceIcon';
import './self-service.css';

/** "Waar moet ik zijn?": today and the coming two weeks, a card per day, and the appointments. */
export function WhereToBe() {
  const { t, i18n } = useTranslation();
  const schedule = useQuery({ queryKey: myScheduleKey, queryFn: fetchMySchedule });
  const data = schedule.data;
  const appointmentsId = useId();
  return (
    <>
      <h1>{t('clientSelfService.schedule.title')}</h1>
      <p className="koers-client-lead">{t('clientSelfService.schedule.lead')}</p>
      {schedule.isPending && <LoadingText />}
      {schedule.isError && <Alert type="error">{t('clientSelfService.loadError')}</Alert>}
      {data !== undefined && (
        <>
          {data.days.length === 0 ? (
            <>
              <p className="koers-client-lead">{t('clientSelfService.schedule.none')}</p>
              <ReadAloudButton text={`${t('clientSelfService.schedule.title')} ${t('clientSelfService.schedule.none')}`} />
            </>
          ) : (
            <ul className="koers-self-service__list">
              {data.days.map((day) => (
                <li key={day.day}>
                  <DayCard day={day} today={data.from} />
                </li>
              ))}
            </ul>
          )}
          {data.appointments.length > 0 && (
            <section className="koers-self-service__section" aria-labelledby={appointmentsId}>
              <h2 id={appointmentsId}>{t('clientSelfService.schedule.appointments')}</h2>
              <ul className="koers-self-service__list">
                {data.appointments.map((appointment) => (
                  <li key={appointment.id} className="koers-self-service__line">
                    <SelfServiceIcon name="calendar" />
                    <span>
                      <strong>{dayName(appointment.day, data.from, i18n.language, { today: t('clientSelfService.schedule.today'), tomorrow: t('clientSelfService.schedule.tomorrow') })}</strong>
                      {': '}
                      <span lang={i18n.language === 'en' ? 'en' : 'nl'}>{i18n.language === 'en' ? appointment.labelEn : appointment.labelNl}</span>
                    </span>
                  </li>
                ))}
              </ul>
              <ReadAloudButton
                describedBy={appointmentsId}
                text={[t('clientSelfService.schedule.appointments'), ...data.appointments.map((a) => `${longDate(a.day, i18n.language)}: ${i18n.language === 'en' ? a.labelEn : a.labelNl}`)].join('. ')}
              />
            </section>
          )}
        </>
      )}
    </>
  );
}

const statusTone: Record<NonNullable<ScheduledDay['status']>, string> = {
  present: 'done',
  sick: 'away',
  leave: 'away',
  'leave-requested': 'waiting',
  absent_with_notice: 'away',
  absent_without_notice: 'away',
};

/** One day: when, where, what to do, bring and wear, and whether the client is sick or on leave. */
function DayCard({ day, today }: { day: ScheduledDay; today: string }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const title = dayName(day.day, today, i18n.language, { today: t('clientSelfService.schedule.today'), tomorrow: t('clientSelfService.schedule.tomorrow') });
  const time = t('clientSelfService.schedule.time', { from: clockTime(day.startsAt, i18n.language), to: clockTime(day.endsAt, i18n.language) });
  const place = [day.location, day.address].filter((p): p is string => p !== null).join(', ');
  const status = day.status === null ? null : t(`clientSelfService.schedule.status.${day.status}`);
  const lines: { icon: SelfServiceIconName; label: string | null; text: string }[] = [
    { icon: 'clock', label: null, text: time },
    { icon: 'location', label: null, text: place },
    ...(day.activity === null ? [] : [{ icon: 'briefcase' as const, label: t('clientSelfService.schedule.activity'), text: day.activity }]),
    ...(day.whatToBring === null ? [] : [{ icon: 'bag' as const, label: t('clientSelfService.schedule.bring'), text: day.whatToBring }]),
    ...(day.whatToWear === null ? [] : [{ icon: 'shirt' as const, label: t('clientSelfService.schedule.wear'), text: day.whatToWear }]),
  ];
  return (
    <article className={['koers-day-card', day.day === today ? 'koers-day-card--today' : ''].filter(Boolean).join(' ')} aria-labelledby={titleId}>
      <div className="koers-day-card__head">
        <h2 id={titleId} className="koers-day-card__title">
          {title}
        </h2>
        {status !== null && <span className={`koers-day-card__status koers-day-card__status--${statusTone[day.status!]}`}>{status}</span>}
      </div>
      <ul className="koers-day-card__lines">
        {lines.map((line) => (
          <li key={line.icon} className="koers-self-service__line">
            <SelfServiceIcon name={line.icon} />
            <span>
              {line.label !== null && <strong>{line.label}: </strong>}
              {line.text}
            </span>
          </li>
        ))}
      </ul>
      <ReadAloudButton describedBy={titleId} text={[title, status, ...lines.map((l) => (l.label === null ? l.text : `${l.label} ${l.text}`))].filter(Boolean).join('. ')} />
    </article>
  );
}
