import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/Alert';
import { languageName } from '../language-name';
import type { TemplateWarning } from '../messaging-types';
import { warningTexts } from './template-problems';

/** What the server noticed about a saved template: unknown variables, hard language, a long SMS. */
export function TemplateWarnings({ warnings, languages }: { warnings: readonly TemplateWarning[]; languages: readonly string[] }) {
  const { t, i18n } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Alert type="warning" title={t('messaging.templates.warnings.title', { count: warnings.length })}>
      <ul className="koers-template-warnings">
        {warningTexts(warnings, languages, t).map((warning, index) => (
          <li key={`${String(index)}-${warning.text}`}>
            {warning.language !== null && (
              <span className="koers-template-warnings__where">
                {languageName(warning.language, i18n.language)}
                {warning.field !== null && `, ${t(`messaging.templates.fieldNames.${warning.field}`)}`}:{' '}
              </span>
            )}
            {warning.text}
            {warning.sentence !== undefined && (
              <>
                {' '}
                <q>{warning.sentence}</q>
              </>
            )}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
