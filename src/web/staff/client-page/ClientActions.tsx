import { useTranslation } from 'react-i18next';
import { clientExportUrl, clientPortfolioUrl } from '../../endpoints/clients';
import { buttonClassName } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { ChatClientLink } from '../chat/ChatClientLink';
import { SendMessageLink } from '../messaging/client/SendMessageLink';
import { AppAccessActions } from './app-access/AppAccessActions';
import { useClientRecord } from './client-record-context';

/** Taking the record along: the whole record as JSON, or the printable portfolio. */
export function ClientActions() {
  const { t, i18n } = useTranslation();
  const { clientId } = useClientRecord();
  return (
    <div className="koers-button-group koers-client-actions">
      <ChatClientLink />
      <SendMessageLink />
      <AppAccessActions />
      <a href={clientExportUrl(clientId)} download className={buttonClassName('secondary')}>
        <Icon name="download" />
        <span>{t('clientPage.actions.export')}</span>
      </a>
      <a
        href={clientPortfolioUrl(clientId, i18n.language.startsWith('en') ? 'en' : 'nl')}
        target="_blank"
        rel="noopener"
        className={buttonClassName('secondary')}
      >
        <Icon name="print" />
        <span>
          {t('clientPage.actions.portfolio')}
          <VisuallyHidden> {t('clientPage.actions.newTab')}</VisuallyHidden>
        </span>
      </a>
    </div>
  );
}
