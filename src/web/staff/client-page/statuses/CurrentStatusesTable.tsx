import { useTranslation } from 'react-i18next';
import type { ClientStatus } from '../../../endpoints/client-types';
import { FormattedDate } from '../../../i18n/FormattedDate';
import { localLabel } from '../../../i18n/labels';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { Table } from '../../../ui/Table';
import { VisuallyHidden } from '../../../ui/VisuallyHidden';
import { plannedEndState } from '../status-text';

export interface CurrentStatusesTableProps {
  statuses: readonly ClientStatus[];
  /** Given when the user may record that a status ended. */
  onEnd?: ((status: ClientStatus) => void) | undefined;
}

export function CurrentStatusesTable({ statuses, onEnd }: CurrentStatusesTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <Table caption={t('clientPage.statuses.currentTitle')} hideCaption>
      <thead>
        <tr>
          <th scope="col">{t('clientPage.statuses.columns.status')}</th>
          <th scope="col">{t('clientPage.statuses.columns.from')}</th>
          <th scope="col">{t('clientPage.statuses.columns.plannedEnd')}</th>
          <th scope="col">{t('clientPage.statuses.columns.regime')}</th>
          <th scope="col">{t('clientPage.statuses.columns.organisation')}</th>
          {onEnd !== undefined && <th scope="col">{t('clientPage.statuses.columns.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {statuses.map((status) => {
          const end = plannedEndState(status.plannedEnd, t);
          const label = localLabel(status, i18n.language);
          return (
            <tr key={status.id}>
              <th scope="row">{label}</th>
              <td><FormattedDate value={status.validFrom} /></td>
              <td>
                {status.plannedEnd === null ? '—' : <FormattedDate value={status.plannedEnd} />}
                {end.warning !== null && (
                  <>
                    {' '}
                    <Badge tone={end.tone}>{end.warning}</Badge>
                  </>
                )}
              </td>
              <td>{status.regime ?? '—'}</td>
              <td>{status.organisation ?? '—'}</td>
              {onEnd !== undefined && (
                <td>
                  {status.validTo === null && (
                    <Button variant="secondary" onClick={() => { onEnd(status); }}>
                      {t('clientPage.statuses.end.button')}
                      <VisuallyHidden>: {label}</VisuallyHidden>
                    </Button>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
