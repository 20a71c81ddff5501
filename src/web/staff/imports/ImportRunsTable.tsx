import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportRun } from '../../endpoints/import-types';
import { formatMoment } from '../../i18n/format';
import { Table } from '../../ui/Table';
import { RunStatus } from './RunStatus';

/** Past and running imports, newest first. */
export function ImportRunsTable({ runs }: { runs: readonly ImportRun[] }) {
  const { t } = useTranslation();
  return (
    <Table caption={t('imports.runs.caption', { count: runs.length })} hideCaption>
      <thead>
        <tr>
          <th scope="col">{t('imports.runs.columns.file')}</th>
          <th scope="col">{t('imports.runs.columns.startedAt')}</th>
          <th scope="col">{t('imports.runs.columns.mapping')}</th>
          <th scope="col">{t('imports.runs.columns.kind')}</th>
          <th scope="col">{t('imports.runs.columns.mode')}</th>
          <th scope="col">{t('imports.runs.columns.status')}</th>
          <th scope="col">{t('imports.runs.columns.counts')}</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr key={run.id}>
            <th scope="row">
              <Link to={`/imports/${encodeURIComponent(run.id)}`}>{run.file.name}</Link>
            </th>
            <td className="koers-nowrap">{formatMoment(run.createdAt)}</td>
            <td>{run.mappingName}</td>
            <td>{t(`imports.kinds.${run.kind}`)}</td>
            <td>{run.dryRun ? t('imports.mode.dryRun') : t('imports.mode.real')}</td>
            <td>
              <RunStatus run={run} />
            </td>
            <td>{t('imports.runs.countsText', { ...run.counts })}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
