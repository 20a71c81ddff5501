import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { buttonClassName } from '../../ui/Button';
import { Heading, PageHeading } from '../../ui/Heading';
import { Icon } from '../../ui/Icon';
import { LoadingText } from '../../ui/LoadingText';
import { useDocumentTitle } from '../pages/document-title';
import { ImportRunsTable } from './ImportRunsTable';
import { useImportsQuery } from './import-queries';
import './imports.css';

/** Imports from other systems: start a new one, and the runs so far. */
export function ImportsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('imports.title'));
  const runs = useImportsQuery();
  return (
    <>
      <PageHeading>{t('imports.title')}</PageHeading>
      <p className="koers-lead">{t('imports.intro')}</p>
      <p>
        <Link to="/imports/new" className={buttonClassName('primary')}>
          <Icon name="upload" />
          <span>{t('imports.new.link')}</span>
        </Link>
      </p>
      <section aria-labelledby="import-runs-title">
        <Heading level={2} id="import-runs-title">
          {t('imports.runs.title')}
        </Heading>
        {runs.isPending && <LoadingText />}
        {runs.isError && <Alert type="error">{problemMessage(runs.error, t).message}</Alert>}
        {runs.data?.length === 0 && <p>{t('imports.runs.none')}</p>}
        {runs.data !== undefined && runs.data.length > 0 && <ImportRunsTable runs={runs.data} />}
      </section>
    </>
  );
}
