import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentScaleConfig } from '../../endpoints/client-types';
import type { FieldErrors } from '../forms/field-errors';
import { useFormErrors } from '../forms/form-errors';
import { FormProblems } from '../forms/FormProblems';
import { labelErrors, labelFieldIds } from './label-errors';
import { LabelFields } from './LabelFields';
import { LabelledRowsEditor, type LabelledRow } from './LabelledRowsEditor';
import type { SettingFormProps } from './SettingSection';
import { SettingFormButtons } from './SettingFormButtons';
import { useSaveSettingMutation } from './setting-mutations';

const prefix = 'scale';
const fieldIds = { ...labelFieldIds(prefix), levels: `${prefix}-levels` };
const levelLimits = { min: 2, max: 10 };

/** A segmentation scale with its levels (2 to 10), each a whole number with a name. */
export function SegmentScaleForm({ item, onSaved, onCancel }: SettingFormProps<SegmentScaleConfig>) {
  const { t } = useTranslation();
  const [labels, setLabels] = useState({ code: item?.code ?? '', labelNl: item?.labelNl ?? '', labelEn: item?.labelEn ?? '' });
  const [levels, setLevels] = useState<LabelledRow[]>(
    (item?.levels ?? [{ value: 1, labelNl: '', labelEn: '' }, { value: 2, labelNl: '', labelEn: '' }]).map((l) => ({ key: String(l.value), labelNl: l.labelNl, labelEn: l.labelEn })),
  );
  const form = useFormErrors(fieldIds);
  const mutation = useSaveSettingMutation('segment-scales');

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found: FieldErrors<keyof typeof fieldIds> = labelErrors(labels, t);
    if (levels.length < levelLimits.min || levels.length > levelLimits.max) found.levels = t('clientSettings.errors.levelCount', levelLimits);
    else if (levels.some((l) => !/^-?\d+$/.test(l.key.trim()) || l.labelNl.trim() === '' || l.labelEn.trim() === '')) found.levels = t('clientSettings.errors.levelIncomplete');
    else if (new Set(levels.map((l) => Number(l.key))).size !== levels.length) found.levels = t('problems.duplicateLevel');
    if (mutation.isPending || !form.check(found)) return;
    const value: SegmentScaleConfig = {
      code: labels.code,
      labelNl: labels.labelNl.trim(),
      labelEn: labels.labelEn.trim(),
      levels: levels.map((l) => ({ value: Number(l.key), labelNl: l.labelNl.trim(), labelEn: l.labelEn.trim() })).sort((a, b) => a.value - b.value),
    };
    mutation.mutate(value, {
      onSuccess: () => { onSaved(t('clientSettings.saved', { name: value.labelNl })); },
      onError: form.fromServer,
    });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientSettings.segmentScales.title')}>
      <FormProblems summary={form.summary} failure={form.failure} />
      <LabelFields idPrefix={prefix} values={labels} isNew={item === null} onChange={setLabels} errors={form.errors} />
      <LabelledRowsEditor
        id={fieldIds.levels}
        legend={t('clientSettings.segmentScales.levels')}
        description={t('clientSettings.segmentScales.levelsDescription')}
        rowName={t('clientSettings.segmentScales.level')}
        keyLabel={t('clientSettings.segmentScales.value')}
        keyInputMode="numeric"
        rows={levels}
        onChange={setLevels}
        addLabel={t('clientSettings.segmentScales.addLevel')}
        error={form.errors.levels}
      />
      <SettingFormButtons saving={mutation.isPending} onCancel={onCancel} />
    </form>
  );
}
