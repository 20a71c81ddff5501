import type { Messages } from './messages';

/** English: the signal settings. */
export const signalSettingsEn: Messages['signalSettings'] = {
  title: 'Signals',
  intro: "Signals put clients who need attention at the top of their coach's caseload. Switch a signal on or off, or set after how long it appears. Every change applies to all clients at once.",
  none: 'There are no signals.',
  action: 'Suggested next step: {{action}}.',
  enabled: 'Signal is on',
  threshold: 'Threshold in {{unit}}',
  range: 'A whole number from {{min}} to {{max}} {{unit}}. The default is {{defaultValue}}.',
  save: 'Save',
  saveFor: ' ({{name}})',
  saved: 'The signal "{{name}}" has been saved.',
  units: {
    hours_one: 'hour',
    hours_other: 'hours',
    days_one: 'day',
    days_other: 'days',
    weeks_one: 'week',
    weeks_other: 'weeks',
    months_one: 'month',
    months_other: 'months',
  },
};
