import type { ReactNode } from 'react';
import { FieldDescription, FieldError, OptionalMarker, useFieldIds, type FieldTextProps } from './Field';

export interface CheckboxOption {
  value: string;
  label: ReactNode;
}

export interface CheckboxGroupProps extends FieldTextProps {
  /** The id of the group; the first checkbox gets it too, so an error summary can link to it. */
  id: string;
  legend: ReactNode;
  name: string;
  options: readonly CheckboxOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  optional?: boolean;
  /** Shown instead of the checkboxes when there is nothing to choose from. */
  emptyText?: ReactNode;
}

export function CheckboxGroup({
  id,
  legend,
  name,
  options,
  value,
  onChange,
  description,
  error,
  optional,
  emptyText,
}: CheckboxGroupProps) {
  const ids = useFieldIds(`${id}-group`, { description, error });
  const toggle = (optionValue: string, checked: boolean): void => {
    const next = checked ? [...value, optionValue] : value.filter((v) => v !== optionValue);
    onChange(options.map((option) => option.value).filter((v) => next.includes(v)));
  };
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
      {options.length === 0 && emptyText !== undefined ? (
        <p className="koers-field__description">{emptyText}</p>
      ) : (
        <div className="koers-checkbox-list">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${String(index)}`;
            return (
              <div className="koers-checkbox" key={option.value}>
                <input
                  type="checkbox"
                  id={optionId}
                  name={name}
                  value={option.value}
                  checked={value.includes(option.value)}
                  onChange={(event) => { toggle(option.value, event.target.checked); }}
                />
                <label htmlFor={optionId}>{option.label}</label>
              </div>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
