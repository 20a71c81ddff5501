import { clientAppPl } from '../i18n/messages/client-app-pl';
import { clientChatPl } from '../i18n/messages/client-chat-pl';
import { clientPl } from '../i18n/messages/client-pl';
import { clientRecordPl } from '../i18n/messages/client-record-pl';
import { clientSelfServicePl } from '../i18n/messages/client-self-service-pl';
import type { ClientTranslation } from '../i18n/messages/client-translation';
import { sharedPl } from '../i18n/messages/shared-pl';

/** The client app's texts in Polish: a chunk of its own, loaded only when the app shows that language. */
export const clientMessagesPl: ClientTranslation<'pl'> = { ...sharedPl, client: clientPl, clientApp: clientAppPl, clientRecord: clientRecordPl, clientSelfService: clientSelfServicePl, clientChat: clientChatPl };
