import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { PageHeading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { useDocumentTitle } from '../pages/document-title';
import { useClientSettingsQuery } from './client-settings-queries';
import { ClientSettingsSections } from './ClientSettingsSections';
import './client-settings.css';

/** The organisation's own statuses, profile criteria, scales, competences and interventions. */
export function ClientSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('clientSettings.title'));
  const settings = useClientSettingsQuery();
  return (
    <>
      <PageHeading>{t('clientSettings.title')}</PageHeading>
      <p className="koers-lead">{t('clientSettings.intro')}</p>
      {settings.isPending && <LoadingText />}
      {settings.isError && <Alert type="error">{problemMessage(settings.error, t).message}</Alert>}
      {settings.data !== undefined && <ClientSettingsSections settings={settings.data} />}
    </>
  );
}
