import { clientAppTr } from '../i18n/messages/client-app-tr';
import { clientChatTr } from '../i18n/messages/client-chat-tr';
import { clientTr } from '../i18n/messages/client-tr';
import { clientRecordTr } from '../i18n/messages/client-record-tr';
import { clientSelfServiceTr } from '../i18n/messages/client-self-service-tr';
import type { ClientTranslation } from '../i18n/messages/client-translation';
import { sharedTr } from '../i18n/messages/shared-tr';

/** The client app's texts in Turkish: a chunk of its own, loaded only when the app shows that language. */
export const clientMessagesTr: ClientTranslation<'tr'> = { ...sharedTr, client: clientTr, clientApp: clientAppTr, clientRecord: clientRecordTr, clientSelfService: clientSelfServiceTr, clientChat: clientChatTr };
