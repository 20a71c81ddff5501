import { isHexColor } from '../../ui/color';
import { TextField } from '../../ui/TextField';

export interface ColourFieldProps {
  id: string;
  label: string;
  description: string;
  /** The name of the colour picker beside the text field. */
  pickerLabel: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

/** A colour as a hex code, with the browser's colour picker beside it for the same value. */
export function ColourField({ id, label, description, pickerLabel, value, onChange, error }: ColourFieldProps) {
  return (
    <TextField
      id={id}
      label={label}
      description={description}
      value={value}
      onChange={(event) => { onChange(event.target.value.trim()); }}
      error={error}
      autoComplete="off"
      spellCheck={false}
      maxLength={7}
      className="koers-colour-field"
      addon={
        <input
          type="color"
          className="koers-colour-picker"
          aria-label={pickerLabel}
          value={isHexColor(value) ? value.toLowerCase() : '#000000'}
          onChange={(event) => { onChange(event.target.value); }}
        />
      }
    />
  );
}
