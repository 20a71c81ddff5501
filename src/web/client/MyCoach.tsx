import type { TFunction } from 'i18next';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClassName } from '../ui/Button';
import { Alert } from '../ui/Alert';
import { LoadingText } from '../ui/LoadingText';
import { ReadAloudButton } from './ReadAloudButton';
import { fetchMyCoach, myCoachKey, type ContactPerson } from './self-service-api';
import { SelfServiceIcon } from './SelfServiceIcon';
import './self-service.css';

/** "Mijn coach": who the coach is, with photo, how and when to reach them; else the team. */
export function MyCoach() {
  const { t } = useTranslation();
  const coach = useQuery({ queryKey: myCoachKey, queryFn: fetchMyCoach });
  const data = coach.data;
  const spoken = data === undefined ? [] : [
    t('clientSelfService.coach.title'),
    ...(data.coach === null ? [t('clientSelfService.coach.noCoach')] : [t('clientSelfService.coach.yourCoach', { name: data.coach.name }), ...contactWords(data.coach, t)]),
    ...(data.team === null ? [] : [t('clientSelfService.coach.team', { name: data.team.name }), ...data.team.contacts.flatMap((person) => [person.name, ...contactWords(person, t)])]),
  ];
  return (
    <>
      <h1>{t('clientSelfService.coach.title')}</h1>
      {coach.isPending && <LoadingText />}
      {coach.isError && <Alert type="error">{t('clientSelfService.loadError')}</Alert>}
      {data !== undefined && (
        <>
          <ReadAloudButton text={spoken.join('. ')} />
          {data.coach !== null ? (
            <ContactCard person={data.coach} lead={t('clientSelfService.coach.label')} level={2} />
          ) : (
            <p className="koers-client-lead">
              {t('clientSelfService.coach.noCoach')} {data.team === null ? t('clientSelfService.coach.askOrganisation', { organisation: data.organisation }) : t('clientSelfService.coach.askTeam')}
            </p>
          )}
          {data.team !== null && (
            <section className="koers-self-service__section" aria-labelledby="my-team">
              <h2 id="my-team">{t('clientSelfService.coach.team', { name: data.team.name })}</h2>
              {data.team.contacts.length > 0 && <p>{t('clientSelfService.coach.teamContacts')}</p>}
              <ul className="koers-self-service__list">
                {data.team.contacts.map((person) => (
                  <li key={person.name}>
                    <ContactCard person={person} lead={null} level={3} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}

function contactWords(person: ContactPerson, t: TFunction): string[] {
  return [person.availability === null ? null : t('clientSelfService.coach.reachable', { when: person.availability ?? '' }), person.phone, person.email].filter((w): w is string => w !== null);
}

/** A phone number as people read it: +31612345678 → 06 12345678. */
function shownPhone(e164: string): string {
  if (/^\+316\d{8}$/.test(e164)) return `06 ${e164.slice(4)}`;
  if (e164.startsWith('+31')) return `0${e164.slice(3)}`;
  return e164;
}

function ContactCard({ person, lead, level }: { person: ContactPerson; lead: string | null; level: 2 | 3 }) {
  const Name = level === 2 ? 'h2' : 'h3';
  const { t } = useTranslation();
  const nameId = useId();
  return (
    <article className="koers-contact-card" aria-labelledby={nameId}>
      <div className="koers-contact-card__head">
        {person.photoUrl === null ? (
          <span className="koers-contact-card__avatar">
            <SelfServiceIcon name="person" size={48} />
          </span>
        ) : (
          <img className="koers-contact-card__photo" src={person.photoUrl} alt={t('clientSelfService.coach.photo', { name: person.name })} width={96} height={96} />
        )}
        <div>
          {lead !== null && <p className="koers-contact-card__lead">{lead}</p>}
          <Name id={nameId} className="koers-contact-card__name">
            {person.name}
          </Name>
        </div>
      </div>
      {person.availability !== null && (
        <p className="koers-self-service__line">
          <SelfServiceIcon name="clock" />
          <span>{t('clientSelfService.coach.reachable', { when: person.availability ?? '' })}</span>
        </p>
      )}
      <div className="koers-contact-card__actions">
        {person.phone !== null && (
          <a className={buttonClassName('primary', 'large')} href={`tel:${person.phone}`}>
            <SelfServiceIcon name="phone" size={24} />
            <span className="koers-contact-card__action-text">
              <span>{t('clientSelfService.coach.call', { name: person.name.split(' ')[0] ?? person.name })}</span>
              <span className="koers-contact-card__number">{shownPhone(person.phone)}</span>
            </span>
          </a>
        )}
        {person.email !== null && (
          <a className={buttonClassName('secondary', 'large')} href={`mailto:${person.email}`}>
            <SelfServiceIcon name="mail" size={24} />
            <span>{t('clientSelfService.coach.mail', { name: person.name.split(' ')[0] ?? person.name })}</span>
          </a>
        )}
      </div>
    </article>
  );
}
