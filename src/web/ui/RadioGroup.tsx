import type { ReactNode } from 'react';
import { FieldDescription, FieldError, OptionalMarker, useFieldIds, type FieldTextProps } from './Field';

export interface RadioOption {
  value: string;
  label: ReactNode;
}

export interface RadioGroupProps extends FieldTextProps {
  /** The id of the group; the first radio button gets it too, so an error summary can link to it. */
  id: string;
  legend: ReactNode;
  name: string;
  options: readonly RadioOption[];
  value: string;
  onChange: (value: string) => void;
  optional?: boolean;
  /** Shows the options side by side, for short ones such as yes and no. */
  inline?: boolean;
}

export function RadioGroup({ id, legend, name, options, value, onChange, description, error, optional, inline = false }: RadioGroupProps) {
  const ids = useFieldIds(`${id}-group`, { description, error });
  return (
    <fieldset
      className={['koers-fieldset', error ? 'koers-field--invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={ids.describedBy}
    >
      <legend className="koers-fieldset__legend">
        {legend}
        <OptionalMarker optional={optional} />
      </legend>
      <FieldDescription id={ids.descriptionId}>{description}</FieldDescription>
      <FieldError id={ids.errorId} message={error} />
      <div className={inline ? 'koers-checkbox-list koers-checkbox-list--inline' : 'koers-checkbox-list'}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${String(index)}`;
          return (
            <div className="koers-checkbox" key={option.value}>
              <input
                type="radio"
                id={optionId}
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => { onChange(option.value); }}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
