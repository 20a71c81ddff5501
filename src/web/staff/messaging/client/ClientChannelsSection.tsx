import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList, formatMoment } from '../../../i18n/format';
import { problemMessage } from '../../../i18n/problem-message';
import { Alert } from '../../../ui/Alert';
import { Disclosure } from '../../../ui/Disclosure';
import { LoadingText } from '../../../ui/LoadingText';
import { ClientSection } from '../../client-page/ClientSection';
import { useClientRecord } from '../../client-page/client-record-context';
import { sectionId } from '../../client-page/client-sections';
import { useSectionNotice } from '../../client-page/section-notice';
import { useMessagingPreferencesQuery } from '../messaging-queries';
import type { MessagingPreferencesView } from '../messaging-types';
import { ChannelsForm } from './ChannelsForm';

const id = sectionId('channels');

/** "Kanalen": on which channels Koers reaches the client, what they agreed to and switched off. */
export function ClientChannelsSection() {
  const { t } = useTranslation();
  const { clientId, canEdit } = useClientRecord();
  const preferences = useMessagingPreferencesQuery(clientId);
  const { notice, announce } = useSectionNotice(id);
  const [editing, setEditing] = useState(false);
  return (
    <ClientSection id={id} title={t('clientPage.sections.channels')} notice={notice}>
      {preferences.isPending && <LoadingText />}
      {preferences.isError && <Alert type="error">{problemMessage(preferences.error, t).message}</Alert>}
      {preferences.data !== undefined && (
        <>
          <PreferencesView preferences={preferences.data} />
          {canEdit && (
            <Disclosure summary={t('messaging.channelsPanel.edit')} open={editing} onOpenChange={setEditing}>
              <ChannelsForm
                clientId={clientId}
                saved={preferences.data}
                onSaved={() => {
                  setEditing(false);
                  announce(t('messaging.channelsPanel.saved'));
                }}
              />
            </Disclosure>
          )}
        </>
      )}
    </ClientSection>
  );
}

function PreferencesView({ preferences }: { preferences: MessagingPreferencesView }) {
  const { t, i18n } = useTranslation();
  const yesNo = (value: boolean): string => (value ? t('messaging.channelsPanel.yes') : t('messaging.channelsPanel.no'));
  return (
    <dl className="koers-details">
      <dt>{t('messaging.channelsPanel.reachableOn')}</dt>
      <dd>
        {preferences.reachableOn.length === 0
          ? t('messaging.channelsPanel.unreachable')
          : formatList(preferences.reachableOn.map((channel) => t(`messaging.channels.${channel}`)), i18n.language)}
      </dd>
      <dt>{t('messaging.channelsPanel.smsConsent')}</dt>
      <dd>{yesNo(preferences.smsConsent)}</dd>
      <dt>{t('messaging.channelsPanel.emailConsent')}</dt>
      <dd>{yesNo(preferences.emailConsent)}</dd>
      <dt>{t('messaging.channelsPanel.pushConsent')}</dt>
      <dd>{yesNo(preferences.pushConsent)}</dd>
      <dt>{t('messaging.channelsPanel.optedOut')}</dt>
      <dd>
        {preferences.optedOutCategories.length === 0
          ? t('messaging.channelsPanel.optedOutNone')
          : formatList(preferences.optedOutCategories.map((category) => t(`messaging.categories.${category}`)), i18n.language)}
      </dd>
      <dt>{t('messaging.channelsPanel.clickTracking')}</dt>
      <dd>{preferences.clickTracking ? t('messaging.channelsPanel.clickTrackingOn') : t('messaging.channelsPanel.clickTrackingOff')}</dd>
      <dt>{t('messaging.channelsPanel.updated')}</dt>
      <dd>
        {preferences.updatedAt === null
          ? t('messaging.channelsPanel.neverChanged')
          : t(preferences.updatedByClient ? 'messaging.channelsPanel.changedByClient' : 'messaging.channelsPanel.changedByStaff', { moment: formatMoment(preferences.updatedAt) })}
      </dd>
    </dl>
  );
}
