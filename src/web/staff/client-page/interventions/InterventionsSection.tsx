import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Intervention } from '../../../endpoints/client-types';
import { Disclosure } from '../../../ui/Disclosure';
import { ClientSection } from '../ClientSection';
import { useClientRecord } from '../client-record-context';
import { sectionId } from '../client-sections';
import { useSectionNotice } from '../section-notice';
import { CompleteInterventionDialog } from './CompleteInterventionDialog';
import { InterventionsTable } from './InterventionsTable';
import { NewInterventionForm } from './NewInterventionForm';

const id = sectionId('interventions');

/** What was done with the client, with status and outcome; register and complete interventions. */
export function InterventionsSection() {
  const { t } = useTranslation();
  const { page, canEdit } = useClientRecord();
  const { notice, announce } = useSectionNotice(id);
  const [adding, setAdding] = useState(false);
  const [completing, setCompleting] = useState<Intervention | null>(null);

  return (
    <ClientSection id={id} title={t('clientPage.sections.interventions')} notice={notice}>
      {page.interventions.length === 0 ? (
        <p>{t('clientPage.interventions.none')}</p>
      ) : (
        <InterventionsTable interventions={page.interventions} onComplete={canEdit ? setCompleting : undefined} />
      )}
      {canEdit && (
        <Disclosure summary={t('clientPage.interventions.new.title')} open={adding} onOpenChange={setAdding}>
          <NewInterventionForm
            onRecorded={() => {
              setAdding(false);
              announce(t('clientPage.interventions.new.recorded'));
            }}
          />
        </Disclosure>
      )}
      <CompleteInterventionDialog
        intervention={completing}
        onClose={() => { setCompleting(null); }}
        onCompleted={() => {
          setCompleting(null);
          announce(t('clientPage.interventions.complete.recorded'));
        }}
      />
    </ClientSection>
  );
}
