import { useTranslation } from 'react-i18next';
import type { DevelopmentCard } from '../../../endpoints/client-types';
import { FormattedDate } from '../../../i18n/FormattedDate';
import { localLabel } from '../../../i18n/labels';
import { Table } from '../../../ui/Table';

/** The development card as numbers: a row per competence, a column per assessment date. */
export function CompetenceScoresTable({ card }: { card: DevelopmentCard }) {
  const { t, i18n } = useTranslation();
  return (
    <Table caption={t('clientPage.development.tableCaption')}>
      <thead>
        <tr>
          <th scope="col">{t('clientPage.development.competence')}</th>
          {card.assessments.map((assessment) => (
            <th scope="col" key={assessment.assessedOn}>
              <FormattedDate value={assessment.assessedOn} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {card.competences.map((competence) => (
          <tr key={competence.code}>
            <th scope="row">{localLabel(competence, i18n.language)}</th>
            {card.assessments.map((assessment) => (
              <td key={assessment.assessedOn}>{assessment.scores[competence.code] ?? '—'}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
