import type { TFunction } from 'i18next';
import type { OpenSignal, SignalDefinitionView, SignalSeverity } from '../../endpoints/caseload-types';
import type { BadgeTone } from '../../ui/Badge';
import type { IconName } from '../../ui/Icon';

/** Each severity has its own colour, icon and word: never colour alone. */
export const severityTone: Record<SignalSeverity, BadgeTone> = { info: 'info', warning: 'warning', urgent: 'error' };
export const severityIcon: Record<SignalSeverity, IconName> = { info: 'info', warning: 'warning', urgent: 'error' };

export function isSeverity(value: string): value is SignalSeverity {
  return value === 'info' || value === 'warning' || value === 'urgent';
}

const english = (language: string): boolean => language.startsWith('en');

/** An open signal in plain words, in the user's language. */
export function signalTitle(signal: Pick<OpenSignal, 'titleNl' | 'titleEn'>, language: string): string {
  return english(language) ? signal.titleEn : signal.titleNl;
}

/** A signal definition's words with its threshold filled in. */
export function definitionText(definition: SignalDefinitionView, language: string): string {
  const text = english(language) ? definition.textEn : definition.textNl;
  return text.replace('{n}', definition.threshold === null ? '' : String(definition.threshold));
}

const knownShortNames = new Set([
  'no_intervention_after_intake',
  'not_active_within_6_months',
  'no_coach',
  'exemption_expiring',
  'absent_without_notice',
  'no_contact',
  'placement_starting',
  'programme_not_used',
  'plan_incomplete',
  'development_card_outdated',
  'chat_unanswered',
]);

/** A short name for a signal, for a filter button: "Geen contact". Unknown signals use their words or code. */
export function signalShortName(code: string, definitions: readonly SignalDefinitionView[] | undefined, t: TFunction, language: string): string {
  if (knownShortNames.has(code)) return t(`caseload.signals.short.${code as 'no_contact'}`);
  const definition = definitions?.find((candidate) => candidate.code === code);
  return definition === undefined ? code : definitionText(definition, language);
}
