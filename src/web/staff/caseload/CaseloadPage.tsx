import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CaseloadClient, OpenSignal } from '../../endpoints/caseload-types';
import { PageHeading } from '../../ui/Heading';
import { LiveMessage } from '../../ui/LiveMessage';
import { useDocumentTitle } from '../pages/document-title';
import { caseloadPageSize, filtersFromSearch, filtersToSearch, pageFromSearch, type CaseloadFilters } from './caseload-filters';
import { useCaseloadQuery } from './caseload-queries';
import { CaseloadFilterPanel } from './CaseloadFilterPanel';
import { CaseloadResults, caseloadResultsHeadingId } from './CaseloadResults';
import { ContactDialog } from './ContactDialog';
import { SignalFilterButtons } from './SignalFilterButtons';
import { SnoozeDialog } from './SnoozeDialog';
import './caseload.css';

/** The coach's home: their clients, those who need attention most on top, with one next step each. */
export function CaseloadPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('caseload.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearch(searchParams);
  const page = pageFromSearch(searchParams);
  // One page at a time; the counts per signal and the total cover the whole caseload.
  const caseload = useCaseloadQuery({ ...filters, limit: caseloadPageSize, offset: (page - 1) * caseloadPageSize }, true, true);
  const [contactWith, setContactWith] = useState<CaseloadClient | null>(null);
  const [snoozing, setSnoozing] = useState<{ client: CaseloadClient; signal: OpenSignal } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // On another page, focus goes to the top of the list (the pager that was used is at its end).
  const shownPage = useRef(page);
  useEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    document.getElementById(caseloadResultsHeadingId)?.focus();
  }, [page]);

  const apply = useCallback(
    (next: CaseloadFilters) => {
      setMessage(null);
      setSearchParams(filtersToSearch(next));
    },
    [setSearchParams],
  );
  const announce = useCallback((text: string) => {
    setMessage(text);
    window.requestAnimationFrame(() => { document.getElementById(caseloadResultsHeadingId)?.focus(); });
  }, []);

  return (
    <>
      <PageHeading>{t('caseload.title')}</PageHeading>
      <p className="koers-lead">{t('caseload.intro')}</p>
      <LiveMessage message={message} />
      <SignalFilterButtons
        counts={caseload.data?.counts}
        selected={filters.signal}
        onSelect={(signal) => { apply({ ...filters, signal }); }}
      />
      <CaseloadFilterPanel filters={filters} formKey={searchParams.toString()} onApply={apply} onMessage={setMessage} />
      <CaseloadResults
        caseload={caseload}
        page={page}
        pageSize={caseloadPageSize}
        filtered={Object.keys(filters).some((key) => key !== 'sort')}
        onRegisterContact={setContactWith}
        onSnooze={(client, signal) => { setSnoozing({ client, signal }); }}
      />
      <ContactDialog
        client={contactWith}
        onClose={() => { setContactWith(null); }}
        onRecorded={(text) => {
          setContactWith(null);
          announce(text);
        }}
      />
      <SnoozeDialog
        target={snoozing}
        onClose={() => { setSnoozing(null); }}
        onSnoozed={(text) => {
          setSnoozing(null);
          announce(text);
        }}
      />
    </>
  );
}
