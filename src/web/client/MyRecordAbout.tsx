import { useTranslation } from 'react-i18next';
import { localLabel } from '../i18n/labels';
import type { MyRecord } from './my-record-api';
import { longDate, profileValueText } from './my-record-format';
import { MyRecordFacts, MyRecordSection } from './MyRecordSection';

/** "Over mij": name, date of birth, BSN (masked), address and how to reach me. */
export function AboutMeSection({ record }: { record: MyRecord }) {
  const { t, i18n } = useTranslation();
  const me = record.aboutMe;
  const { street, houseNumber, postcode, city } = me.address;
  const address = [[street, houseNumber].filter(Boolean).join(' '), [postcode, city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <MyRecordSection icon="user" title={t('clientRecord.sections.aboutMe')}>
      <MyRecordFacts
        facts={[
          [t('clientRecord.aboutMe.name'), me.fullName],
          [t('clientRecord.aboutMe.born'), longDate(me.dateOfBirth, i18n.language)],
          [t('clientRecord.aboutMe.bsn'), me.bsnMasked],
          [t('clientRecord.aboutMe.address'), address],
          [t('clientRecord.aboutMe.phone'), me.phone],
          [t('clientRecord.aboutMe.email'), me.email],
          [t('clientRecord.aboutMe.clientNumber'), me.clientNumber],
        ]}
      />
    </MyRecordSection>
  );
}

/** "Mijn coach": who guides me now, in which team, and who did before. */
export function CoachSection({ record }: { record: MyRecord }) {
  const { t, i18n } = useTranslation();
  const current = record.coach.current;
  const earlier = record.coach.history.filter((a) => a.until !== null && a.coach !== null);
  return (
    <MyRecordSection icon="team" title={t('clientRecord.sections.coach')}>
      {current === null ? (
        <p>{t('clientRecord.coach.none')}</p>
      ) : (
        <MyRecordFacts
          facts={[
            [t('clientRecord.coach.coach'), current.coach],
            [t('clientRecord.coach.team'), current.team],
          ]}
        />
      )}
      {earlier.length > 0 && (
        <>
          <h3>{t('clientRecord.coach.earlier')}</h3>
          <ul className="koers-my-record__list">
            {earlier.map((a) => (
              <li key={a.since}>
                {a.coach} — {t('clientRecord.period', { from: longDate(a.since.slice(0, 10), i18n.language), to: longDate(a.until?.slice(0, 10) ?? null, i18n.language) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </MyRecordSection>
  );
}

/** "Mijn situatie": how long with us, what applies now (benefit, work …), what we know about me. */
export function SituationSection({ record }: { record: MyRecord }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const s = record.situation;
  const statusText = (status: MyRecord['situation']['statuses']['current'][number]) =>
    [localLabel(status, language), status.regime, status.organisation].filter(Boolean).join(', ');
  const latestCard = s.developmentCard.assessments.at(-1);
  const yesNo = (value: boolean) => (value ? t('clientRecord.yes') : t('clientRecord.no'));
  return (
    <MyRecordSection icon="info" title={t('clientRecord.sections.situation')}>
      <MyRecordFacts facts={[[t('clientRecord.situation.phase'), t(`clientRecord.situation.phases.${s.phase.code}`)]]} />
      <h3>{t('clientRecord.situation.now')}</h3>
      {s.statuses.current.length === 0 ? (
        <p>{t('clientRecord.situation.nothingNow')}</p>
      ) : (
        <ul className="koers-my-record__list">
          {s.statuses.current.map((status) => (
            <li key={`${status.labelNl}-${status.validFrom}`}>
              <strong>{statusText(status)}</strong> — {t('clientRecord.since', { date: longDate(status.validFrom, language) })}
            </li>
          ))}
        </ul>
      )}
      {s.statuses.earlier.length > 0 && (
        <>
          <h3>{t('clientRecord.situation.earlier')}</h3>
          <ul className="koers-my-record__list">
            {s.statuses.earlier.map((status) => (
              <li key={`${status.labelNl}-${status.validFrom}`}>
                {statusText(status)} — {t('clientRecord.period', { from: longDate(status.validFrom, language), to: longDate(status.validTo ?? status.plannedEnd, language) || '…' })}
              </li>
            ))}
          </ul>
        </>
      )}
      {(s.diagnosis !== null || s.profile.length > 0 || latestCard !== undefined || s.segments.length > 0) && <h3>{t('clientRecord.situation.about')}</h3>}
      {s.diagnosis !== null && (
        <>
          {s.diagnosis.summary !== null && <p>{s.diagnosis.summary}</p>}
          <MyRecordFacts
            facts={[
              [t('clientRecord.situation.skills'), new Intl.ListFormat(language, { type: 'conjunction' }).format(s.diagnosis.skills)],
              ...Object.entries(s.diagnosis.livingSituation).map(([topic, text]): [string, string] => [topic, text]),
            ]}
          />
        </>
      )}
      {s.profile.length > 0 && (
        <MyRecordFacts facts={s.profile.map((entry): [string, string] => [localLabel(entry, language), profileValueText(entry, language, yesNo)])} />
      )}
      {s.segments.length > 0 && (
        <MyRecordFacts
          facts={s.segments.map((segment): [string, string] => {
            const latest = segment.history[0]!;
            return [localLabel(segment, language), latest.level === null ? String(latest.value) : localLabel(latest.level, language)];
          })}
        />
      )}
      {latestCard !== undefined && (
        <>
          <h3>{t('clientRecord.situation.card')}</h3>
          <MyRecordFacts
            facts={s.developmentCard.competences
              .filter((c) => latestCard.scores[c.code] !== undefined)
              .map((c): [string, string] => [localLabel(c, language), String(latestCard.scores[c.code])])}
          />
        </>
      )}
    </MyRecordSection>
  );
}

/** "Mijn plan": my goals, and per goal what we agreed, who does it and by when. */
export function PlanSection({ record }: { record: MyRecord }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { plan } = record;
  const steps = (goalId: string | null) => plan.steps.filter((s) => s.goalId === goalId);
  const stepList = (items: MyRecord['plan']['steps']) => (
    <ul className="koers-my-record__list">
      {items.map((step) => (
        <li key={step.description}>
          {step.description}
          <br />
          {[t('clientRecord.plan.who', { who: t(`clientRecord.plan.responsible.${step.responsible}`) }), step.dueDate === null ? null : longDate(step.dueDate, language), t(`clientRecord.plan.stepStatus.${step.status}`)]
            .filter(Boolean)
            .join(' · ')}
        </li>
      ))}
    </ul>
  );
  return (
    <MyRecordSection icon="flag" title={t('clientRecord.sections.plan')}>
      {plan.goals.length === 0 && plan.steps.length === 0 ? (
        <p>{t('clientRecord.plan.none')}</p>
      ) : (
        <>
          {plan.agreedOn !== null && <p>{t('clientRecord.plan.agreedOn', { date: longDate(plan.agreedOn, language) })}</p>}
          {plan.reviewOn !== null && <p>{t('clientRecord.plan.reviewOn', { date: longDate(plan.reviewOn, language) })}</p>}
          {plan.goals.map((goal) => (
            <div key={goal.id} className="koers-my-record__card">
              <h3>{goal.description}</h3>
              <p>
                {[t(`clientRecord.plan.goalStatus.${goal.status}`), goal.targetDate === null ? null : t('clientRecord.plan.until', { date: longDate(goal.targetDate, language) })]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {steps(goal.id).length > 0 && stepList(steps(goal.id))}
            </div>
          ))}
          {steps(null).length > 0 && (
            <>
              <h3>{t('clientRecord.plan.otherSteps')}</h3>
              {stepList(steps(null))}
            </>
          )}
        </>
      )}
    </MyRecordSection>
  );
}
