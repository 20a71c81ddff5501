import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';
import './Field.css';

export interface FieldIds {
  controlId: string;
  descriptionId: string | undefined;
  errorId: string | undefined;
  /** The value for aria-describedby on the control: description and error, when present. */
  describedBy: string | undefined;
}

export interface FieldTextProps {
  /** Explanation shown below the label and linked to the control. */
  description?: ReactNode;
  /** The error for this field; also linked to the control. */
  error?: string | null;
}

export function useFieldIds(id: string | undefined, { description, error }: FieldTextProps): FieldIds {
  const generated = useId();
  const controlId = id ?? `field${generated}`;
  const descriptionId = description !== undefined && description !== null ? `${controlId}-description` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return { controlId, descriptionId, errorId, describedBy };
}

export function FieldDescription({ id, children }: { id: string | undefined; children: ReactNode }) {
  if (id === undefined) return null;
  return (
    <div id={id} className="koers-field__description">
      {children}
    </div>
  );
}

export function FieldError({ id, message }: { id: string | undefined; message: string | null | undefined }) {
  const { t } = useTranslation();
  if (id === undefined || !message) return null;
  return (
    <p id={id} className="koers-field__error">
      <Icon name="error" />
      <span>
        <span className="koers-visually-hidden">{t('ui.field.errorPrefix')} </span>
        {message}
      </span>
    </p>
  );
}

export function OptionalMarker({ optional }: { optional: boolean | undefined }) {
  const { t } = useTranslation();
  if (!optional) return null;
  return <span className="koers-field__optional"> {t('ui.field.optional')}</span>;
}
