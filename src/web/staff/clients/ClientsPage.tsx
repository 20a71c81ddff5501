import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ClientSearchResult } from '../../endpoints/client-types';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { buttonClassName } from '../../ui/Button';
import { Heading, PageHeading } from '../../ui/Heading';
import { Icon } from '../../ui/Icon';
import { LoadingText } from '../../ui/LoadingText';
import { useDocumentTitle } from '../pages/document-title';
import { useClientSearchQuery } from './client-queries';
import { ClientSearchForm } from './ClientSearchForm';
import { ClientSearchResults } from './ClientSearchResults';
import { OpenWithReasonDialog } from './OpenWithReasonDialog';
import './clients.css';

/** Finding a client: by name (typos allowed), client number, BSN, date of birth or postcode. */
export function ClientsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('clients.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get('query') ?? '';
  const search = useClientSearchQuery(query);
  const [opening, setOpening] = useState<ClientSearchResult | null>(null);

  return (
    <>
      <PageHeading>{t('clients.title')}</PageHeading>
      <p>
        <Link to="/clients/new" className={buttonClassName('secondary')}>
          <Icon name="plus" />
          <span>{t('clients.new.link')}</span>
        </Link>
      </p>
      <ClientSearchForm key={query} initial={query} onSearch={(next) => { setSearchParams({ query: next }); }} />
      {query !== '' && (
        <section aria-labelledby="client-results-title">
          <Heading level={2} id="client-results-title">
            {t('clients.results.title')}
          </Heading>
          {search.isPending && <LoadingText />}
          {search.isError && <Alert type="error">{problemMessage(search.error, t).message}</Alert>}
          {search.isSuccess && (
            <p role="status">
              {search.data.length === 0 ? t('clients.results.none', { query }) : t('clients.results.count', { count: search.data.length, query })}
            </p>
          )}
          {search.data !== undefined && search.data.length > 0 && (
            <ClientSearchResults results={search.data} onOpenWithReason={setOpening} />
          )}
        </section>
      )}
      <OpenWithReasonDialog client={opening} onClose={() => { setOpening(null); }} />
    </>
  );
}
