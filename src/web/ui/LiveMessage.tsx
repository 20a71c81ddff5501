import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';
import './Alert.css';

/**
 * A polite live region that is always on the page, so that a message put in it (such as
 * "saved") is announced by screen readers; shown as a success message while it has one.
 */
export function LiveMessage({ message }: { message: string | null }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="koers-live-message">
      {message !== null && (
        <div className="koers-alert koers-alert--success">
          <Icon name="success" className="koers-alert__icon" />
          <div className="koers-alert__content">
            <span className="koers-visually-hidden">{t('ui.alert.success')}: </span>
            <p className="koers-alert__title">{message}</p>
          </div>
        </div>
      )}
    </div>
  );
}
