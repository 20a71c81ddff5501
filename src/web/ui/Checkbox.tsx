import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldDescription, FieldError, useFieldIds, type FieldTextProps } from './Field';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'children'>, FieldTextProps {
  label: ReactNode;
}

/** A single checkbox, such as a confirmation. */
export function Checkbox({ label, description, error, id, ...inputProps }: CheckboxProps) {
  const ids = useFieldIds(id, { description, error });
  return (
    <div className={['koers-field', error ? 'koers-field--invalid' : ''].filter(Boolean).join(' ')}>
      <FieldError id={ids.errorId} message={error} />
      <div className="koers-checkbox">
        <input
          type="checkbox"
          id={ids.controlId}
          aria-describedby={ids.describedBy}
          aria-invalid={error ? true : undefined}
          {...inputProps}
        />
        <label htmlFor={ids.controlId}>{label}</label>
      </div>
      <FieldDescription id={ids.descriptionId}>{description}</FieldDescription>
    </div>
  );
}
