import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { EnrolmentResult } from '../../endpoints/types';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { readStoredOrganisation, storeOrganisation } from '../../tenant/organisation-storage';
import { useAppliedTheme, useOrganisationHouseStyle } from '../../tenant/house-style-query';
import { PageHeading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { PageLayout } from '../../ui/PageLayout';
import { OrganisationBrand, SiteHeader } from '../../ui/SiteHeader';
import { useDocumentTitle } from '../pages/document-title';
import { returnPath, type SignInLocationState } from '../session/RequireSession';
import { useAcceptSession, useSessionQuery } from '../session/session-query';
import { EnrolmentStep } from './EnrolmentStep';
import { useOrganisationsQuery } from './organisations-query';
import { PasswordStep } from './PasswordStep';
import { RecoveryCodesStep } from './RecoveryCodesStep';
import { SecondFactorStep } from './SecondFactorStep';
import './sign-in.css';

type Step = 'loading' | 'password' | 'second-factor' | 'enrolment' | 'recovery-codes' | 'done';

/**
 * Staff sign-in: organisation, username and password, then the second factor: a code from the
 * authenticator app, or setting one up (with recovery codes shown once) on the first sign-in.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSessionQuery();
  const acceptSession = useAcceptSession();
  const organisations = useOrganisationsQuery();
  const [chosenOrganisation, setChosenOrganisation] = useState(() => readStoredOrganisation() ?? '');
  const [enrolment, setEnrolment] = useState<EnrolmentResult | null>(null);

  const current = session.isError ? null : session.data;
  const step: Step =
    enrolment !== null
      ? 'recovery-codes'
      : current === undefined
        ? 'loading'
        : current === null
          ? 'password'
          : current.stage === 'active'
            ? 'done'
            : current.stage;

  const organisationSlug = current?.organisation.slug ?? chosenOrganisation;
  const houseStyle = useOrganisationHouseStyle(organisationSlug === '' ? null : organisationSlug);
  useAppliedTheme(houseStyle.data);
  const organisationName =
    houseStyle.data?.organisationName ??
    current?.organisation.name ??
    organisations.data?.find((organisation) => organisation.slug === organisationSlug)?.name;

  const title = {
    loading: t('signIn.title'),
    password: t('signIn.title'),
    'second-factor': t('secondFactor.title'),
    enrolment: t('enrolment.title'),
    'recovery-codes': t('recoveryCodes.title'),
    done: t('signIn.title'),
  }[step];
  useDocumentTitle(title);

  const chooseOrganisation = useCallback((slug: string): void => {
    setChosenOrganisation(slug);
    if (slug !== '') storeOrganisation(slug);
  }, []);

  const previousStep = useRef(step);
  useEffect(() => {
    if (previousStep.current !== step && previousStep.current !== 'loading') {
      document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
    }
    previousStep.current = step;
  }, [step]);

  if (step === 'done' && current != null) {
    return <Navigate to={returnPath(location.state as SignInLocationState | null, current.user.id)} replace />;
  }

  return (
    <PageLayout
      narrow
      header={
        <SiteHeader
          brand={
            <OrganisationBrand
              name={organisationName ?? 'Koers'}
              logoUrl={houseStyle.data?.logoUrl ?? null}
              productName={organisationName === undefined ? undefined : 'Koers'}
            />
          }
        >
          <LanguageSwitch />
        </SiteHeader>
      }
    >
      {step === 'loading' && (
        <>
          <PageHeading>{title}</PageHeading>
          <LoadingText />
        </>
      )}
      {step === 'password' && (
        <PasswordStep
          organisations={organisations}
          organisation={chosenOrganisation}
          onOrganisationChange={chooseOrganisation}
          onSignedIn={acceptSession}
        />
      )}
      {step === 'second-factor' && current != null && (
        <SecondFactorStep session={current} onVerified={acceptSession} onCancelled={() => { acceptSession(null); }} />
      )}
      {step === 'enrolment' && current != null && (
        <EnrolmentStep session={current} onEnrolled={setEnrolment} onCancelled={() => { acceptSession(null); }} />
      )}
      {step === 'recovery-codes' && enrolment !== null && (
        <RecoveryCodesStep
          recoveryCodes={enrolment.recoveryCodes}
          onConfirmed={() => {
            acceptSession(enrolment.session);
            setEnrolment(null);
          }}
        />
      )}
    </PageLayout>
  );
}
