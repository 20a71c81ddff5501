import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import type { ChatCounterpart } from './chat-api';
import { formatLastDay } from './chat-format';
import { ReadAloudButton } from './ReadAloudButton';

/** Who answers the chat, in words: the coach, a colleague standing in until a day, or the team. */
export function useCounterpartText(counterpart: ChatCounterpart | undefined): string {
  const { t, i18n } = useTranslation();
  if (counterpart === undefined) return '';
  switch (counterpart.kind) {
    case 'coach':
      return t('clientChat.counterpart.coach', { name: counterpart.name });
    case 'stand-in':
      return t('clientChat.counterpart.standIn', {
        name: counterpart.name,
        coach: counterpart.standsInFor ?? '',
        until: counterpart.until === null ? '' : formatLastDay(counterpart.until, i18n.language),
      });
    case 'team':
      return t('clientChat.counterpart.team', { name: counterpart.name });
    default:
      return t('clientChat.counterpart.organisation', { name: counterpart.name });
  }
}

export function ChatHeader({ counterpart }: { counterpart: ChatCounterpart }) {
  const { t } = useTranslation();
  const who = useCounterpartText(counterpart);
  return (
    <div className="koers-chat-header">
      <span className="koers-chat-header__icon">
        <Icon name={counterpart.kind === 'team' || counterpart.kind === 'organisation' ? 'team' : 'user'} />
      </span>
      <div className="koers-chat-header__text">
        <p className="koers-client-lead">{who}</p>
        <p>{t('clientChat.intro')}</p>
        <ReadAloudButton text={`${who} ${t('clientChat.intro')}`} />
      </div>
    </div>
  );
}
