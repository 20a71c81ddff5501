import type { TFunction } from 'i18next';
import type { BadgeTone } from '../../../ui/Badge';
import { outboxStatuses, type OutboxStatus } from '../messaging-types';

export const isOutboxStatus = (value: string): value is OutboxStatus => (outboxStatuses as readonly string[]).includes(value);

export function outboxStatusText(status: string, t: TFunction): string {
  return isOutboxStatus(status) ? t(`messaging.outbox.status.${status}`) : status;
}

export const outboxStatusTone: Record<OutboxStatus, BadgeTone> = {
  queued: 'neutral',
  sending: 'info',
  sent: 'info',
  delivered: 'success',
  failed: 'error',
  suppressed: 'warning',
  dead: 'error',
};

/** The provider of a message that went to the built-in outbox because no real one is configured. */
export const outboxViewerProvider = 'outbox-viewer';

const knownReasons = ['opted-out', 'over-cap', 'unreachable', 'no-push-subscription', 'no-phone-number', 'no-email-address'] as const;

/** Why a message was not sent or failed: Koers's own reasons in words, a provider's as it said it. */
export function outboxReasonText(reason: string | null, t: TFunction): string {
  if (reason === null || reason === '') return '—';
  return (knownReasons as readonly string[]).includes(reason) ? t(`messaging.outbox.reason.${reason as (typeof knownReasons)[number]}`) : reason;
}
