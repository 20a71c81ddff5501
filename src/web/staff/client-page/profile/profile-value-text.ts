import type { TFunction } from 'i18next';
import type { ProfileEntry } from '../../../endpoints/client-types';
import { formatDate } from '../../../i18n/format';
import { localLabel } from '../../../i18n/labels';

/** A profile value in words: "Ja", "12-04-2026", "Zorg en welzijn, Logistiek". */
export function profileValueText(entry: ProfileEntry, t: TFunction, language: string): string {
  const { value } = entry;
  if (value === null) return t('clientPage.profile.empty');
  const optionLabel = (code: string): string => {
    const option = entry.options.find((o) => o.value === code);
    return option === undefined ? code : localLabel(option, language);
  };
  if (Array.isArray(value)) {
    return value.length === 0 ? t('clientPage.profile.empty') : new Intl.ListFormat(language, { type: 'conjunction' }).format(value.map(optionLabel));
  }
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return new Intl.NumberFormat(language).format(value);
  if (entry.valueType === 'date') return formatDate(value);
  if (entry.valueType === 'choice') return optionLabel(value);
  return value;
}
