import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../../../ui/Disclosure';
import { ClientSection } from '../ClientSection';
import { useClientRecord } from '../client-record-context';
import { sectionId } from '../client-sections';
import { useSectionNotice } from '../section-notice';
import { CompetenceCharts } from './CompetenceCharts';
import { CompetenceScoresForm } from './CompetenceScoresForm';
import { CompetenceScoresTable } from './CompetenceScoresTable';

const id = sectionId('development');

/** The development card: competence scores over time, as charts and as a table. */
export function DevelopmentCardSection() {
  const { t } = useTranslation();
  const { page, canEdit } = useClientRecord();
  const { notice, announce } = useSectionNotice(id);
  const [recording, setRecording] = useState(false);
  const card = page.developmentCard;

  return (
    <ClientSection id={id} title={t('clientPage.sections.development')} notice={notice}>
      {card.assessments.length === 0 ? (
        <p>{t('clientPage.development.none')}</p>
      ) : (
        <>
          <CompetenceCharts card={card} />
          <CompetenceScoresTable card={card} />
        </>
      )}
      {canEdit && card.competences.length > 0 && (
        <Disclosure summary={t('clientPage.development.new.title')} open={recording} onOpenChange={setRecording}>
          <CompetenceScoresForm
            onRecorded={() => {
              setRecording(false);
              announce(t('clientPage.development.new.recorded'));
            }}
          />
        </Disclosure>
      )}
    </ClientSection>
  );
}
