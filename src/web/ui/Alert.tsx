import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';
import './Alert.css';

export type AlertType = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps {
  type: AlertType;
  title?: ReactNode;
  children?: ReactNode;
}

/**
 * A message about the page or the last action. Errors are announced at once (role alert), the
 * rest politely (role status). The type is also said in words, never by colour alone.
 */
export function Alert({ type, title, children }: AlertProps) {
  const { t } = useTranslation();
  return (
    <div className={`koers-alert koers-alert--${type}`} role={type === 'error' ? 'alert' : 'status'}>
      <Icon name={type} className="koers-alert__icon" />
      <div className="koers-alert__content">
        <span className="koers-visually-hidden">{t(`ui.alert.${type}`)}: </span>
        {title !== undefined && <p className="koers-alert__title">{title}</p>}
        {children}
      </div>
    </div>
  );
}
