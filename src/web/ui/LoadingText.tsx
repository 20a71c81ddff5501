import { useTranslation } from 'react-i18next';

/** A polite "loading" message for screen readers and sighted users alike. */
export function LoadingText({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="koers-loading">
      {label ?? t('ui.loading')}
    </p>
  );
}
