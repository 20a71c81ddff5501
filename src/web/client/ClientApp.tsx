import { useQuery, useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../endpoints/problem';
import { useAppliedTheme, useOrganisationHouseStyle } from '../tenant/house-style-query';
import { storeOrganisation } from '../tenant/organisation-storage';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { LoadingText } from '../ui/LoadingText';
import { PageLayout } from '../ui/PageLayout';
import { OrganisationBrand, SiteHeader } from '../ui/SiteHeader';
import { fetchSession, sessionKey, signOut, type ClientSession } from './client-api';
import { switchToAddedLanguage, useAddedLanguages } from './client-added-languages';
import { hasChosenLocale, isClientLocale, readChosenLanguage } from './client-i18n';
import { clientOrganisation } from './client-organisation';
import { ClientLanguageSwitch } from './ClientLanguageSwitch';
import { ReadAloudButton } from './ReadAloudButton';
import { SignIn } from './SignIn';

/** The screens after signing in load on demand: the first screen (signing in) stays small for slow phones. */
const SignedInApp = lazy(() => import('./SignedInApp').then((module) => ({ default: module.SignedInApp })));

/**
 * The client app: signing in with a one-time code, then the inbox and the client's own
 * choices. A signed-in device stays signed in until the client signs out or the coach revokes it.
 */
export function ClientApp() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const session = useQuery({
    queryKey: sessionKey,
    queryFn: fetchSession,
    retry: (count, error) => !isProblem(error, 401) && count < 1,
  });
  const [linkOrganisation] = useState(() => clientOrganisation(window.location.search));
  const organisation = session.data?.organisation.slug ?? linkOrganisation;
  const houseStyle = useOrganisationHouseStyle(organisation);
  useAppliedTheme(houseStyle.data);
  const organisationName = houseStyle.data?.organisationName ?? session.data?.organisation.name;

  useEffect(() => {
    if (organisation !== null && houseStyle.isSuccess) storeOrganisation(organisation);
  }, [organisation, houseStyle.isSuccess]);
  useEffect(() => {
    document.title = organisationName === undefined ? 'Koers' : `${organisationName} – Koers`;
  }, [organisationName]);
  // The client's own language, until they choose one on this device.
  const preferredLanguage = session.data?.client.preferredLanguage;
  useEffect(() => {
    if (preferredLanguage !== undefined && !hasChosenLocale() && isClientLocale(preferredLanguage)) void i18next.changeLanguage(preferredLanguage);
  }, [preferredLanguage]);
  // A language the organisation added: the one chosen on this device, else the client's own.
  const addedLanguages = useAddedLanguages(organisation);
  useEffect(() => {
    const wanted = readChosenLanguage() ?? preferredLanguage;
    const added = addedLanguages.data?.find((language) => language.code === wanted);
    if (organisation !== null && added !== undefined && i18next.resolvedLanguage !== added.code) void switchToAddedLanguage(organisation, added, false).catch(() => undefined);
  }, [organisation, addedLanguages.data, preferredLanguage]);

  const signedIn = (next: ClientSession) => {
    queryClient.setQueryData(sessionKey, next);
  };
  const leave = async () => {
    await signOut().catch(() => undefined);
    queryClient.removeQueries();
    await session.refetch();
  };

  const header = (
    <SiteHeader brand={<OrganisationBrand name={organisationName ?? 'Koers'} logoUrl={houseStyle.data?.logoUrl ?? null} />}>
      <ClientLanguageSwitch organisation={organisation} />
      {session.data && (
        <Button variant="subtle" icon="signOut" onClick={() => void leave()}>
          {t('clientApp.signOut')}
        </Button>
      )}
    </SiteHeader>
  );

  if (session.isPending) {
    return (
      <PageLayout narrow header={header}>
        <LoadingText />
      </PageLayout>
    );
  }
  if (session.data) {
    return (
      <Suspense
        fallback={
          <PageLayout narrow header={header}>
            <LoadingText />
          </PageLayout>
        }
      >
        <SignedInApp header={header} session={session.data} />
      </Suspense>
    );
  }
  return (
    <PageLayout narrow header={header}>
      {organisation !== null && houseStyle.isSuccess ? (
        <SignIn organisation={organisation} onSignedIn={signedIn} />
      ) : houseStyle.isPending && organisation !== null ? (
        <LoadingText />
      ) : (
        <Welcome organisationName={organisationName} unknown={isProblem(houseStyle.error, 404)} noOrganisation={organisation === null} />
      )}
    </PageLayout>
  );
}

/** Before signing in, without an organisation: the honest message that the link comes from the coach. */
function Welcome({ organisationName, unknown, noOrganisation }: { organisationName: string | undefined; unknown: boolean; noOrganisation: boolean }) {
  const { t } = useTranslation();
  const heading = organisationName === undefined ? t('client.welcomeGeneric') : t('client.welcome', { organisation: organisationName });
  const messages = noOrganisation ? [t('client.noOrganisation')] : unknown ? [t('client.unknownOrganisation')] : [t('client.signInSoon')];
  return (
    <div className="koers-client-welcome">
      <span className="koers-client-welcome__icon">
        <Icon name="mail" />
      </span>
      <h1 className="koers-client-welcome__title">{heading}</h1>
      {messages.map((message) => (
        <p key={message} className="koers-client-welcome__text">
          {message}
        </p>
      ))}
      <ReadAloudButton text={[heading, ...messages].join('. ')} />
    </div>
  );
}
