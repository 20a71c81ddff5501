import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Caseload, CaseloadClient, OpenSignal } from '../../endpoints/caseload-types';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { Link, useSearchParams } from 'react-router';
import { searchWithPage } from './caseload-filters';
import { CaseloadPager } from './CaseloadPager';
import { CaseloadTable } from './CaseloadTable';

export const caseloadResultsHeadingId = 'caseload-results-title';

export interface CaseloadResultsProps {
  caseload: UseQueryResult<Caseload>;
  /** The page shown (from 1) and the clients per page. */
  page: number;
  pageSize: number;
  /** Whether any filter is on, to tell an empty caseload from an empty selection. */
  filtered: boolean;
  onRegisterContact: (client: CaseloadClient) => void;
  onSnooze: (client: CaseloadClient, signal: OpenSignal) => void;
}

/** The clients of the caseload with their loading, empty and error states. */
export function CaseloadResults({ caseload, page, pageSize, filtered, onRegisterContact, onSnooze }: CaseloadResultsProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const first = (page - 1) * pageSize + 1;
  return (
    <section aria-labelledby={caseloadResultsHeadingId}>
      <Heading level={2} id={caseloadResultsHeadingId} tabIndex={-1}>
        {t('caseload.results.title')}
      </Heading>
      {caseload.isPending && <LoadingText />}
      {caseload.isError && (
        <Alert type="error" title={problemMessage(caseload.error, t).message}>
          <Button variant="secondary" onClick={() => { void caseload.refetch(); }}>
            {t('common.retry')}
          </Button>
        </Alert>
      )}
      {caseload.data !== undefined && (
        <>
          <p>
            {caseload.data.total === 0
              ? filtered
                ? t('caseload.results.noneFiltered')
                : t('caseload.results.none')
              : caseload.data.clients.length === 0
                ? <Link to={searchWithPage(searchParams, 1)}>{t('caseload.pages.beyond')}</Link>
                : caseload.data.clients.length < caseload.data.total
                  ? t('caseload.results.range', { from: first, to: first + caseload.data.clients.length - 1, count: caseload.data.total })
                  : t('caseload.results.count', { count: caseload.data.total })}
          </p>
          {caseload.data.clients.length > 0 && (
            <>
              <CaseloadTable clients={caseload.data.clients} onRegisterContact={onRegisterContact} onSnooze={onSnooze} />
              <CaseloadPager page={page} pageSize={pageSize} total={caseload.data.total} />
            </>
          )}
        </>
      )}
    </section>
  );
}
