import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterventionTypeConfig } from '../../endpoints/client-types';
import { Checkbox } from '../../ui/Checkbox';
import { TextField } from '../../ui/TextField';
import type { FieldErrors } from '../forms/field-errors';
import { useFormErrors } from '../forms/form-errors';
import { FormProblems } from '../forms/FormProblems';
import { useClientSettingsQuery } from './client-settings-queries';
import { labelErrors, labelFieldIds } from './label-errors';
import { LabelFields } from './LabelFields';
import type { SettingFormProps } from './SettingSection';
import { SettingFormButtons } from './SettingFormButtons';
import { useSaveSettingMutation } from './setting-mutations';

const prefix = 'intervention-type';
const fieldIds = { ...labelFieldIds(prefix), category: `${prefix}-category`, active: `${prefix}-active` };

/** An intervention of the catalogue, with its category. */
export function InterventionTypeForm({ item, onSaved, onCancel }: SettingFormProps<InterventionTypeConfig>) {
  const { t } = useTranslation();
  const settings = useClientSettingsQuery();
  const categories = [...new Set((settings.data?.interventionTypes ?? []).map((type) => type.category))].sort();
  const [labels, setLabels] = useState({ code: item?.code ?? '', labelNl: item?.labelNl ?? '', labelEn: item?.labelEn ?? '' });
  const [category, setCategory] = useState(item?.category ?? '');
  const [active, setActive] = useState(item?.active ?? true);
  const form = useFormErrors(fieldIds);
  const mutation = useSaveSettingMutation('intervention-types');

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found: FieldErrors<keyof typeof fieldIds> = labelErrors(labels, t);
    if (category.trim() === '') found.category = t('clientSettings.errors.categoryRequired');
    if (mutation.isPending || !form.check(found)) return;
    const value: InterventionTypeConfig = { code: labels.code, labelNl: labels.labelNl.trim(), labelEn: labels.labelEn.trim(), category: category.trim(), active };
    mutation.mutate(value, {
      onSuccess: () => { onSaved(t('clientSettings.saved', { name: value.labelNl })); },
      onError: form.fromServer,
    });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientSettings.interventionTypes.title')}>
      <FormProblems summary={form.summary} failure={form.failure} />
      <LabelFields idPrefix={prefix} values={labels} isNew={item === null} onChange={setLabels} errors={form.errors} />
      <TextField
        id={fieldIds.category}
        label={t('clientSettings.interventionTypes.category')}
        description={t('clientSettings.interventionTypes.categoryDescription')}
        list={`${prefix}-categories`}
        maxLength={40}
        value={category}
        onChange={(event) => { setCategory(event.target.value); }}
        error={form.errors.category}
      />
      <datalist id={`${prefix}-categories`}>
        {categories.map((candidate) => (
          <option key={candidate} value={candidate} />
        ))}
      </datalist>
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
