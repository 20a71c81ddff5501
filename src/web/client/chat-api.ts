/**
 * The client app's chat with the coach: the calls, the shapes (from the contract the server
 * validates with, src/common/api/chat.ts) and the limits it checks before an upload.
 */
import type { Static } from '@sinclair/typebox';
import type * as Api from '../../common/api/chat';
import { apiRequest, queryString } from '../endpoints/request';

export type MyChat = Static<typeof Api.MyChat>;
export type ChatMessage = Static<typeof Api.ChatMessage>;
export type ChatAttachment = Static<typeof Api.ChatAttachment>;
export type ChatCounterpart = Static<typeof Api.ChatCounterpart>;
export type ChatSide = Static<typeof Api.ChatSide>;

export const myChatKey = ['client-app', 'chat'] as const;
export const myChatSocketPath = '/api/v1/me/chat/socket';

/** The same limit as the server's (maxAttachmentBytes), checked first so a big file is not sent for nothing. */
export const maxAttachmentBytes = 5 * 1024 * 1024;
export const acceptedAttachmentTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;

/** Whether a chosen file can go: the kind of file and its size. */
export function attachmentProblem(file: File): 'type' | 'size' | null {
  if (!(acceptedAttachmentTypes as readonly string[]).includes(file.type)) return 'type';
  return file.size > maxAttachmentBytes ? 'size' : null;
}

/** The latest page of the chat, or the page before `before`. */
export const fetchMyChat = (before?: string) => apiRequest<MyChat>('GET', `/api/v1/me/chat${queryString({ before })}`);

export function uploadMyAttachment(file: File): Promise<ChatAttachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiRequest<ChatAttachment>('POST', '/api/v1/me/chat/attachments', { body: form });
}

export const myAttachmentUrl = (attachmentId: string) => `/api/v1/me/chat/attachments/${encodeURIComponent(attachmentId)}`;
