import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusKind, StatusTypeConfig } from '../../endpoints/client-types';
import { Checkbox } from '../../ui/Checkbox';
import { Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import { useFormErrors } from '../forms/form-errors';
import { FormProblems } from '../forms/FormProblems';
import { labelErrors, labelFieldIds } from './label-errors';
import { LabelFields } from './LabelFields';
import type { SettingFormProps } from './SettingSection';
import { SettingFormButtons } from './SettingFormButtons';
import { useSaveSettingMutation } from './setting-mutations';

export const statusKinds: readonly StatusKind[] = ['benefit', 'exemption', 'employment', 'secondment', 'work_experience', 'other'];
const prefix = 'status-type';
const fieldIds = { ...labelFieldIds(prefix), kind: `${prefix}-kind`, regimes: `${prefix}-regimes`, active: `${prefix}-active` };

/** A status type: its names, kind, legal regimes to choose from, and whether it is in use. */
export function StatusTypeForm({ item, onSaved, onCancel }: SettingFormProps<StatusTypeConfig>) {
  const { t } = useTranslation();
  const [labels, setLabels] = useState({ code: item?.code ?? '', labelNl: item?.labelNl ?? '', labelEn: item?.labelEn ?? '' });
  const [kind, setKind] = useState<StatusKind>(item?.kind ?? 'other');
  const [regimes, setRegimes] = useState((item?.regimes ?? []).join('\n'));
  const [active, setActive] = useState(item?.active ?? true);
  const form = useFormErrors(fieldIds);
  const mutation = useSaveSettingMutation('status-types');

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending || !form.check(labelErrors(labels, t))) return;
    const value: StatusTypeConfig = {
      code: labels.code,
      labelNl: labels.labelNl.trim(),
      labelEn: labels.labelEn.trim(),
      kind,
      regimes: [...new Set(regimes.split('\n').map((regime) => regime.trim()).filter((regime) => regime !== ''))],
      active,
    };
    mutation.mutate(value, {
      onSuccess: () => { onSaved(t('clientSettings.saved', { name: value.labelNl })); },
      onError: form.fromServer,
    });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientSettings.statusTypes.title')}>
      <FormProblems summary={form.summary} failure={form.failure} />
      <LabelFields idPrefix={prefix} values={labels} isNew={item === null} onChange={setLabels} errors={form.errors} />
      <Select
        id={fieldIds.kind}
        label={t('clientSettings.statusTypes.kind')}
        description={t('clientSettings.statusTypes.kindDescription')}
        value={kind}
        onChange={(event) => {
          const next = statusKinds.find((candidate) => candidate === event.target.value);
          if (next !== undefined) setKind(next);
        }}
        error={form.errors.kind}
      >
        {statusKinds.map((candidate) => (
          <option key={candidate} value={candidate}>
            {t(`clientSettings.statusKinds.${candidate}`)}
          </option>
        ))}
      </Select>
      <TextArea
        id={fieldIds.regimes}
        label={t('clientSettings.statusTypes.regimes')}
        description={t('clientSettings.statusTypes.regimesDescription')}
        optional
        rows={4}
        value={regimes}
        onChange={(event) => { setRegimes(event.target.value); }}
        error={form.errors.regimes}
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
