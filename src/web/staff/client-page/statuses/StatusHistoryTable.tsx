import { useTranslation } from 'react-i18next';
import type { ClientStatus } from '../../../endpoints/client-types';
import { FormattedDate } from '../../../i18n/FormattedDate';
import { localLabel } from '../../../i18n/labels';
import { Table } from '../../../ui/Table';

/** Every period of every status, newest first, with who recorded it. */
export function StatusHistoryTable({ statuses }: { statuses: readonly ClientStatus[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table caption={t('clientPage.statuses.historyTitle')} hideCaption>
      <thead>
        <tr>
          <th scope="col">{t('clientPage.statuses.columns.status')}</th>
          <th scope="col">{t('clientPage.statuses.columns.from')}</th>
          <th scope="col">{t('clientPage.statuses.columns.to')}</th>
          <th scope="col">{t('clientPage.statuses.columns.plannedEnd')}</th>
          <th scope="col">{t('clientPage.statuses.columns.regime')}</th>
          <th scope="col">{t('clientPage.statuses.columns.organisation')}</th>
          <th scope="col">{t('clientPage.statuses.columns.note')}</th>
          <th scope="col">{t('clientPage.statuses.columns.recordedBy')}</th>
        </tr>
      </thead>
      <tbody>
        {statuses.map((status) => (
          <tr key={status.id}>
            <th scope="row">{localLabel(status, i18n.language)}</th>
            <td><FormattedDate value={status.validFrom} /></td>
            <td>{status.validTo === null ? t('clientPage.statuses.ongoing') : <FormattedDate value={status.validTo} />}</td>
            <td>{status.plannedEnd === null ? '—' : <FormattedDate value={status.plannedEnd} />}</td>
            <td>{status.regime ?? '—'}</td>
            <td>{status.organisation ?? '—'}</td>
            <td>{status.note ?? '—'}</td>
            <td>{status.recordedBy?.displayName ?? t('clientPage.system')}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
