import type { TFunction } from 'i18next';
import type { BadgeTone } from '../../../ui/Badge';
import type { SendStatus, SendSummary } from '../messaging-types';

export const sendStatusTone: Record<SendStatus, BadgeTone> = {
  scheduled: 'info',
  sending: 'info',
  done: 'success',
  cancelled: 'neutral',
};

/** "3 cliënten" or "Een doelgroep". */
export function targetText(send: SendSummary, t: TFunction): string {
  if (send.target.kind === 'audience') return t('messaging.sends.toAudience');
  return t('messaging.sends.toClients', { count: send.target.clients ?? 0 });
}
