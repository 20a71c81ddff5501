import type { TFunction } from 'i18next';
import type { ClientStatus } from '../../endpoints/client-types';
import { daysFromToday, formatDate } from '../../i18n/format';
import { localLabel } from '../../i18n/labels';
import type { BadgeTone } from '../../ui/Badge';

/** Days before a planned end that a status is marked as ending soon. */
export const endingSoonDays = 30;

export interface PlannedEndState {
  tone: BadgeTone;
  /** "ends in 12 days", "planned end passed"; null when there is nothing to flag. */
  warning: string | null;
}

/** Whether a planned end is near (within 30 days) or has passed, said in words. */
export function plannedEndState(plannedEnd: string | null, t: TFunction): PlannedEndState {
  if (plannedEnd === null) return { tone: 'info', warning: null };
  const days = daysFromToday(plannedEnd);
  if (days < 0) return { tone: 'error', warning: t('clientPage.status.endPassed') };
  if (days <= endingSoonDays) return { tone: 'warning', warning: t('clientPage.status.endsInDays', { count: days }) };
  return { tone: 'info', warning: null };
}

/** A status in one line: "Uitkering – Participatiewet", "Detachering – bij Bakkerij Smit", "… – tot 01-02-2027". */
export function statusLine(status: ClientStatus, t: TFunction, language: string): string {
  const parts = [localLabel(status, language)];
  if (status.regime !== null) parts.push(status.regime);
  if (status.organisation !== null) parts.push(t('clientPage.status.at', { organisation: status.organisation }));
  if (status.plannedEnd !== null && status.validTo === null) parts.push(t('clientPage.status.until', { date: formatDate(status.plannedEnd) }));
  return parts.join(' – ');
}
