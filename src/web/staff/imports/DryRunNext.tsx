import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { useImportRunQuery } from './import-queries';

export interface DryRunNextProps {
  importId: string;
  onImport: () => void;
  onBack: () => void;
}

/** After a dry run: import for real, or change the mapping first. */
export function DryRunNext({ importId, onImport, onBack }: DryRunNextProps) {
  const { t } = useTranslation();
  const run = useImportRunQuery(importId);
  if (run.data?.status !== 'done') return null;
  return (
    <div className="koers-button-group">
      <Button onClick={onImport}>{t('imports.dryRun.importNow')}</Button>
      <Button variant="secondary" onClick={onBack}>
        {t('imports.dryRun.changeMapping')}
      </Button>
    </div>
  );
}
