import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './PageLayout.css';

export const mainContentId = 'main';

export interface PageLayoutProps {
  header: ReactNode;
  /** The landmark navigation, when the page has one. */
  navigation?: ReactNode;
  footer?: ReactNode;
  /** Narrow content for forms and phone-first pages. */
  narrow?: boolean;
  children: ReactNode;
}

/** The frame of every page: a skip link, the banner, optional navigation, and the main content. */
export function PageLayout({ header, navigation, footer, narrow = false, children }: PageLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="koers-page">
      <a className="koers-skip-link" href={`#${mainContentId}`}>
        {t('ui.skipLink')}
      </a>
      {header}
      {navigation}
      <main
        id={mainContentId}
        tabIndex={-1}
        className={['koers-page__main', narrow ? 'koers-page__main--narrow' : ''].filter(Boolean).join(' ')}
      >
        {children}
      </main>
      {footer !== undefined && <footer className="koers-page__footer">{footer}</footer>}
    </div>
  );
}
