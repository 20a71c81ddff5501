import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { problemMessage } from '../../i18n/problem-message';
import { useAppliedTheme, useOrganisationHouseStyle } from '../../tenant/house-style-query';
import { Alert } from '../../ui/Alert';
import { PageLayout } from '../../ui/PageLayout';
import { useActiveSession } from '../session/ActiveSession';
import { useSignOutMutation } from '../session/sign-out-mutation';
import { StaffHeader } from './StaffHeader';
import { StaffNavigation } from './StaffNavigation';
import './staff-layout.css';

/** The frame of every page after sign-in, in the organisation's house style. */
export function StaffLayout() {
  const { t } = useTranslation();
  const session = useActiveSession();
  const houseStyle = useOrganisationHouseStyle(session.organisation.slug);
  useAppliedTheme(houseStyle.data);
  const signOut = useSignOutMutation();

  return (
    <PageLayout
      header={<StaffHeader houseStyle={houseStyle.data} onSignOut={() => { signOut.mutate(); }} />}
      navigation={<StaffNavigation />}
    >
      {signOut.isError && <Alert type="error" title={t('header.signOutFailed')}>{problemMessage(signOut.error, t).message}</Alert>}
      <Outlet />
    </PageLayout>
  );
}
