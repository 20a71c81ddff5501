import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompetenceConfig } from '../../endpoints/client-types';
import { useFormErrors } from '../forms/form-errors';
import { FormProblems } from '../forms/FormProblems';
import { labelErrors, labelFieldIds } from './label-errors';
import { LabelFields } from './LabelFields';
import type { SettingFormProps } from './SettingSection';
import { SettingFormButtons } from './SettingFormButtons';
import { useSaveSettingMutation } from './setting-mutations';

const prefix = 'competence';
const fieldIds = labelFieldIds(prefix);

/** A competence of the development card. */
export function CompetenceForm({ item, onSaved, onCancel }: SettingFormProps<CompetenceConfig>) {
  const { t } = useTranslation();
  const [labels, setLabels] = useState({ code: item?.code ?? '', labelNl: item?.labelNl ?? '', labelEn: item?.labelEn ?? '' });
  const form = useFormErrors(fieldIds);
  const mutation = useSaveSettingMutation('competences');

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending || !form.check(labelErrors(labels, t))) return;
    const value: CompetenceConfig = { code: labels.code, labelNl: labels.labelNl.trim(), labelEn: labels.labelEn.trim() };
    mutation.mutate(value, {
      onSuccess: () => { onSaved(t('clientSettings.saved', { name: value.labelNl })); },
      onError: form.fromServer,
    });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientSettings.competences.title')}>
      <FormProblems summary={form.summary} failure={form.failure} />
      <LabelFields idPrefix={prefix} values={labels} isNew={item === null} onChange={setLabels} errors={form.errors} />
      <SettingFormButtons saving={mutation.isPending} onCancel={onCancel} />
    </form>
  );
}
