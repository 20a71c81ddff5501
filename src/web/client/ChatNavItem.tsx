import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import { navigationLinkClassName } from '../ui/Navigation';
import { useMyChatConnection, useMyChatHistory } from './chat-live';
import { ChatUnreadCount } from './ChatUnreadCount';

/** A push notification about the chat opens /app/chat. */
export const chatPath = '/app/chat';
export const isChatPath = (pathname: string): boolean => pathname === chatPath || pathname === `${chatPath}/`;

/** "Chat" in the app's menu, with how many messages are new; it keeps the chat socket open while the app is. */
export function ChatNavItem({ deviceId, current, onOpen }: { deviceId: string; current: boolean; onOpen: () => void }) {
  const { t } = useTranslation();
  useMyChatConnection(deviceId);
  const unread = useMyChatHistory().data?.pages[0]?.unread ?? 0;
  return (
    <li>
      <a
        href={chatPath}
        className={`${navigationLinkClassName} koers-chat-nav`}
        aria-current={current ? 'page' : undefined}
        onClick={(event) => {
          event.preventDefault();
          onOpen();
        }}
      >
        <Icon name="chat" />
        <span>{t('clientChat.nav')}</span>
        <ChatUnreadCount count={unread} words={t('clientChat.navUnread', { count: unread })} />
      </a>
    </li>
  );
}
