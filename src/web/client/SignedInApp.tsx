import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigation, navigationLinkClassName } from '../ui/Navigation';
import { PageLayout } from '../ui/PageLayout';
import type { ClientSession } from './client-api';
import { Chat } from './Chat';
import { ChatNavItem, isChatPath } from './ChatNavItem';
import { Inbox } from './Inbox';
import { MyChoices } from './MyChoices';
import { MyRecord } from './MyRecord';
import { SelfServiceNavItems, SelfServiceScreen, isSelfServiceScreen, selfServiceHash, selfServiceScreenAt, type SelfServiceScreenName } from './SelfServiceScreens';

type Screen = 'home' | 'settings' | 'record' | 'chat' | SelfServiceScreenName;

/** The app's own screens with an address after # (the self-service screens have theirs). */
const ownHashes = { settings: 'mijn-keuzes', record: 'mijn-gegevens' } as const;

/**
 * The screen an address shows: /app/chat (where a chat notification leads), /app/#verlof and the
 * like, else the inbox. So a screen survives a reload, can be linked to, and the phone's back
 * button returns to the screen before.
 */
function screenAt(location: Location): Screen {
  if (isChatPath(location.pathname)) return 'chat';
  const hash = decodeURIComponent(location.hash.slice(1));
  const own = (Object.keys(ownHashes) as (keyof typeof ownHashes)[]).find((name) => ownHashes[name] === hash);
  return own ?? selfServiceScreenAt(hash) ?? 'home';
}

function addressOf(screen: Screen): string {
  const search = window.location.search;
  if (screen === 'home') return `/app/${search}`;
  if (screen === 'chat') return `/app/chat${search}`;
  return `/app/${search}#${screen === 'settings' || screen === 'record' ? ownHashes[screen] : selfServiceHash(screen)}`;
}

/** A message opened from a notification: /app/berichten/{id}. */
function messageFromPath(pathname: string): string | null {
  return /^\/app\/berichten\/([0-9a-f-]{36})$/.exec(pathname)?.[1] ?? null;
}

/** The app of a signed-in client: the inbox, the chat, the self-service screens, Mijn gegevens and the choices. */
export function SignedInApp({ header, session }: { header: ReactNode; session: ClientSession }) {
  const { t } = useTranslation();
  const [screen, setScreen] = useState<Screen>(() => screenAt(window.location));
  const [openMessageId] = useState(() => messageFromPath(window.location.pathname));
  const open = (next: Screen) => {
    const address = addressOf(next);
    if (address !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.pushState(null, '', address);
    setScreen(next);
  };
  useEffect(() => {
    const follow = () => { setScreen(screenAt(window.location)); };
    window.addEventListener('popstate', follow);
    return () => { window.removeEventListener('popstate', follow); };
  }, []);
  const navigation = (
    <Navigation label={t('clientApp.nav.label')}>
      {(['home', 'settings'] as const).map((name) => (
        <li key={name}>
          <a
            href={name === 'home' ? '/app/' : `/app/#${ownHashes.settings}`}
            className={navigationLinkClassName}
            aria-current={screen === name ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              open(name);
            }}
          >
            {t(`clientApp.nav.${name}`)}
          </a>
        </li>
      ))}
      <ChatNavItem deviceId={session.deviceId} current={screen === 'chat'} onOpen={() => { open('chat'); }} />
      <SelfServiceNavItems current={screen} onOpen={open} />
      <li>
        <a
          href={`/app/#${ownHashes.record}`}
          className={navigationLinkClassName}
          aria-current={screen === 'record' ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            open('record');
          }}
        >
          {t('clientRecord.nav')}
        </a>
      </li>
    </Navigation>
  );
  return (
    <PageLayout narrow header={header} navigation={navigation}>
      {screen === 'chat' ? <Chat deviceId={session.deviceId} /> : isSelfServiceScreen(screen) ? <SelfServiceScreen name={screen} /> : screen === 'home' ? <Inbox firstName={session.client.firstName} openMessageId={openMessageId} /> : screen === 'record' ? <MyRecord onOpenChoices={() => { open('settings'); }} /> : <MyChoices />}
    </PageLayout>
  );
}

