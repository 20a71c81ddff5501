import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatMoment } from '../../i18n/format';
import { PageHeading } from '../../ui/Heading';
import { useDocumentTitle } from '../pages/document-title';
import { useImportRunQuery } from './import-queries';
import { RunMonitor } from './RunMonitor';
import { RunStatus } from './RunStatus';
import './imports.css';

/** One import run: what it was, how far it is, and its report. */
export function ImportRunPage() {
  const { t } = useTranslation();
  const { importId = '' } = useParams();
  const run = useImportRunQuery(importId);
  const title = run.data === undefined ? t('imports.run.title') : t('imports.run.titleWithFile', { file: run.data.file.name });
  useDocumentTitle(title);
  return (
    <>
      <p className="koers-back-link">
        <Link to="/imports">{t('imports.backToList')}</Link>
      </p>
      <PageHeading>{title}</PageHeading>
      {run.data !== undefined && (
        <dl className="koers-details">
          <dt>{t('imports.runs.columns.status')}</dt>
          <dd>
            <RunStatus run={run.data} />
          </dd>
          <dt>{t('imports.runs.columns.mode')}</dt>
          <dd>{run.data.dryRun ? t('imports.mode.dryRun') : t('imports.mode.real')}</dd>
          <dt>{t('imports.runs.columns.mapping')}</dt>
          <dd>
            {run.data.mappingName} ({t(`imports.kinds.${run.data.kind}`)}, {run.data.sourceSystem})
          </dd>
          <dt>{t('imports.runs.columns.startedAt')}</dt>
          <dd>
            {formatMoment(run.data.createdAt)}
            {run.data.requestedBy !== null && <> · {run.data.requestedBy.displayName}</>}
          </dd>
        </dl>
      )}
      <RunMonitor importId={importId} />
    </>
  );
}
