import { useTranslation } from 'react-i18next';
import { ChatUnreadCount } from '../../client/ChatUnreadCount';
import { useChatInbox } from './chat-queries';
import { useStaffChatConnection } from './staff-chat-connection';

/** "Chat" in the main menu with the unread count; it keeps the tab's chat socket open, so the count stays live. */
export function ChatNavLabel() {
  const { t } = useTranslation();
  useStaffChatConnection();
  const unread = useChatInbox().data?.unread ?? 0;
  return (
    <span className="koers-chat-nav">
      <span>{t('chat.nav')}</span>
      <ChatUnreadCount count={unread} words={t('chat.navUnread', { count: unread })} />
    </span>
  );
}
