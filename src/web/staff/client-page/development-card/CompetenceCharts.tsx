import { useTranslation } from 'react-i18next';
import type { DevelopmentCard } from '../../../endpoints/client-types';
import { localLabel } from '../../../i18n/labels';
import { CompetenceChart } from './CompetenceChart';

/**
 * One small line chart per competence (small multiples), so no line has to be told apart by
 * colour. The table after the charts holds the same numbers as text.
 */
export function CompetenceCharts({ card }: { card: DevelopmentCard }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="koers-competence-charts">
      <p className="koers-field__description">{t('clientPage.development.chartsIntro')}</p>
      <ul className="koers-competence-charts__grid">
        {card.competences.map((competence) => (
          <li key={competence.code}>
            <CompetenceChart
              label={localLabel(competence, i18n.language)}
              points={card.assessments.flatMap((assessment) => {
                const score = assessment.scores[competence.code];
                return score === undefined ? [] : [{ date: assessment.assessedOn, score }];
              })}
              first={card.assessments[0]?.assessedOn ?? ''}
              last={card.assessments[card.assessments.length - 1]?.assessedOn ?? ''}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
