import { useTranslation } from 'react-i18next';
import type { ProfileEntry } from '../../../endpoints/client-types';
import { localLabel } from '../../../i18n/labels';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { RadioGroup } from '../../../ui/RadioGroup';
import { Select } from '../../../ui/Select';
import { TextField } from '../../../ui/TextField';
import type { ProfileInput } from './profile-input';

export interface ProfileValueInputProps {
  entry: ProfileEntry;
  id: string;
  label: string;
  input: ProfileInput;
  onChange: (input: ProfileInput) => void;
  error: string | undefined;
}

/** The input that fits the criterion's type: text, number, yes/no, date, one-of or several-of. */
export function ProfileValueInput({ entry, id, label, input, onChange, error }: ProfileValueInputProps) {
  const { t, i18n } = useTranslation();
  const options = entry.options.map((option) => ({ value: option.value, label: localLabel(option, i18n.language) }));
  const setText = (text: string): void => { onChange({ ...input, text }); };

  switch (entry.valueType) {
    case 'boolean':
      return (
        <RadioGroup
          id={id}
          name={id}
          legend={label}
          inline
          options={[
            { value: 'yes', label: t('common.yes') },
            { value: 'no', label: t('common.no') },
          ]}
          value={input.text}
          onChange={setText}
          error={error}
        />
      );
    case 'choice':
      return (
        <Select id={id} label={label} value={input.text} onChange={(event) => { setText(event.target.value); }} error={error}>
          <option value="">{t('clientPage.profile.choose')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      );
    case 'multi_choice':
      return (
        <CheckboxGroup
          id={id}
          name={id}
          legend={label}
          options={options}
          value={input.list}
          onChange={(list) => { onChange({ ...input, list }); }}
          error={error}
        />
      );
    case 'number':
      return <TextField id={id} label={label} inputMode="decimal" value={input.text} onChange={(event) => { setText(event.target.value); }} error={error} />;
    case 'date':
      return <TextField id={id} type="date" label={label} value={input.text} onChange={(event) => { setText(event.target.value); }} error={error} />;
    case 'text':
      return <TextField id={id} label={label} maxLength={1000} value={input.text} onChange={(event) => { setText(event.target.value); }} error={error} />;
  }
}
