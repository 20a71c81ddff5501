import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnosis } from '../../../endpoints/client-types';
import { formatDate } from '../../../i18n/format';
import { Heading } from '../../../ui/Heading';
import { isLivingSituationTopic } from './living-situation';

export function LatestDiagnosis({ diagnosis }: { diagnosis: Diagnosis }) {
  const { t } = useTranslation();
  const situation = Object.entries(diagnosis.livingSituation);
  return (
    <>
      <p>
        {t('clientPage.diagnosis.meta', {
          date: formatDate(diagnosis.assessedOn),
          source: diagnosis.source,
          person: diagnosis.recordedBy?.displayName ?? t('clientPage.system'),
        })}
      </p>
      {diagnosis.summary !== null && <p className="koers-prewrap">{diagnosis.summary}</p>}
      <Heading level={3}>{t('clientPage.diagnosis.skills')}</Heading>
      {diagnosis.skills.length === 0 ? (
        <p>{t('clientPage.diagnosis.noSkills')}</p>
      ) : (
        <ul>
          {diagnosis.skills.map((skill) => (
            <li key={skill}>{skill}</li>
          ))}
        </ul>
      )}
      <Heading level={3}>{t('clientPage.diagnosis.livingSituation')}</Heading>
      {situation.length === 0 ? (
        <p>{t('clientPage.diagnosis.noLivingSituation')}</p>
      ) : (
        <dl className="koers-details">
          {situation.map(([key, value]) => (
            <Fragment key={key}>
              <dt>{isLivingSituationTopic(key) ? t(`clientPage.diagnosis.topics.${key}`) : key}</dt>
              <dd className="koers-prewrap">{value}</dd>
            </Fragment>
          ))}
        </dl>
      )}
    </>
  );
}
