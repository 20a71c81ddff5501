import { useTranslation } from 'react-i18next';
import type { ImportRun } from '../../endpoints/import-types';
import { Badge, type BadgeTone } from '../../ui/Badge';

const tones: Record<ImportRun['status'], BadgeTone> = { queued: 'neutral', running: 'info', done: 'success', failed: 'error' };

/** The state of a run in words, with the rows done while it runs. */
export function RunStatus({ run }: { run: ImportRun }) {
  const { t } = useTranslation();
  return <Badge tone={tones[run.status]}>{t(`imports.status.${run.status}`)}</Badge>;
}
