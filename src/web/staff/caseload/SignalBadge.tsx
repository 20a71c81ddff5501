import { useTranslation } from 'react-i18next';
import type { OpenSignal } from '../../endpoints/caseload-types';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { severityIcon, severityTone, signalTitle } from './signal-text';

export interface SignalBadgeProps {
  signal: OpenSignal;
  clientName: string;
  onSnooze: () => void;
}

/** An open signal in words, with an icon and the severity said for screen readers; it can be put aside. */
export function SignalBadge({ signal, clientName, onSnooze }: SignalBadgeProps) {
  const { t, i18n } = useTranslation();
  const title = signalTitle(signal, i18n.language);
  return (
    <span className="koers-signal">
      <Badge tone={severityTone[signal.severity]} icon={severityIcon[signal.severity]}>
        <VisuallyHidden>{t(`caseload.signals.severity.${signal.severity}`)}: </VisuallyHidden>
        {title}
      </Badge>
      <Button variant="subtle" className="koers-signal__snooze" aria-label={t('caseload.snooze.buttonLabel', { signal: title, name: clientName })} onClick={onSnooze}>
        {t('caseload.snooze.button')}
      </Button>
    </span>
  );
}
