import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localLabel } from '../i18n/labels';
import { Button } from '../ui/Button';
import type { MyRecord } from './my-record-api';
import { longDate, longMoment } from './my-record-format';
import { MyRecordSection } from './MyRecordSection';

/** How many items a long list shows before "Meer laten zien". */
const firstItems = 5;

function useFirstItems<T>(items: readonly T[]) {
  const [all, setAll] = useState(false);
  return { shown: all ? items : items.slice(0, firstItems), more: !all && items.length > firstItems, showAll: () => { setAll(true); } };
}

function ShowMore({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="secondary" icon="plus" onClick={onClick}>
      {t('clientRecord.showMore')}
    </Button>
  );
}

/** "Wat ik heb gedaan": activities, days at work, conversations, and what the coach wrote down. */
export function DoneSection({ record }: { record: MyRecord }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const days = useFirstItems(record.attendance.days);
  const contacts = useFirstItems(record.contacts);
  const notes = useFirstItems(record.notes);
  return (
    <MyRecordSection icon="check" title={t('clientRecord.sections.done')}>
      <h3>{t('clientRecord.done.activities')}</h3>
      {record.interventions.length === 0 ? (
        <p>{t('clientRecord.none')}</p>
      ) : (
        <ul className="koers-my-record__list">
          {record.interventions.map((i) => (
            <li key={`${i.labelNl}-${i.startDate}`}>
              <strong>{localLabel(i, language)}</strong>
              <br />
              {[
                i.endDate === null ? t('clientRecord.since', { date: longDate(i.startDate, language) }) : t('clientRecord.period', { from: longDate(i.startDate, language), to: longDate(i.endDate, language) }),
                t(`clientRecord.done.status.${i.status}`),
                i.outcome === null ? null : t(`clientRecord.done.outcome.${i.outcome}`),
              ]
                .filter(Boolean)
                .join(' · ')}
              {i.outcomeNote !== null && <><br />{i.outcomeNote}</>}
            </li>
          ))}
        </ul>
      )}
      {record.attendance.days.length > 0 && (
        <>
          <h3>{t('clientRecord.done.attendance')}</h3>
          <p>{t('clientRecord.done.attendanceSince')}</p>
          <ul className="koers-my-record__list">
            {days.shown.map((d) => (
              <li key={d.day}>
                {longDate(d.day, language)}: <strong>{t(`clientRecord.done.days.${d.status}`)}</strong> ({d.location})
              </li>
            ))}
          </ul>
          {days.more && <ShowMore onClick={days.showAll} />}
        </>
      )}
      {record.contacts.length > 0 && (
        <>
          <h3>{t('clientRecord.done.contacts')}</h3>
          <ul className="koers-my-record__list">
            {contacts.shown.map((c) => (
              <li key={c.contactedAt}>
                {longMoment(c.contactedAt, language)}: {t(`clientRecord.done.channels.${c.channel as 'phone'}`, { defaultValue: c.channel })}
                {c.by !== null && ` · ${t('clientRecord.by', { name: c.by })}`}
                {c.summary !== null && <><br />{c.summary}</>}
              </li>
            ))}
          </ul>
          {contacts.more && <ShowMore onClick={contacts.showAll} />}
        </>
      )}
      {record.notes.length > 0 && (
        <>
          <h3>{t('clientRecord.done.notes')}</h3>
          <ul className="koers-my-record__list">
            {notes.shown.map((n) => (
              <li key={n.createdAt}>
                <span className="koers-my-record__meta">
                  {longMoment(n.createdAt, language)}
                  {n.by !== null && ` · ${t('clientRecord.by', { name: n.by })}`}
                </span>
                <br />
                <span className="koers-my-record__text">{n.body}</span>
              </li>
            ))}
          </ul>
          {notes.more && <ShowMore onClick={notes.showAll} />}
        </>
      )}
    </MyRecordSection>
  );
}

/** "Berichten": what we sent the client, on which channel, and whether it went out. */
export function MessagesSection({ record }: { record: MyRecord }) {
  const { t, i18n } = useTranslation();
  const messages = useFirstItems(record.messages);
  return (
    <MyRecordSection icon="mail" title={t('clientRecord.sections.messages')}>
      {record.messages.length === 0 ? (
        <p>{t('clientRecord.messages.none')}</p>
      ) : (
        <>
          <ul className="koers-my-record__list">
            {messages.shown.map((m, index) => (
              <li key={`${m.createdAt}-${m.channel}-${String(index)}`}>
                <span className="koers-my-record__meta">
                  {longMoment(m.createdAt, i18n.language)} · {t(`clientRecord.messages.channel.${m.channel}`)} · {t(`clientRecord.messages.state.${m.state}`)}
                </span>
                {m.title !== null && m.title !== '' && <><br /><strong>{m.title}</strong></>}
                {m.body !== null && <><br /><span className="koers-my-record__text">{m.body}</span></>}
              </li>
            ))}
          </ul>
          {messages.more && <ShowMore onClick={messages.showAll} />}
        </>
      )}
    </MyRecordSection>
  );
}
