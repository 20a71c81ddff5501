import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportMapping } from '../../endpoints/import-types';
import { Alert } from '../../ui/Alert';
import { LoadingText } from '../../ui/LoadingText';
import { importProblem } from './import-problem';
import { RunMonitor } from './RunMonitor';
import { useStartImportMutation } from './start-import-mutation';

/** The import itself: started once when the step opens, then followed until it is done. */
export function RunStep({ file, mapping }: { file: File; mapping: ImportMapping }) {
  const { t } = useTranslation();
  const start = useStartImportMutation(file, mapping.id);
  const started = useRef(false);
  const { mutate } = start;

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    mutate(false);
  }, [mutate]);

  return (
    <>
      {start.isPending && <LoadingText label={t('imports.starting')} />}
      {start.isError && <Alert type="error">{importProblem(start.error, t)}</Alert>}
      {start.data !== undefined && <RunMonitor importId={start.data.id} />}
      <p>
        <Link to="/imports">{t('imports.backToList')}</Link>
      </p>
    </>
  );
}
