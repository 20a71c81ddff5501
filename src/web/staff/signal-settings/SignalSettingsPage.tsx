import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { PageHeading } from '../../ui/Heading';
import { LiveMessage } from '../../ui/LiveMessage';
import { LoadingText } from '../../ui/LoadingText';
import { useSignalSettingsQuery } from '../caseload/caseload-queries';
import { useDocumentTitle } from '../pages/document-title';
import { SignalSettingForm } from './SignalSettingForm';
import './signal-settings.css';

/** For administrators: which signals are on, and after how long each one is raised. */
export function SignalSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signalSettings.title'));
  const signals = useSignalSettingsQuery();
  const [message, setMessage] = useState<string | null>(null);

  return (
    <>
      <PageHeading>{t('signalSettings.title')}</PageHeading>
      <p className="koers-lead">{t('signalSettings.intro')}</p>
      <LiveMessage message={message} />
      {signals.isPending && <LoadingText />}
      {signals.isError && <Alert type="error">{problemMessage(signals.error, t).message}</Alert>}
      {signals.data?.length === 0 && <p>{t('signalSettings.none')}</p>}
      {signals.data !== undefined && (
        <ul className="koers-signal-settings">
          {signals.data.map((definition) => (
            <li key={definition.code}>
              <SignalSettingForm definition={definition} onSaved={setMessage} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
