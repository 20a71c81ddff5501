import type { TFunction } from 'i18next';

const dayMs = 86_400_000;

/** How long ago the last contact was, in words: "3 weken geleden"; "Nog geen contact" without one. */
export function lastContactText(lastContactAt: string | null, t: TFunction, now: Date = new Date()): string {
  if (lastContactAt === null) return t('caseload.lastContact.never');
  const moment = new Date(lastContactAt);
  if (Number.isNaN(moment.getTime())) return lastContactAt;
  const days = Math.max(0, Math.floor((now.getTime() - moment.getTime()) / dayMs));
  if (days === 0) return t('caseload.lastContact.today');
  if (days < 14) return t('caseload.lastContact.days', { count: days });
  if (days < 63) return t('caseload.lastContact.weeks', { count: Math.floor(days / 7) });
  return t('caseload.lastContact.months', { count: Math.floor(days / 30.44) });
}
