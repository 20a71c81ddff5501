import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { listAuditEvents } from '../../endpoints/audit-events';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Heading, PageHeading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { useDocumentTitle } from '../pages/document-title';
import { staffDataKey } from '../session/session-query';
import { filterFromSearchParams, filterToSearchParams, toApiFilter } from './audit-filter';
import { AuditEventsTable } from './AuditEventsTable';
import { AuditFilterForm } from './AuditFilterForm';
import './audit-log.css';

/** Who did what with whose data, newest first, filtered and paged. */
export function AuditLogPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auditLog.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const values = useMemo(() => filterFromSearchParams(new URLSearchParams(search)), [search]);
  const filter = useMemo(() => toApiFilter(values), [values]);
  const countRef = useRef<HTMLParagraphElement>(null);

  const events = useInfiniteQuery({
    queryKey: [...staffDataKey, 'audit-events', filter],
    queryFn: ({ pageParam }) => listAuditEvents(filter, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const loaded = events.data?.pages.flatMap((page) => page.events) ?? [];

  const loadMore = (): void => {
    void events.fetchNextPage().then((result) => {
      if (!result.hasNextPage) countRef.current?.focus();
    });
  };

  return (
    <>
      <PageHeading>{t('auditLog.title')}</PageHeading>
      <p>{t('auditLog.intro')}</p>
      <section aria-labelledby="audit-filters-title">
        <Heading level={2} id="audit-filters-title">
          {t('auditLog.filters.title')}
        </Heading>
        <AuditFilterForm
          key={search}
          initial={values}
          onApply={(next) => { setSearchParams(filterToSearchParams(next)); }}
          onClear={() => { setSearchParams(new URLSearchParams()); }}
        />
      </section>
      <section aria-labelledby="audit-results-title">
        <Heading level={2} id="audit-results-title">
          {t('auditLog.results.title')}
        </Heading>
        {events.isPending && <LoadingText />}
        {events.isError && <Alert type="error">{problemMessage(events.error, t).message}</Alert>}
        {events.isSuccess && (
          <p ref={countRef} tabIndex={-1} role="status">
            {loaded.length === 0
              ? t('auditLog.results.none')
              : events.hasNextPage
                ? t('auditLog.results.countMore', { count: loaded.length })
                : t('auditLog.results.count', { count: loaded.length })}
          </p>
        )}
        {loaded.length > 0 && <AuditEventsTable events={loaded} />}
        {events.hasNextPage && (
          <Button variant="secondary" onClick={loadMore}>
            {t('auditLog.results.more')}
          </Button>
        )}
        {events.isFetchingNextPage && <LoadingText />}
      </section>
    </>
  );
}
