import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../i18n/problem-message';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Heading } from '../../../ui/Heading';
import { LoadingText } from '../../../ui/LoadingText';
import { Select } from '../../../ui/Select';
import { useSendMessagesQuery } from '../messaging-queries';
import { channels, outboxStatuses, type Channel, type OutboxStatus } from '../messaging-types';
import { useCursorPages } from './cursor-paging';
import { OutboxTable } from './OutboxTable';
import { PageButtons } from './PageButtons';

interface Filters {
  status: OutboxStatus | '';
  channel: Channel | '';
}

/** Every message of a send, per recipient and channel, filtered by status and channel, a page at a time. */
export function OutboxViewer({ sendId }: { sendId: string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Filters>({ status: '', channel: '' });
  const [filters, setFilters] = useState<Filters>({ status: '', channel: '' });
  const paging = useCursorPages();
  const messages = useSendMessagesQuery(sendId, {
    ...(filters.status === '' ? {} : { status: filters.status }),
    ...(filters.channel === '' ? {} : { channel: filters.channel }),
    ...(paging.cursor === undefined ? {} : { cursor: paging.cursor }),
  });

  const apply = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setFilters(draft);
    paging.reset();
  };

  return (
    <section aria-labelledby="outbox-title">
      <Heading level={2} id="outbox-title">
        {t('messaging.outbox.title')}
      </Heading>
      <p className="koers-field__description">{t('messaging.outbox.intro')}</p>
      <form onSubmit={apply} aria-label={t('messaging.outbox.filterLabel')} className="koers-outbox-filters">
        <Select id="outbox-status" label={t('messaging.outbox.columns.status')} value={draft.status} onChange={(event) => { setDraft({ ...draft, status: event.target.value as Filters['status'] }); }}>
          <option value="">{t('messaging.outbox.anyStatus')}</option>
          {outboxStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`messaging.outbox.status.${status}`)}
            </option>
          ))}
        </Select>
        <Select id="outbox-channel" label={t('messaging.outbox.columns.channel')} value={draft.channel} onChange={(event) => { setDraft({ ...draft, channel: event.target.value as Filters['channel'] }); }}>
          <option value="">{t('messaging.outbox.anyChannel')}</option>
          {channels.map((channel) => (
            <option key={channel} value={channel}>
              {t(`messaging.channels.${channel}`)}
            </option>
          ))}
        </Select>
        <Button type="submit" variant="secondary">
          {t('messaging.outbox.applyFilters')}
        </Button>
      </form>
      {messages.isPending && <LoadingText />}
      {messages.isError && <Alert type="error">{problemMessage(messages.error, t).message}</Alert>}
      {messages.data?.messages.length === 0 && <p>{filters.status === '' && filters.channel === '' ? t('messaging.outbox.none') : t('messaging.outbox.noneFiltered')}</p>}
      {messages.data !== undefined && messages.data.messages.length > 0 && (
        <OutboxTable caption={t('messaging.outbox.caption', { page: paging.page })} messages={messages.data.messages} />
      )}
      <PageButtons page={paging.page} nextCursor={messages.data?.nextCursor} onPrevious={paging.previous} onNext={paging.next} label={t('messaging.outbox.pagingLabel')} />
    </section>
  );
}
