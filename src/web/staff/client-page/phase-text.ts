import type { TFunction } from 'i18next';
import type { ClientPage } from '../../endpoints/client-types';

/** The phase of unemployment in words: "6–12 maanden werkzoekend". */
export function phaseText(phase: ClientPage['phase'], t: TFunction): string {
  switch (phase.code) {
    case 'before-intake':
      return t('clientPage.phase.beforeIntake');
    case '0-3':
      return t('clientPage.phase.months0to3');
    case '3-6':
      return t('clientPage.phase.months3to6');
    case '6-12':
      return t('clientPage.phase.months6to12');
    case '12+':
      return t('clientPage.phase.months12plus');
    case 'outflow':
      return t('clientPage.phase.outflow');
  }
}
