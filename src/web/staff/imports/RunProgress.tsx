import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRun } from '../../endpoints/import-types';

/** How far a run is: a progress bar with a label, and the numbers in words. */
export function RunProgress({ run }: { run: ImportRun }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const number = (value: number): string => new Intl.NumberFormat(i18n.language).format(value);
  const percent = run.totalRows === 0 ? 0 : Math.floor((run.processedRows / run.totalRows) * 100);
  return (
    <div className="koers-run-progress">
      <label htmlFor={id} className="koers-field__label">
        {run.status === 'queued' ? t('imports.progress.queued') : run.dryRun ? t('imports.progress.dryRunLabel') : t('imports.progress.label')}
      </label>
      <progress id={id} max={Math.max(run.totalRows, 1)} value={run.processedRows} className="koers-progress">
        {percent}%
      </progress>
      <p className="koers-run-progress__text">
        {t('imports.progress.text', { done: number(run.processedRows), total: number(run.totalRows), percent })}
      </p>
    </div>
  );
}
