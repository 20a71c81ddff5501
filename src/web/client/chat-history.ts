/**
 * A conversation as the apps cache it: pages from the server (the newest first, each oldest
 * first), with what arrives over the socket added to the newest page. Both apps use these.
 */
import type { InfiniteData } from '@tanstack/react-query';
import type { ChatMessage, ChatSide } from './chat-api';
import type { QueuedMessage } from './chat-socket';

export interface ChatPage {
  messages: ChatMessage[];
  hasEarlier: boolean;
}

export type ChatHistory<Page extends ChatPage> = InfiniteData<Page>;

/** The whole conversation loaded so far, oldest first. */
export function historyMessages(history: ChatHistory<ChatPage> | undefined): ChatMessage[] {
  return history === undefined ? [] : [...history.pages].reverse().flatMap((page) => page.messages);
}

/** Where the next older page ends: before the oldest message loaded. */
export function earlierPageParam(page: ChatPage): string | undefined {
  return page.hasEarlier ? page.messages[0]?.sentAt : undefined;
}

const contains = (history: ChatHistory<ChatPage>, id: string) => history.pages.some((page) => page.messages.some((message) => message.id === id));

/** The history with a message added at the end, once: the same message again changes nothing. */
export function withMessage<Page extends ChatPage>(history: ChatHistory<Page>, message: ChatMessage): ChatHistory<Page> {
  if (contains(history, message.id)) return history;
  const [newest, ...older] = history.pages;
  if (newest === undefined) return history;
  return { ...history, pages: [{ ...newest, messages: [...newest.messages, message] }, ...older] };
}

/** Everything `side` wrote up to `readAt` marked read by the other side. */
export function withReadMark<Page extends ChatPage>(history: ChatHistory<Page>, side: ChatSide, readAt: string): ChatHistory<Page> {
  const until = Date.parse(readAt);
  return {
    ...history,
    pages: history.pages.map((page) => ({
      ...page,
      messages: page.messages.map((message) => (message.author === side && message.readAt === null && Date.parse(message.sentAt) <= until ? { ...message, readAt } : message)),
    })),
  };
}

/** The queued messages that are not in the history yet (an acknowledged one may still be queued in another tab). */
export function stillQueued(queue: readonly QueuedMessage[], messages: readonly ChatMessage[], clientId?: string): QueuedMessage[] {
  const stored = new Set(messages.map((message) => message.clientKey));
  return queue.filter((item) => !stored.has(item.clientKey) && (clientId === undefined || item.clientId === clientId));
}

/** Whether an event is a message in a conversation, with its message. */
export function eventMessage(event: { type: string } & Record<string, unknown>): ChatMessage | null {
  if ((event.type === 'message' || event.type === 'ack') && typeof event.message === 'object' && event.message !== null) return event.message as ChatMessage;
  return null;
}
