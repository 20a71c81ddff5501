/**
 * The staff app's chat calls, with shapes taken from the contract the server validates with
 * (src/common/api/chat.ts).
 */
import type { Static } from '@sinclair/typebox';
import type * as Api from '../../../common/api/chat';
import { apiRequest, queryString } from '../../endpoints/request';
import type { ChatAttachment } from '../../client/chat-api';

export type ChatInbox = Static<typeof Api.ChatInbox>;
export type ChatConversation = Static<typeof Api.ChatConversation>;
export type ChatMessages = Static<typeof Api.ChatMessages>;
export type QuickReply = Static<typeof Api.QuickReply>;
export type QuickReplyInput = Static<typeof Api.QuickReplyInput>;
export type Handover = Static<typeof Api.Handover>;
export type HandoverInput = Static<typeof Api.HandoverInput>;

export const staffChatSocketPath = '/api/v1/chat/socket';

const clientChat = (clientId: string) => `/api/v1/clients/${encodeURIComponent(clientId)}/chat`;

export const fetchChatInbox = () => apiRequest<ChatInbox>('GET', '/api/v1/chat/inbox');

export const fetchConversation = (clientId: string, before?: string) => apiRequest<ChatMessages>('GET', `${clientChat(clientId)}${queryString({ before })}`);

export function uploadChatAttachment(clientId: string, file: File): Promise<ChatAttachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiRequest<ChatAttachment>('POST', `${clientChat(clientId)}/attachments`, { body: form });
}

export const chatAttachmentUrl = (clientId: string, attachmentId: string) => `${clientChat(clientId)}/attachments/${encodeURIComponent(attachmentId)}`;

export const fetchQuickReplies = async () => (await apiRequest<{ quickReplies: QuickReply[] }>('GET', '/api/v1/chat/quick-replies')).quickReplies;
export const createQuickReply = (input: QuickReplyInput) => apiRequest<QuickReply>('POST', '/api/v1/chat/quick-replies', { body: input });
export const updateQuickReply = (id: string, input: QuickReplyInput) => apiRequest<QuickReply>('PUT', `/api/v1/chat/quick-replies/${encodeURIComponent(id)}`, { body: input });
export const deleteQuickReply = (id: string) => apiRequest<undefined>('DELETE', `/api/v1/chat/quick-replies/${encodeURIComponent(id)}`);

export const fetchHandovers = async () => (await apiRequest<{ handovers: Handover[] }>('GET', '/api/v1/chat/handovers')).handovers;
export const createHandover = (input: HandoverInput) => apiRequest<Handover>('POST', '/api/v1/chat/handovers', { body: input });
export const endHandover = (id: string) => apiRequest<undefined>('DELETE', `/api/v1/chat/handovers/${encodeURIComponent(id)}`);
