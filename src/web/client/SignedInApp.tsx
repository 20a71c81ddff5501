import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigation, navigationLinkClassName } from '../ui/Navigation';
import { PageLayout } from '../ui/PageLayout';
import type { ClientSession } from './client-api';
import { Chat } from './Chat';
import { ChatNavItem, isChatPath } from './ChatNavItem';
import { Inbox } from './Inbox';
import { MyChoices } from './MyChoices';
import { MyRecord } from './MyRecord';
import { SelfServiceNavItems, SelfServiceScreen, isSelfServiceScreen, type SelfServiceScreenName } from './SelfServiceScreens';

type Screen = 'home' | 'settings' | 'record' | 'chat' | SelfServiceScreenName;

/** A message opened from a notification: /app/berichten/{id}. */
function messageFromPath(pathname: string): string | null {
  return /^\/app\/berichten\/([0-9a-f-]{36})$/.exec(pathname)?.[1] ?? null;
}

/** The app of a signed-in client: the inbox, the chat, the self-service screens, Mijn gegevens and the choices. */
export function SignedInApp({ header, session }: { header: ReactNode; session: ClientSession }) {
  const { t } = useTranslation();
  // A push notification about the chat opens /app/chat.
  const [screen, setScreen] = useState<Screen>(() => (isChatPath(window.location.pathname) ? 'chat' : 'home'));
  const [openMessageId] = useState(() => messageFromPath(window.location.pathname));
  const navigation = (
    <Navigation label={t('clientApp.nav.label')}>
      {(['home', 'settings'] as const).map((name) => (
        <li key={name}>
          <a
            href={name === 'home' ? '/app/' : '/app/#mijn-keuzes'}
            className={navigationLinkClassName}
            aria-current={screen === name ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              setScreen(name);
            }}
          >
            {t(`clientApp.nav.${name}`)}
          </a>
        </li>
      ))}
      <ChatNavItem deviceId={session.deviceId} current={screen === 'chat'} onOpen={() => { setScreen('chat'); }} />
      <SelfServiceNavItems current={screen} onOpen={setScreen} />
      <li>
        <a
          href="/app/#mijn-gegevens"
          className={navigationLinkClassName}
          aria-current={screen === 'record' ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            setScreen('record');
          }}
        >
          {t('clientRecord.nav')}
        </a>
      </li>
    </Navigation>
  );
  return (
    <PageLayout narrow header={header} navigation={navigation}>
      {screen === 'chat' ? <Chat deviceId={session.deviceId} /> : isSelfServiceScreen(screen) ? <SelfServiceScreen name={screen} /> : screen === 'home' ? <Inbox firstName={session.client.firstName} openMessageId={openMessageId} /> : screen === 'record' ? <MyRecord onOpenChoices={() => { setScreen('settings'); }} /> : <MyChoices />}
    </PageLayout>
  );
}

