import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './ErrorSummary.css';

export interface FieldErrorItem {
  /** The id of the control the message is about. */
  fieldId: string;
  message: string;
}

/**
 * The list of problems in a form, shown above it after a failed submit. It takes focus so the
 * user hears what went wrong, and every item links to its field.
 */
export function ErrorSummary({ errors }: { errors: readonly FieldErrorItem[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);

  if (errors.length === 0) return null;
  return (
    <section ref={ref} className="koers-error-summary" aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId} className="koers-error-summary__title">
        {t('ui.errorSummary.title')}
      </h2>
      <ul className="koers-error-summary__list">
        {errors.map((error) => (
          <li key={`${error.fieldId}:${error.message}`}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                const field = document.getElementById(error.fieldId);
                if (field === null) return;
                event.preventDefault();
                field.focus();
                field.scrollIntoView({ block: 'center' });
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
