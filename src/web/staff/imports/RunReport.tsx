import { useTranslation } from 'react-i18next';
import { importReportUrl } from '../../endpoints/imports';
import type { ImportRun } from '../../endpoints/import-types';
import { formatMoment } from '../../i18n/format';
import { Alert } from '../../ui/Alert';
import { buttonClassName } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { Icon } from '../../ui/Icon';
import { RejectedRows } from './RejectedRows';

const outcomes = ['created', 'changed', 'unchanged', 'rejected'] as const;

/** The result of a finished run: counts per outcome, the rejected rows with reasons, the full report. */
export function RunReport({ run }: { run: ImportRun }) {
  const { t, i18n } = useTranslation();
  const number = (value: number): string => new Intl.NumberFormat(i18n.language).format(value);
  return (
    <section aria-labelledby={`report-${run.id}`} className="koers-run-report">
      <Heading level={3} id={`report-${run.id}`}>
        {run.dryRun ? t('imports.report.dryRunTitle') : t('imports.report.title')}
      </Heading>
      <Alert type={run.counts.rejected > 0 ? 'warning' : 'success'}>
        {run.dryRun ? t('imports.report.dryRunSummary', { count: run.totalRows }) : t('imports.report.summary', { count: run.totalRows })}
      </Alert>
      <dl className="koers-details">
        {outcomes.map((outcome) => (
          <div key={outcome} className="koers-contents">
            <dt>{run.dryRun ? t(`imports.report.wouldBe.${outcome}`) : t(`imports.report.outcomes.${outcome}`)}</dt>
            <dd>{number(run.counts[outcome])}</dd>
          </div>
        ))}
        {run.finishedAt !== null && (
          <div className="koers-contents">
            <dt>{t('imports.report.finishedAt')}</dt>
            <dd>{formatMoment(run.finishedAt)}</dd>
          </div>
        )}
      </dl>
      <p>
        <a href={importReportUrl(run.id)} download className={buttonClassName('secondary')}>
          <Icon name="download" />
          <span>{t('imports.report.download')}</span>
        </a>
      </p>
      {run.counts.rejected > 0 && <RejectedRows importId={run.id} />}
    </section>
  );
}
