import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Heading } from '../../../ui/Heading';
import type { TemplateVariable } from '../messaging-types';

/** The variables a template can use; a button puts "{{ name }}" where the cursor was. */
export function VariablesList({ variables, onInsert }: { variables: readonly TemplateVariable[]; onInsert: (name: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="koers-template-variables" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {t('messaging.variables.title')}
      </Heading>
      <p className="koers-field__description">{t('messaging.variables.intro')}</p>
      <ul className="koers-plain-list koers-template-variables__list">
        {variables.map((variable) => (
          <li key={variable.name}>
            <Button
              variant="secondary"
              // Keep the cursor where it is in the text: the button must not take focus on mouse down.
              onMouseDown={(event) => { event.preventDefault(); }}
              onClick={() => { onInsert(variable.name); }}
              aria-label={t('messaging.variables.insert', { tag: `{{ ${variable.name} }}` })}
            >
              <code>{`{{ ${variable.name} }}`}</code>
            </Button>
            {variable.example !== '' && <span className="koers-template-variables__example">{t('messaging.variables.example', { example: variable.example })}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
