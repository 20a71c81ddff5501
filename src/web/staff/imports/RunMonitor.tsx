import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { LoadingText } from '../../ui/LoadingText';
import { isUnderWay, useImportRunQuery } from './import-queries';
import { RunProgress } from './RunProgress';
import { RunReport } from './RunReport';

/** One run: its progress while it runs (asked every second), then its report. */
export function RunMonitor({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const run = useImportRunQuery(importId);
  if (run.isPending) return <LoadingText />;
  if (run.isError) return <Alert type="error">{problemMessage(run.error, t).message}</Alert>;
  return (
    <>
      {isUnderWay(run.data) && <RunProgress run={run.data} />}
      {run.data.status === 'failed' && (
        <Alert type="error" title={t('imports.report.failed')}>
          {run.data.failure !== null && <p>{run.data.failure}</p>}
        </Alert>
      )}
      {run.data.status === 'done' && <RunReport run={run.data} />}
    </>
  );
}
