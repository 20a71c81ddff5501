import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { staffDataKey } from '../session/session-query';
import {
  getMessagingPreferences,
  getMessagingSettings,
  getSendReport,
  getTemplate,
  listAudienceChoices,
  listClientMessages,
  listOutbox,
  listSendMessages,
  listSends,
  listTemplates,
} from './messaging-api';
import type { OutboxQuery } from './messaging-types';

/** Every query about messaging starts with this key; a send or a save invalidates them all. */
export const messagingKey = [...staffDataKey, 'messaging'] as const;
export const templatesKey = [...messagingKey, 'templates'] as const;
export const sendsKey = [...messagingKey, 'sends'] as const;
export const settingsKey = [...messagingKey, 'settings'] as const;
export const preferencesKey = (clientId: string) => [...messagingKey, 'preferences', clientId] as const;

export function useTemplatesQuery() {
  return useQuery({ queryKey: templatesKey, queryFn: listTemplates });
}

export function useTemplateQuery(templateId: string | undefined) {
  return useQuery({
    queryKey: [...templatesKey, templateId],
    queryFn: () => getTemplate(templateId ?? ''),
    enabled: templateId !== undefined,
  });
}

export function useMessagingSettingsQuery() {
  return useQuery({ queryKey: settingsKey, queryFn: getMessagingSettings });
}

export function useAudienceChoicesQuery() {
  return useQuery({ queryKey: [...messagingKey, 'audiences'], queryFn: listAudienceChoices });
}

export function useSendsQuery() {
  return useInfiniteQuery({
    queryKey: sendsKey,
    queryFn: ({ pageParam }) => listSends(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useSendReportQuery(sendId: string) {
  return useQuery({ queryKey: [...sendsKey, sendId, 'report'], queryFn: () => getSendReport(sendId) });
}

/** One page of a send's outbox rows; the cursor is part of the key, so paging back is instant. */
export function useSendMessagesQuery(sendId: string, query: OutboxQuery) {
  return useQuery({ queryKey: [...sendsKey, sendId, 'messages', query], queryFn: () => listSendMessages(sendId, query) });
}

export function useOutboxQuery(query: OutboxQuery) {
  return useQuery({ queryKey: [...messagingKey, 'outbox', query], queryFn: () => listOutbox(query) });
}

export function useClientMessagesQuery(clientId: string, cursor: string | undefined) {
  return useQuery({ queryKey: [...messagingKey, 'client-messages', clientId, cursor], queryFn: () => listClientMessages(clientId, cursor) });
}

export function useMessagingPreferencesQuery(clientId: string) {
  return useQuery({ queryKey: preferencesKey(clientId), queryFn: () => getMessagingPreferences(clientId) });
}
