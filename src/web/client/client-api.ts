/**
 * The client app's calls to the API, with shapes taken from the contract the server validates
 * with (src/common/api/clientApp.ts).
 */
import type { Static } from '@sinclair/typebox';
import type * as Api from '../../common/api/clientApp';
import type * as MessagingApi from '../../common/api/messaging';
import { apiRequest, setCsrfToken } from '../endpoints/request';

export type ClientSession = Static<typeof Api.ClientSession>;
export type Inbox = Static<typeof Api.Inbox>;
export type InboxMessage = Static<typeof Api.InboxMessage>;
export type CodeRequested = Static<typeof Api.CodeRequested>;
export type Preferences = Static<typeof MessagingApi.MessagingPreferences>;
export type PreferencesView = Static<typeof MessagingApi.MessagingPreferencesView>;

export const sessionKey = ['client-app', 'session'] as const;
export const inboxKey = ['client-app', 'inbox'] as const;
export const preferencesKey = ['client-app', 'preferences'] as const;
export const pushKeyKey = ['client-app', 'push-key'] as const;

export async function fetchSession(): Promise<ClientSession> {
  const session = await apiRequest<ClientSession>('GET', '/api/v1/me/session');
  setCsrfToken(session.csrfToken);
  return session;
}

export const requestCode = (organisation: string, address: string) =>
  apiRequest<CodeRequested>('POST', '/api/v1/me/sign-in-codes', { body: { organisation, address }, withoutCsrf: true });

export async function signInWithCode(organisation: string, address: string, code: string): Promise<ClientSession> {
  const session = await apiRequest<ClientSession>('POST', '/api/v1/me/session', { body: { organisation, address, code }, withoutCsrf: true });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function signOut(): Promise<void> {
  await apiRequest<undefined>('DELETE', '/api/v1/me/session');
  setCsrfToken(null);
}

export const fetchInbox = () => apiRequest<Inbox>('GET', '/api/v1/me/messages');
export const markMessageRead = (id: string) => apiRequest<undefined>('POST', `/api/v1/me/messages/${encodeURIComponent(id)}/read`);

export const fetchPushKey = () => apiRequest<{ publicKey: string }>('GET', '/api/v1/me/push-key');
export const savePushSubscription = (subscription: { endpoint: string; keys: { p256dh: string; auth: string } }) =>
  apiRequest<undefined>('PUT', '/api/v1/me/push-subscription', { body: subscription });
export const deletePushSubscription = () => apiRequest<undefined>('DELETE', '/api/v1/me/push-subscription');

export const fetchPreferences = () => apiRequest<PreferencesView>('GET', '/api/v1/me/messaging-preferences');
export const savePreferences = (preferences: Preferences) =>
  apiRequest<PreferencesView>('PUT', '/api/v1/me/messaging-preferences', { body: preferences });
