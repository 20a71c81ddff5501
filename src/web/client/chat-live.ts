import { useInfiniteQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { fetchMyChat, myChatKey, myChatSocketPath, type MyChat } from './chat-api';
import { earlierPageParam, eventMessage, withMessage, withReadMark, type ChatHistory } from './chat-history';
import { useSharedChatConnection, type ChatConnection } from './chat-socket';
import { sessionKey } from './client-api';

export type MyChatHistory = ChatHistory<MyChat>;

const queuePrefix = 'koers.chat.queue.';

/** The client's chat, the newest page first; older pages on request ("eerdere berichten"). */
export function useMyChatHistory() {
  return useInfiniteQuery({
    queryKey: myChatKey,
    queryFn: ({ pageParam }) => fetchMyChat(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: earlierPageParam,
  });
}

function update(queryClient: QueryClient, change: (history: MyChatHistory) => MyChatHistory): void {
  queryClient.setQueryData<MyChatHistory>(myChatKey, (history) => (history === undefined ? history : change(history)));
}

function withUnread(history: MyChatHistory, unread: (current: number) => number): MyChatHistory {
  const [newest, ...older] = history.pages;
  return newest === undefined ? history : { ...history, pages: [{ ...newest, unread: unread(newest.unread) }, ...older] };
}

/** Keeps the cached chat up to date with what the socket says. */
function bindMyChat(queryClient: QueryClient, queueKey: string) {
  return (connection: ChatConnection) => {
    // A phone shared by two clients: what one left unsent never goes out as the other.
    for (const key of Object.keys(window.localStorage)) if (key.startsWith(queuePrefix) && key !== queueKey) window.localStorage.removeItem(key);
    let connectedBefore = false;
    return connection.onEvent((event) => {
      const message = eventMessage(event);
      if (message !== null) {
        update(queryClient, (history) => {
          const next = withMessage(history, message);
          return next !== history && message.author === 'staff' ? withUnread(next, (count) => count + 1) : next;
        });
      } else if (event.type === 'read' && typeof event.readAt === 'string') {
        const readAt = event.readAt;
        if (event.by === 'client') update(queryClient, (history) => withUnread(withReadMark(history, 'staff', readAt), () => 0));
        else update(queryClient, (history) => withReadMark(history, 'client', readAt));
      } else if (event.type === 'ready') {
        // Back after a lost connection: what came in meanwhile is fetched.
        if (connectedBefore) void queryClient.invalidateQueries({ queryKey: myChatKey });
        connectedBefore = true;
      } else if (event.type === 'signed-out') {
        void queryClient.invalidateQueries({ queryKey: sessionKey });
      }
    });
  };
}

/** The app's one chat socket, shared by the menu (the unread count) and the chat screen. */
export function useMyChatConnection(deviceId: string): ChatConnection | null {
  const queryClient = useQueryClient();
  const queueKey = queuePrefix + deviceId;
  return useSharedChatConnection(myChatSocketPath, queueKey, bindMyChat(queryClient, queueKey));
}
