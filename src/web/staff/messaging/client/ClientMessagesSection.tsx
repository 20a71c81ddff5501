import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../i18n/problem-message';
import { Alert } from '../../../ui/Alert';
import { LoadingText } from '../../../ui/LoadingText';
import { ClientSection } from '../../client-page/ClientSection';
import { useClientRecord } from '../../client-page/client-record-context';
import { sectionId } from '../../client-page/client-sections';
import { useClientMessagesQuery } from '../messaging-queries';
import { useCursorPages } from '../sends/cursor-paging';
import { OutboxTable } from '../sends/OutboxTable';
import { PageButtons } from '../sends/PageButtons';

/** "Berichten": every message sent to this client, per channel, newest first. */
export function ClientMessagesSection() {
  const { t } = useTranslation();
  const { clientId } = useClientRecord();
  const paging = useCursorPages();
  const messages = useClientMessagesQuery(clientId, paging.cursor);
  return (
    <ClientSection id={sectionId('messages')} title={t('clientPage.sections.messages')}>
      {messages.isPending && <LoadingText />}
      {messages.isError && <Alert type="error">{problemMessage(messages.error, t).message}</Alert>}
      {messages.data?.messages.length === 0 && <p>{t('messaging.client.none')}</p>}
      {messages.data !== undefined && messages.data.messages.length > 0 && (
        <OutboxTable caption={t('messaging.client.caption')} messages={messages.data.messages} showClient={false} linkSend />
      )}
      <PageButtons page={paging.page} nextCursor={messages.data?.nextCursor} onPrevious={paging.previous} onNext={paging.next} label={t('messaging.client.pagingLabel')} />
    </ClientSection>
  );
}
