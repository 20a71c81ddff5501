/** Dutch: the signal settings. */
export const signalSettingsNl = {
  title: 'Signalen',
  intro: 'Signalen zetten cliënten die aandacht nodig hebben bovenaan in de caseload van hun coach. Zet een signaal aan of uit, of stel in na hoeveel tijd het verschijnt. Elke wijziging geldt meteen voor alle cliënten.',
  none: 'Er zijn geen signalen.',
  action: 'Voorgestelde volgende stap: {{action}}.',
  enabled: 'Signaal staat aan',
  threshold: 'Drempel in {{unit}}',
  range: 'Een heel getal van {{min}} tot en met {{max}} {{unit}}. Standaard is {{defaultValue}}.',
  save: 'Opslaan',
  saveFor: ' ({{name}})',
  saved: 'Het signaal "{{name}}" is opgeslagen.',
  units: {
    hours_one: 'uur',
    hours_other: 'uur',
    days_one: 'dag',
    days_other: 'dagen',
    weeks_one: 'week',
    weeks_other: 'weken',
    months_one: 'maand',
    months_other: 'maanden',
  },
} as const;
