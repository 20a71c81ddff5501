import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../../../ui/Disclosure';
import { Heading } from '../../../ui/Heading';
import { ClientSection } from '../ClientSection';
import { useClientRecord } from '../client-record-context';
import { sectionId } from '../client-sections';
import { useSectionNotice } from '../section-notice';
import { DiagnosisForm } from './DiagnosisForm';
import { LatestDiagnosis } from './LatestDiagnosis';
import { SegmentScoreForm } from './SegmentScoreForm';

const id = sectionId('diagnosis');

/** The latest diagnosis (skills, living situation) and scoring on the segmentation scales. */
export function DiagnosisSection() {
  const { t } = useTranslation();
  const { page, canEdit } = useClientRecord();
  const { notice, announce } = useSectionNotice(id);
  const [recording, setRecording] = useState(false);
  const [scoring, setScoring] = useState(false);

  return (
    <ClientSection id={id} title={t('clientPage.sections.diagnosis')} notice={notice}>
      {page.diagnosis === null ? <p>{t('clientPage.diagnosis.none')}</p> : <LatestDiagnosis diagnosis={page.diagnosis} />}
      {canEdit && (
        <>
          <Disclosure summary={t('clientPage.diagnosis.new.title')} open={recording} onOpenChange={setRecording}>
            <DiagnosisForm
              onRecorded={() => {
                setRecording(false);
                announce(t('clientPage.diagnosis.new.recorded'));
              }}
            />
          </Disclosure>
          {page.segments.length > 0 && (
            <>
              <Heading level={3}>{t('clientPage.segments.title')}</Heading>
              <Disclosure summary={t('clientPage.segments.new.title')} open={scoring} onOpenChange={setScoring}>
                <SegmentScoreForm
                  onRecorded={() => {
                    setScoring(false);
                    announce(t('clientPage.segments.new.recorded'));
                  }}
                />
              </Disclosure>
            </>
          )}
        </>
      )}
    </ClientSection>
  );
}
