import { useTranslation } from 'react-i18next';
import { navigationLinkClassName } from '../ui/Navigation';
import { MyCoach } from './MyCoach';
import { ReportSick } from './ReportSick';
import { RequestLeave } from './RequestLeave';
import { WhereToBe } from './WhereToBe';

/** The self-service screens, each with its address in the app (/app/#…). */
const screens = {
  coach: { hash: 'mijn-coach', Screen: MyCoach },
  schedule: { hash: 'waar-moet-ik-zijn', Screen: WhereToBe },
  sick: { hash: 'ziek-melden', Screen: ReportSick },
  leave: { hash: 'verlof', Screen: RequestLeave },
} as const;

export type SelfServiceScreenName = keyof typeof screens;

export const isSelfServiceScreen = (screen: string): screen is SelfServiceScreenName => screen in screens;

/** The part after # in a self-service screen's address ("verlof"). */
export const selfServiceHash = (name: SelfServiceScreenName): string => screens[name].hash;

/** The self-service screen at an address's hash, if any. */
export const selfServiceScreenAt = (hash: string): SelfServiceScreenName | undefined =>
  (Object.keys(screens) as SelfServiceScreenName[]).find((name) => screens[name].hash === hash);

/** The menu items of the self-service screens, for the app's navigation list. */
export function SelfServiceNavItems({ current, onOpen }: { current: string; onOpen: (screen: SelfServiceScreenName) => void }) {
  const { t } = useTranslation();
  return (
    <>
      {(Object.keys(screens) as SelfServiceScreenName[]).map((name) => (
        <li key={name}>
          <a
            href={`/app/#${screens[name].hash}`}
            className={navigationLinkClassName}
            aria-current={current === name ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              onOpen(name);
            }}
          >
            {t(`clientSelfService.nav.${name}`)}
          </a>
        </li>
      ))}
    </>
  );
}

export function SelfServiceScreen({ name }: { name: SelfServiceScreenName }) {
  const { Screen } = screens[name];
  return <Screen />;
}
