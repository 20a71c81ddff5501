import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldDescription, FieldError, OptionalMarker, useFieldIds, type FieldTextProps } from './Field';

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement>, FieldTextProps {
  label: ReactNode;
  optional?: boolean;
  children: ReactNode;
}

export function Select({ label, description, error, optional, id, className, children, ...selectProps }: SelectProps) {
  const ids = useFieldIds(id, { description, error });
  return (
    <div className={['koers-field', error ? 'koers-field--invalid' : '', className].filter(Boolean).join(' ')}>
      <label className="koers-field__label" htmlFor={ids.controlId}>
        {label}
        <OptionalMarker optional={optional} />
      </label>
      <FieldDescription id={ids.descriptionId}>{description}</FieldDescription>
      <FieldError id={ids.errorId} message={error} />
      <select
        id={ids.controlId}
        className="koers-select"
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        {...selectProps}
      >
        {children}
      </select>
    </div>
  );
}
