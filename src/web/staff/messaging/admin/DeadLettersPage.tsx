import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage } from '../../../i18n/problem-message';
import { Alert } from '../../../ui/Alert';
import { PageHeading } from '../../../ui/Heading';
import { LiveMessage } from '../../../ui/LiveMessage';
import { LoadingText } from '../../../ui/LoadingText';
import { useDocumentTitle } from '../../pages/document-title';
import { retryOutboxMessage } from '../messaging-api';
import { messagingKey, useOutboxQuery } from '../messaging-queries';
import type { OutboxMessage } from '../messaging-types';
import { useCursorPages } from '../sends/cursor-paging';
import { OutboxTable } from '../sends/OutboxTable';
import { PageButtons } from '../sends/PageButtons';

/** For administrators: messages that failed every attempt, each one to send again. */
export function DeadLettersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('messaging.deadLetters.title'));
  const queryClient = useQueryClient();
  const paging = useCursorPages();
  const dead = useOutboxQuery({ status: 'dead', ...(paging.cursor === undefined ? {} : { cursor: paging.cursor }) });
  const [message, setMessage] = useState<string | null>(null);
  const retry = useMutation({
    mutationFn: (row: OutboxMessage) => retryOutboxMessage(row.id),
    onSuccess: async (_result, row) => {
      setMessage(t('messaging.deadLetters.retried', { name: row.client.name, channel: row.channel === null ? '—' : t(`messaging.channels.${row.channel}`) }));
      await queryClient.invalidateQueries({ queryKey: messagingKey });
    },
  });
  return (
    <>
      <p className="koers-back-link">
        <Link to="/messages">{t('messaging.backToMessages')}</Link>
      </p>
      <PageHeading>{t('messaging.deadLetters.title')}</PageHeading>
      <p className="koers-lead">{t('messaging.deadLetters.intro')}</p>
      <LiveMessage message={message} />
      {retry.isError && <Alert type="error">{problemMessage(retry.error, t).message}</Alert>}
      {dead.isPending && <LoadingText />}
      {dead.isError && <Alert type="error">{problemMessage(dead.error, t).message}</Alert>}
      {dead.data?.messages.length === 0 && <p>{t('messaging.deadLetters.none')}</p>}
      {dead.data !== undefined && dead.data.messages.length > 0 && (
        <OutboxTable
          caption={t('messaging.deadLetters.caption')}
          messages={dead.data.messages}
          linkSend
          onRetry={(row) => {
            setMessage(null);
            retry.mutate(row);
          }}
          retrying={retry.isPending ? (retry.variables?.id ?? null) : null}
        />
      )}
      <PageButtons page={paging.page} nextCursor={dead.data?.nextCursor} onPrevious={paging.previous} onNext={paging.next} label={t('messaging.deadLetters.pagingLabel')} />
    </>
  );
}
