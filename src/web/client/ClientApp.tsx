import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../endpoints/problem';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useAppliedTheme, useOrganisationHouseStyle } from '../tenant/house-style-query';
import { storeOrganisation } from '../tenant/organisation-storage';
import { Icon } from '../ui/Icon';
import { PageLayout } from '../ui/PageLayout';
import { OrganisationBrand, SiteHeader } from '../ui/SiteHeader';
import { clientOrganisation } from './client-organisation';
import { ReadAloudButton } from './ReadAloudButton';

/**
 * The client app as it is today: the organisation's welcome, and the honest message that
 * signing in comes through a link from the coach.
 */
export function ClientApp() {
  const { t } = useTranslation();
  const [organisation] = useState(() => clientOrganisation(window.location.search));
  const houseStyle = useOrganisationHouseStyle(organisation);
  useAppliedTheme(houseStyle.data);

  const organisationName = houseStyle.data?.organisationName;
  const unknownOrganisation = isProblem(houseStyle.error, 404);
  const heading = organisationName === undefined ? t('client.welcomeGeneric') : t('client.welcome', { organisation: organisationName });
  const messages =
    organisation === null
      ? [t('client.noOrganisation')]
      : unknownOrganisation
        ? [t('client.unknownOrganisation')]
        : [t('client.signInSoon'), t('client.whatItIs')];

  useEffect(() => {
    if (organisation !== null && houseStyle.isSuccess) storeOrganisation(organisation);
  }, [organisation, houseStyle.isSuccess]);

  useEffect(() => {
    document.title = organisationName === undefined ? 'Koers' : `${organisationName} – Koers`;
  }, [organisationName]);

  return (
    <PageLayout
      narrow
      header={
        <SiteHeader brand={<OrganisationBrand name={organisationName ?? 'Koers'} logoUrl={houseStyle.data?.logoUrl ?? null} />}>
          <LanguageSwitch />
        </SiteHeader>
      }
    >
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
    </PageLayout>
  );
}
