import { useTranslation } from 'react-i18next';
import { importSteps, type ImportStep } from './import-steps';

/** Where the user is in the import: the steps, with the current one marked in words too. */
export function ImportStepList({ current }: { current: ImportStep }) {
  const { t } = useTranslation();
  const currentIndex = importSteps.indexOf(current);
  return (
    <ol className="koers-steps" aria-label={t('imports.steps.label')}>
      {importSteps.map((step, index) => (
        <li
          key={step}
          aria-current={step === current ? 'step' : undefined}
          className={['koers-steps__step', index < currentIndex ? 'koers-steps__step--done' : '', step === current ? 'koers-steps__step--current' : ''].filter(Boolean).join(' ')}
        >
          <span className="koers-steps__number">{index + 1}</span> {t(`imports.steps.${step}`)}
          {index < currentIndex && <span className="koers-visually-hidden"> ({t('imports.steps.done')})</span>}
        </li>
      ))}
    </ol>
  );
}
