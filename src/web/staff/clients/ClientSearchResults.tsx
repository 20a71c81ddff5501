import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClientSearchResult } from '../../endpoints/client-types';
import { FormattedDate } from '../../i18n/FormattedDate';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Table } from '../../ui/Table';
import { VisuallyHidden } from '../../ui/VisuallyHidden';

export interface ClientSearchResultsProps {
  results: readonly ClientSearchResult[];
  onOpenWithReason: (result: ClientSearchResult) => void;
}

/** The clients found: a link for those in scope, "open with a reason" for the others. */
export function ClientSearchResults({ results, onOpenWithReason }: ClientSearchResultsProps) {
  const { t } = useTranslation();
  return (
    <div className="koers-client-results">
    <Table caption={t('clients.results.caption', { count: results.length })} hideCaption>
      <thead>
        <tr>
          <th scope="col">{t('clients.columns.name')}</th>
          <th scope="col">{t('clients.columns.clientNumber')}</th>
          <th scope="col">{t('clients.columns.dateOfBirth')}</th>
          <th scope="col">{t('clients.columns.postcode')}</th>
          <th scope="col">{t('clients.columns.coach')}</th>
          <th scope="col">{t('clients.columns.matchedOn')}</th>
        </tr>
      </thead>
      <tbody>
        {results.map((result) => (
          <tr key={result.id}>
            <th scope="row">
              {result.inScope && result.sortName !== null ? (
                <Link to={`/clients/${encodeURIComponent(result.id)}`}>{result.sortName}</Link>
              ) : (
                <div className="koers-out-of-scope">
                  <Badge tone="warning">{t('clients.results.outsideScope')}</Badge>
                  <Button variant="secondary" icon="lock" onClick={() => { onOpenWithReason(result); }}>
                    {t('clients.results.openWithReason')}
                    <VisuallyHidden>{t('clients.results.openWithReasonFor', { clientNumber: result.clientNumber })}</VisuallyHidden>
                  </Button>
                </div>
              )}
            </th>
            <td>{result.clientNumber}</td>
            <td>{result.dateOfBirth === null ? '—' : <FormattedDate value={result.dateOfBirth} />}</td>
            <td>{result.postcode ?? '—'}</td>
            <td>{result.coach?.displayName ?? t('clients.results.noCoach')}</td>
            <td>{t(`clients.matchedOn.${result.matchedOn}`)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
    </div>
  );
}
