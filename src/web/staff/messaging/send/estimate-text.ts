import type { TFunction } from 'i18next';
import type { SendEstimate } from '../messaging-types';

/**
 * "Dit bericht gaat naar 1.234 mensen: 800 in de app, 300 per sms, 134 per e-mail." and
 * "12 niet: 5 afgemeld, 4 boven het maximum, 3 onbereikbaar."
 */
export function estimateSentences(estimate: SendEstimate, t: TFunction, locale: string): { reach: string; notReached: string | null } {
  const number = new Intl.NumberFormat(locale);
  const n = (value: number): string => number.format(value);
  const channels = (['app', 'push', 'sms', 'email'] as const)
    .filter((channel) => estimate.byChannel[channel] > 0)
    .map((channel) => t(`messaging.estimate.channel.${channel}`, { count: estimate.byChannel[channel], n: n(estimate.byChannel[channel]) }));
  const reach =
    estimate.recipients === 0
      ? t('messaging.estimate.nobody')
      : t('messaging.estimate.reach', { count: estimate.recipients, n: n(estimate.recipients), channels: channels.join(', ') });
  const { optedOut, overCap, unreachable } = estimate.notReached;
  const total = optedOut + overCap + unreachable;
  if (total === 0) return { reach, notReached: null };
  const reasons = [
    optedOut > 0 ? t('messaging.estimate.optedOut', { n: n(optedOut) }) : null,
    overCap > 0 ? t('messaging.estimate.overCap', { n: n(overCap) }) : null,
    unreachable > 0 ? t('messaging.estimate.unreachable', { n: n(unreachable) }) : null,
  ].filter((reason): reason is string => reason !== null);
  return { reach, notReached: t('messaging.estimate.notReached', { n: n(total), reasons: reasons.join(', ') }) };
}
