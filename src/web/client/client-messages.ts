import { clientAppEn } from '../i18n/messages/client-app-en';
import { clientAppNl } from '../i18n/messages/client-app-nl';
import { clientChatEn } from '../i18n/messages/client-chat-en';
import { clientChatNl } from '../i18n/messages/client-chat-nl';
import { clientEn } from '../i18n/messages/client-en';
import { clientNl } from '../i18n/messages/client-nl';
import { clientRecordEn } from '../i18n/messages/client-record-en';
import { clientRecordNl } from '../i18n/messages/client-record-nl';
import { clientSelfServiceEn } from '../i18n/messages/client-self-service-en';
import { clientSelfServiceNl } from '../i18n/messages/client-self-service-nl';
import type { ClientTranslation, OnDemandLocale } from '../i18n/messages/client-translation';
import type { Messages } from '../i18n/messages/messages';
import { sharedEn } from '../i18n/messages/shared-en';
import { sharedNl } from '../i18n/messages/shared-nl';
import type { ClientNamespace } from './client-namespaces';

type ClientMessages = Pick<Messages, ClientNamespace>;

/** The client app's texts in Dutch: only its own namespaces, not the whole staff app's. */
export const clientMessagesNl: ClientMessages = { ...sharedNl, client: clientNl, clientApp: clientAppNl, clientRecord: clientRecordNl, clientSelfService: clientSelfServiceNl, clientChat: clientChatNl };

export const clientMessagesEn: ClientMessages = { ...sharedEn, client: clientEn, clientApp: clientAppEn, clientRecord: clientRecordEn, clientSelfService: clientSelfServiceEn, clientChat: clientChatEn };

/**
 * The client app's other languages, each in a chunk of its own that a phone downloads only when
 * the app is to show that language (Dutch and English come with the first screen).
 */
export const loadClientMessages: { readonly [L in OnDemandLocale]: () => Promise<ClientTranslation<L>> } = {
  ar: async () => (await import('./client-messages-ar')).clientMessagesAr,
  tr: async () => (await import('./client-messages-tr')).clientMessagesTr,
  pl: async () => (await import('./client-messages-pl')).clientMessagesPl,
  uk: async () => (await import('./client-messages-uk')).clientMessagesUk,
};
