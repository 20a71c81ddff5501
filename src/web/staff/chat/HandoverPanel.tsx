import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLastDay } from '../../client/chat-format';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Disclosure } from '../../ui/Disclosure';
import { Heading } from '../../ui/Heading';
import { LiveMessage } from '../../ui/LiveMessage';
import { useActiveSession } from '../session/ActiveSession';
import { endHandover } from './chat-api';
import { chatKey, useHandovers } from './chat-queries';
import { HandoverForm } from './HandoverForm';

/** Handing chats to a colleague while away, and the hand-overs that run now, each with "Ik ben terug". */
export function HandoverPanel() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const me = useActiveSession().user.id;
  const [open, setOpen] = useState(false);
  const handovers = useHandovers();
  const end = useMutation({
    mutationFn: endHandover,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: chatKey }),
  });
  return (
    <section className="koers-chat-handover" aria-labelledby="chat-handover-title">
      <Heading level={2} id="chat-handover-title">
        {t('chat.handover.running')}
      </Heading>
      {end.isError && <Alert type="error">{problemMessage(end.error, t).message}</Alert>}
      {handovers.data?.length === 0 && <p>{t('chat.handover.none')}</p>}
      {handovers.data !== undefined && handovers.data.length > 0 && (
        <ul className="koers-chat-handover__list">
          {handovers.data.map((handover) => (
            <li key={handover.id}>
              <span>
                {t('chat.handover.line', { from: handover.fromName, to: handover.toName, until: formatLastDay(handover.endsAt, i18n.language) })}
                {handover.note !== null && <span className="koers-chat-handover__note"> — {handover.note}</span>}
              </span>
              <Button variant="secondary" disabled={end.isPending} onClick={() => { end.mutate(handover.id); }}>
                {handover.fromUserId === me ? t('chat.handover.back') : t('chat.handover.end')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <LiveMessage message={end.isSuccess ? t('chat.handover.ended') : null} />
      <Disclosure summary={t('chat.handover.summary')} open={open} onOpenChange={setOpen}>
        <p>{t('chat.handover.intro')}</p>
        <HandoverForm />
      </Disclosure>
    </section>
  );
}
