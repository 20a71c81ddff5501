import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientStatus } from '../../../endpoints/client-types';
import { Disclosure } from '../../../ui/Disclosure';
import { Heading } from '../../../ui/Heading';
import { ClientSection } from '../ClientSection';
import { useClientRecord } from '../client-record-context';
import { sectionId } from '../client-sections';
import { useSectionNotice } from '../section-notice';
import { CurrentStatusesTable } from './CurrentStatusesTable';
import { EndStatusDialog } from './EndStatusDialog';
import { NewStatusForm } from './NewStatusForm';
import { StatusHistoryTable } from './StatusHistoryTable';

const id = sectionId('statuses');

/** The statuses that hold now, recording a new one or an end, and the whole history. */
export function StatusesSection() {
  const { t } = useTranslation();
  const { page, canEdit } = useClientRecord();
  const { notice, announce } = useSectionNotice(id);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<ClientStatus | null>(null);

  return (
    <ClientSection id={id} title={t('clientPage.sections.statuses')} notice={notice}>
      <Heading level={3}>{t('clientPage.statuses.currentTitle')}</Heading>
      {page.statuses.current.length === 0 ? (
        <p>{t('clientPage.statuses.noneCurrent')}</p>
      ) : (
        <CurrentStatusesTable statuses={page.statuses.current} onEnd={canEdit ? setEnding : undefined} />
      )}
      {canEdit && (
        <Disclosure summary={t('clientPage.statuses.new.title')} open={adding} onOpenChange={setAdding}>
          <NewStatusForm
            onRecorded={() => {
              setAdding(false);
              announce(t('clientPage.statuses.new.recorded'));
            }}
          />
        </Disclosure>
      )}
      <Heading level={3}>{t('clientPage.statuses.historyTitle')}</Heading>
      {page.statuses.history.length === 0 ? (
        <p>{t('clientPage.statuses.noHistory')}</p>
      ) : (
        <StatusHistoryTable statuses={page.statuses.history} />
      )}
      <EndStatusDialog
        status={ending}
        onClose={() => { setEnding(null); }}
        onEnded={() => {
          setEnding(null);
          announce(t('clientPage.statuses.end.recorded'));
        }}
      />
    </ClientSection>
  );
}
