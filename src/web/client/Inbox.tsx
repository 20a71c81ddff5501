import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import { LoadingText } from '../ui/LoadingText';
import { fetchInbox, inboxKey, markMessageRead } from './client-api';
import { MessageCard } from './MessageCard';

/** Home: the client's messages as cards, newest first, the unread ones marked. */
export function Inbox({ firstName, openMessageId }: { firstName: string; openMessageId: string | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const inbox = useQuery({ queryKey: inboxKey, queryFn: fetchInbox, refetchInterval: 60_000 });
  const read = useMutation({
    mutationFn: markMessageRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inboxKey }),
  });

  // Opened from a push notification: that message counts as read.
  const openedUnread = openMessageId !== null && inbox.data?.messages.some((m) => m.id === openMessageId && !m.read);
  useEffect(() => {
    if (openedUnread && openMessageId !== null) read.mutate(openMessageId);
  }, [openedUnread, openMessageId]);

  return (
    <>
      <h1>{t('clientApp.home.greeting', { name: firstName })}</h1>
      <h2 className="koers-client-subtitle">{t('clientApp.home.title')}</h2>
      {inbox.isPending && <LoadingText />}
      {inbox.isError && <Alert type="error">{t('clientApp.home.loadError')}</Alert>}
      {inbox.data !== undefined && (
        <>
          <p className="koers-client-lead" role="status">
            {inbox.data.messages.length === 0 ? t('clientApp.home.empty') : t('clientApp.home.unread', { count: inbox.data.unread })}
          </p>
          <ul className="koers-message-list">
            {inbox.data.messages.map((message) => (
              <MessageCard
                key={message.id}
                message={message}
                highlighted={message.id === openMessageId}
                reading={read.isPending && read.variables === message.id}
                onRead={() => { read.mutate(message.id); }}
              />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
