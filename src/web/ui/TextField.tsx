import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldDescription, FieldError, OptionalMarker, useFieldIds, type FieldTextProps } from './Field';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'children'>, FieldTextProps {
  label: ReactNode;
  /** Marks the label "(not required)"; required is the default in Koers forms. */
  optional?: boolean;
  /** Something shown next to the input, such as a colour picker. */
  addon?: ReactNode;
}

export function TextField({ label, description, error, optional, addon, id, className, ...inputProps }: TextFieldProps) {
  const ids = useFieldIds(id, { description, error });
  return (
    <div className={['koers-field', error ? 'koers-field--invalid' : '', className].filter(Boolean).join(' ')}>
      <label className="koers-field__label" htmlFor={ids.controlId}>
        {label}
        <OptionalMarker optional={optional} />
      </label>
      <FieldDescription id={ids.descriptionId}>{description}</FieldDescription>
      <FieldError id={ids.errorId} message={error} />
      <div className="koers-field__control">
        <input
          id={ids.controlId}
          className="koers-text-input"
          aria-describedby={ids.describedBy}
          aria-invalid={error ? true : undefined}
          {...inputProps}
        />
        {addon}
      </div>
    </div>
  );
}
