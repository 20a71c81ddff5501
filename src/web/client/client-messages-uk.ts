import { clientAppUk } from '../i18n/messages/client-app-uk';
import { clientChatUk } from '../i18n/messages/client-chat-uk';
import { clientUk } from '../i18n/messages/client-uk';
import { clientRecordUk } from '../i18n/messages/client-record-uk';
import { clientSelfServiceUk } from '../i18n/messages/client-self-service-uk';
import type { ClientTranslation } from '../i18n/messages/client-translation';
import { sharedUk } from '../i18n/messages/shared-uk';

/** The client app's texts in Ukrainian: a chunk of its own, loaded only when the app shows that language. */
export const clientMessagesUk: ClientTranslation<'uk'> = { ...sharedUk, client: clientUk, clientApp: clientAppUk, clientRecord: clientRecordUk, clientSelfService: clientSelfServiceUk, clientChat: clientChatUk };
