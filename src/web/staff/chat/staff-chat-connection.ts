import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { eventMessage, withMessage, withReadMark } from '../../client/chat-history';
import { useSharedChatConnection, type ChatConnection } from '../../client/chat-socket';
import { useActiveSession } from '../session/ActiveSession';
import { staffChatSocketPath } from './chat-api';
import { chatInboxKey, chatKey, conversationKey, type ConversationHistory } from './chat-queries';

function updateConversation(queryClient: QueryClient, clientId: string, change: (history: ConversationHistory) => ConversationHistory): void {
  queryClient.setQueryData<ConversationHistory>(conversationKey(clientId), (history) => (history === undefined ? history : change(history)));
}

/** Keeps the cached inbox and open conversations up to date with what the socket says. */
function bindStaffChat(queryClient: QueryClient) {
  return (connection: ChatConnection) => {
    let connectedBefore = false;
    return connection.onEvent((event) => {
      const message = eventMessage(event);
      if (message !== null) {
        updateConversation(queryClient, message.clientId, (history) => withMessage(history, message));
      } else if (event.type === 'inbox') {
        void queryClient.invalidateQueries({ queryKey: chatInboxKey });
      } else if (event.type === 'read' && typeof event.clientId === 'string' && typeof event.readAt === 'string') {
        const readAt = event.readAt;
        updateConversation(queryClient, event.clientId, (history) => withReadMark(history, event.by === 'client' ? 'staff' : 'client', readAt));
      } else if (event.type === 'ready') {
        // Back after a lost connection: what came in meanwhile is fetched.
        if (connectedBefore) void queryClient.invalidateQueries({ queryKey: chatKey });
        connectedBefore = true;
      }
    });
  };
}

/** The tab's one staff chat socket, shared by the menu (the unread count) and the chat page. */
export function useStaffChatConnection(): ChatConnection | null {
  const queryClient = useQueryClient();
  const session = useActiveSession();
  return useSharedChatConnection(staffChatSocketPath, `koers.chat.staff.${session.user.id}`, bindStaffChat(queryClient));
}
