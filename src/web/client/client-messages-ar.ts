import { clientAppAr } from '../i18n/messages/client-app-ar';
import { clientChatAr } from '../i18n/messages/client-chat-ar';
import { clientAr } from '../i18n/messages/client-ar';
import { clientRecordAr } from '../i18n/messages/client-record-ar';
import { clientSelfServiceAr } from '../i18n/messages/client-self-service-ar';
import type { ClientTranslation } from '../i18n/messages/client-translation';
import { sharedAr } from '../i18n/messages/shared-ar';

/** The client app's texts in Arabic (right to left): a chunk of its own, loaded only when the app shows that language. */
export const clientMessagesAr: ClientTranslation<'ar'> = { ...sharedAr, client: clientAr, clientApp: clientAppAr, clientRecord: clientRecordAr, clientSelfService: clientSelfServiceAr, clientChat: clientChatAr };
