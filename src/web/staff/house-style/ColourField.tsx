import { useTranslation } from 'react-i18next';
import { isHexColor } from '../../ui/color';
import { TextField } from '../../ui/TextField';

export interface ColourFieldProps {
  id: string;
  label: string;
  description: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

/** A colour as a hex code, with the browser's colour picker beside it for the same value. */
export function ColourField({ id, label, description, value, onChange, error }: ColourFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      id={id}
      label={label}
      description={description}
      value={value}
      onChange={(event) => onChange(event.target.value.trim())}
      error={error}
      autoComplete="off"
      spellCheck={false}
      maxLength={7}
      className="koers-colour-field"
      addon={
        <input
          type="color"
          className="koers-colour-picker"
          aria-label={t('houseStyle.fields.colourPicker', { field: label })}
          value={isHexColor(value) ? value.toLowerCase() : '#000000'}
          onChange={(event) => onChange(event.target.value)}
        />
      }
    />
  );
}
