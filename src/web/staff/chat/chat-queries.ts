import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { earlierPageParam, type ChatHistory } from '../../client/chat-history';
import { staffDataKey } from '../session/session-query';
import { fetchChatInbox, fetchConversation, fetchHandovers, fetchQuickReplies, type ChatMessages } from './chat-api';

export const chatKey = [...staffDataKey, 'chat'] as const;
export const chatInboxKey = [...chatKey, 'inbox'] as const;
export const conversationKey = (clientId: string) => [...chatKey, 'conversation', clientId] as const;
export const quickRepliesKey = [...chatKey, 'quick-replies'] as const;
export const handoversKey = [...chatKey, 'handovers'] as const;

export type ConversationHistory = ChatHistory<ChatMessages>;

/** The inbox: kept fresh by the socket's 'inbox' events, and every minute for how long clients wait. */
export function useChatInbox(enabled = true) {
  return useQuery({ queryKey: chatInboxKey, queryFn: fetchChatInbox, refetchInterval: 60_000, enabled });
}

export function useConversation(clientId: string) {
  return useInfiniteQuery({
    queryKey: conversationKey(clientId),
    queryFn: ({ pageParam }) => fetchConversation(clientId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: earlierPageParam,
  });
}

export function useQuickReplies() {
  return useQuery({ queryKey: quickRepliesKey, queryFn: fetchQuickReplies, staleTime: 60_000 });
}

export function useHandovers() {
  return useQuery({ queryKey: handoversKey, queryFn: fetchHandovers });
}
