import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { Navigation, navigationLinkClassName } from '../../ui/Navigation';
import { audienceRoles } from '../audiences/AudienceRoutes';
import { ChatNavLabel } from '../chat/ChatNavLabel';
import { clientWorkRoles, teamRoles } from '../clients/client-roles';
import { messagingRoles } from '../messaging/messaging-roles';
import { hasRole, useActiveSession } from '../session/ActiveSession';
import { useLeadsTeam } from '../team/team-lead-query';

/** The main menu, with the pages the signed-in staff member's roles give access to. */
export function StaffNavigation() {
  const { t } = useTranslation();
  const session = useActiveSession();
  const isCoach = hasRole(session, 'coach');
  const isManager = hasRole(session, 'manager');
  const leadsTeam = useLeadsTeam(session.user.id, isCoach && !isManager);
  const items = [
    ...(isCoach ? [{ to: '/caseload', label: t('nav.caseload'), end: false }] : []),
    { to: '/', label: t('nav.home'), end: true },
    ...(clientWorkRoles.some((role) => hasRole(session, role)) ? [{ to: '/clients', label: t('nav.clients'), end: false }] : []),
    ...(clientWorkRoles.some((role) => hasRole(session, role)) ? [{ to: '/chat', label: <ChatNavLabel />, end: false }] : []),
    ...(isManager || leadsTeam ? [{ to: '/team', label: t('nav.team'), end: false }] : []),
    ...(teamRoles.some((role) => hasRole(session, role)) ? [{ to: '/attendance', label: t('nav.attendance'), end: false }] : []),
    ...(messagingRoles.some((role) => hasRole(session, role)) ? [{ to: '/messages', label: t('messaging.nav'), end: false }] : []),
    ...(audienceRoles.some((role) => hasRole(session, role)) ? [{ to: '/audiences', label: t('audiences.nav'), end: false }] : []),
    ...(hasRole(session, 'admin')
      ? [
          { to: '/users', label: t('nav.users'), end: false },
          { to: '/teams', label: t('nav.teams'), end: false },
          { to: '/house-style', label: t('nav.houseStyle'), end: false },
          { to: '/app-languages', label: t('appLanguages.nav'), end: false },
          { to: '/audit-log', label: t('nav.auditLog'), end: false },
          { to: '/client-settings', label: t('nav.clientSettings'), end: false },
          { to: '/quick-replies', label: t('chat.quickReplies.nav'), end: false },
          { to: '/signal-settings', label: t('nav.signalSettings'), end: false },
          { to: '/imports', label: t('nav.imports'), end: false },
        ]
      : []),
  ];
  return (
    <Navigation label={t('nav.label')}>
      {items.map((item) => (
        <li key={item.to}>
          <NavLink to={item.to} end={item.end} className={navigationLinkClassName}>
            {item.label}
          </NavLink>
        </li>
      ))}
    </Navigation>
  );
}
