import type { TFunction } from 'i18next';
import type { LabelValues } from './LabelFields';
import { codePattern } from './setting-code';

/** Problems with the code and names, before sending. */
export function labelErrors(values: LabelValues, t: TFunction): Partial<Record<keyof LabelValues, string>> {
  const errors: Partial<Record<keyof LabelValues, string>> = {};
  if (values.labelNl.trim() === '') errors.labelNl = t('clientSettings.errors.labelNlRequired');
  if (values.labelEn.trim() === '') errors.labelEn = t('clientSettings.errors.labelEnRequired');
  if (!codePattern.test(values.code)) errors.code = t('clientSettings.errors.code');
  return errors;
}

/** The ids of the label fields, for the error summary. */
export function labelFieldIds(idPrefix: string): Record<keyof LabelValues, string> {
  return { labelNl: `${idPrefix}-label-nl`, labelEn: `${idPrefix}-label-en`, code: `${idPrefix}-code` };
}
