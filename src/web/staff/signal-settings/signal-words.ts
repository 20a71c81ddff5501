import type { TFunction } from 'i18next';

/** A threshold's unit in words, "uur", "dagen", "weken", "maanden"; an unknown unit as is. */
export function unitName(unit: string, count: number, t: TFunction): string {
  switch (unit) {
    case 'hours':
      return t('signalSettings.units.hours', { count });
    case 'days':
      return t('signalSettings.units.days', { count });
    case 'weeks':
      return t('signalSettings.units.weeks', { count });
    case 'months':
      return t('signalSettings.units.months', { count });
    default:
      return unit;
  }
}

/** The next step a signal suggests, in words. */
export function actionName(action: string, t: TFunction): string {
  switch (action) {
    case 'open-client':
      return t('caseload.actions.openClient');
    case 'plan-intervention':
      return t('caseload.actions.planIntervention');
    case 'register-contact':
      return t('caseload.actions.registerContact');
    case 'send-message':
      return t('caseload.actions.sendMessage');
    case 'answer-chat':
      return t('caseload.actions.answerChat');
    default:
      return action;
  }
}
