import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldDescription, FieldError, OptionalMarker, useFieldIds, type FieldTextProps } from './Field';

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'children'>, FieldTextProps {
  label: ReactNode;
  optional?: boolean;
}

/** Text over several lines, such as a note. */
export function TextArea({ label, description, error, optional, id, className, rows = 4, ...textareaProps }: TextAreaProps) {
  const ids = useFieldIds(id, { description, error });
  return (
    <div className={['koers-field', error ? 'koers-field--invalid' : '', className].filter(Boolean).join(' ')}>
      <label className="koers-field__label" htmlFor={ids.controlId}>
        {label}
        <OptionalMarker optional={optional} />
      </label>
      <FieldDescription id={ids.descriptionId}>{description}</FieldDescription>
      <FieldError id={ids.errorId} message={error} />
      <textarea
        id={ids.controlId}
        className="koers-text-input koers-textarea"
        rows={rows}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        {...textareaProps}
      />
    </div>
  );
}
