import type { TFunction } from 'i18next';

/** How long a client has waited for an answer, in words: "wacht 2 uur". */
export function waitingText(since: string, t: TFunction, now: number = Date.now()): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(since)) / 60_000));
  if (minutes < 1) return t('chat.waiting.now');
  if (minutes < 60) return t('chat.waiting.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('chat.waiting.hours', { count: hours });
  return t('chat.waiting.days', { count: Math.floor(hours / 24) });
}
