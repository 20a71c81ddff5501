import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileCriterionConfig, ProfileValueType } from '../../endpoints/client-types';
import { allRoles } from '../../endpoints/types';
import { Checkbox } from '../../ui/Checkbox';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { Select } from '../../ui/Select';
import type { FieldErrors } from '../forms/field-errors';
import { useFormErrors } from '../forms/form-errors';
import { FormProblems } from '../forms/FormProblems';
import { roleName } from '../roles';
import { labelErrors, labelFieldIds } from './label-errors';
import { LabelFields } from './LabelFields';
import { LabelledRowsEditor, type LabelledRow } from './LabelledRowsEditor';
import type { SettingFormProps } from './SettingSection';
import { SettingFormButtons } from './SettingFormButtons';
import { useSaveSettingMutation } from './setting-mutations';

export const valueTypes: readonly ProfileValueType[] = ['text', 'number', 'boolean', 'date', 'choice', 'multi_choice'];
const prefix = 'criterion';
const fieldIds = {
  ...labelFieldIds(prefix),
  valueType: `${prefix}-type`,
  options: `${prefix}-options`,
  visibleTo: `${prefix}-visible-to`,
  active: `${prefix}-active`,
};
type Field = keyof typeof fieldIds;

const takesOptions = (type: ProfileValueType): boolean => type === 'choice' || type === 'multi_choice';

/** A profile criterion: names, type, options for choices, which roles may see it, and whether it is in use. */
export function ProfileCriterionForm({ item, onSaved, onCancel }: SettingFormProps<ProfileCriterionConfig>) {
  const { t } = useTranslation();
  const [labels, setLabels] = useState({ code: item?.code ?? '', labelNl: item?.labelNl ?? '', labelEn: item?.labelEn ?? '' });
  const [valueType, setValueType] = useState<ProfileValueType>(item?.valueType ?? 'text');
  const [options, setOptions] = useState<LabelledRow[]>((item?.options ?? []).map((o) => ({ key: o.value, labelNl: o.labelNl, labelEn: o.labelEn })));
  const [visibleTo, setVisibleTo] = useState<string[]>(item?.visibleTo ?? ['coach', 'manager', 'account_manager']);
  const [active, setActive] = useState(item?.active ?? true);
  const form = useFormErrors(fieldIds);
  const mutation = useSaveSettingMutation('profile-criteria');

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found: FieldErrors<Field> = labelErrors(labels, t);
    const filled = options.filter((o) => o.key.trim() !== '' || o.labelNl.trim() !== '' || o.labelEn.trim() !== '');
    if (takesOptions(valueType)) {
      if (filled.length < 2) found.options = t('problems.optionsRequired');
      else if (filled.some((o) => o.key.trim() === '' || o.labelNl.trim() === '' || o.labelEn.trim() === '')) found.options = t('clientSettings.errors.optionIncomplete');
      else if (new Set(filled.map((o) => o.key.trim())).size !== filled.length) found.options = t('problems.duplicateOption');
    }
    if (mutation.isPending || !form.check(found)) return;
    const value: ProfileCriterionConfig = {
      code: labels.code,
      labelNl: labels.labelNl.trim(),
      labelEn: labels.labelEn.trim(),
      valueType,
      options: takesOptions(valueType) ? filled.map((o) => ({ value: o.key.trim(), labelNl: o.labelNl.trim(), labelEn: o.labelEn.trim() })) : [],
      visibleTo,
      active,
    };
    mutation.mutate(value, {
      onSuccess: () => { onSaved(t('clientSettings.saved', { name: value.labelNl })); },
      onError: form.fromServer,
    });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientSettings.profileCriteria.title')}>
      <FormProblems summary={form.summary} failure={form.failure} />
      <LabelFields idPrefix={prefix} values={labels} isNew={item === null} onChange={setLabels} errors={form.errors} />
      <Select
        id={fieldIds.valueType}
        label={t('clientSettings.profileCriteria.valueType')}
        value={valueType}
        onChange={(event) => {
          const next = valueTypes.find((candidate) => candidate === event.target.value);
          if (next !== undefined) setValueType(next);
        }}
        error={form.errors.valueType}
      >
        {valueTypes.map((candidate) => (
          <option key={candidate} value={candidate}>
            {t(`clientSettings.valueTypes.${candidate}`)}
          </option>
        ))}
      </Select>
      {takesOptions(valueType) && (
        <LabelledRowsEditor
          id={fieldIds.options}
          legend={t('clientSettings.profileCriteria.options')}
          description={t('clientSettings.profileCriteria.optionsDescription')}
          rowName={t('clientSettings.profileCriteria.option')}
          keyLabel={t('clientSettings.fields.code')}
          rows={options}
          onChange={setOptions}
          addLabel={t('clientSettings.profileCriteria.addOption')}
          error={form.errors.options}
        />
      )}
      <CheckboxGroup
        id={fieldIds.visibleTo}
        name="visibleTo"
        legend={t('clientSettings.profileCriteria.visibleTo')}
        description={t('clientSettings.profileCriteria.visibleToDescription')}
        optional
        options={allRoles.map((role) => ({ value: role, label: roleName(role, t) }))}
        value={visibleTo}
        onChange={setVisibleTo}
        error={form.errors.visibleTo}
      />
      <Checkbox
        id={fieldIds.active}
        label={t('clientSettings.fields.active')}
        description={t('clientSettings.fields.activeDescription')}
        checked={active}
        onChange={(event) => { setActive(event.target.checked); }}
      />
      <SettingFormButtons saving={mutation.isPending} onCancel={onCancel} />
    </form>
  );
}
