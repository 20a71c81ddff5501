import { useTranslation } from 'react-i18next';
import type { ImportMapping } from '../../endpoints/import-types';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { LoadingText } from '../../ui/LoadingText';
import { importProblem } from './import-problem';
import { DryRunNext } from './DryRunNext';
import { RunMonitor } from './RunMonitor';
import { useStartImportMutation } from './start-import-mutation';

export interface DryRunStepProps {
  file: File;
  mapping: ImportMapping;
  onBack: () => void;
  onImport: () => void;
}

/** A run that changes nothing: what would be created, changed or rejected, and why. */
export function DryRunStep({ file, mapping, onBack, onImport }: DryRunStepProps) {
  const { t } = useTranslation();
  const start = useStartImportMutation(file, mapping.id);
  const runId = start.data?.id;

  return (
    <>
      <p>{t('imports.dryRun.intro', { mapping: mapping.name, file: file.name })}</p>
      {start.isError && <Alert type="error">{importProblem(start.error, t)}</Alert>}
      {runId === undefined ? (
        <div className="koers-button-group">
          <Button onClick={() => { start.mutate(true); }} disabled={start.isPending}>
            {t('imports.dryRun.start')}
          </Button>
          <Button variant="secondary" onClick={onBack}>
            {t('imports.back')}
          </Button>
        </div>
      ) : (
        <>
          <RunMonitor importId={runId} />
          <DryRunNext importId={runId} onImport={onImport} onBack={onBack} />
        </>
      )}
      {start.isPending && <LoadingText label={t('imports.starting')} />}
    </>
  );
}
