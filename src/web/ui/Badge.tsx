import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import './Badge.css';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'error';

const toneIcons: Partial<Record<BadgeTone, IconName>> = { warning: 'warning', error: 'error', success: 'success' };

/**
 * A short label such as a status. The words carry the meaning; colour and icon only repeat it.
 */
export function Badge({ tone = 'neutral', icon: ownIcon, children }: { tone?: BadgeTone; icon?: IconName; children: ReactNode }) {
  const icon = ownIcon ?? toneIcons[tone];
  return (
    <span className={`koers-badge koers-badge--${tone}`}>
      {icon !== undefined && <Icon name={icon} />}
      <span>{children}</span>
    </span>
  );
}
