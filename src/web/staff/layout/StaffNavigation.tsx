import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { Navigation, navigationLinkClassName } from '../../ui/Navigation';
import { hasRole, useActiveSession } from '../session/ActiveSession';

/** The main menu, with the pages the signed-in staff member's roles give access to. */
export function StaffNavigation() {
  const { t } = useTranslation();
  const session = useActiveSession();
  const items = [
    { to: '/', label: t('nav.home'), end: true },
    ...(hasRole(session, 'admin')
      ? [
          { to: '/users', label: t('nav.users'), end: false },
          { to: '/teams', label: t('nav.teams'), end: false },
          { to: '/house-style', label: t('nav.houseStyle'), end: false },
          { to: '/audit-log', label: t('nav.auditLog'), end: false },
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
