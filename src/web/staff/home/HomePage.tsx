import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClassName } from '../../ui/Button';
import { Heading, PageHeading } from '../../ui/Heading';
import { useDocumentTitle } from '../pages/document-title';
import { roleName } from '../roles';
import { hasRole, useActiveSession } from '../session/ActiveSession';
import { NotificationsSection } from './NotificationsSection';

/** The start page: who is signed in, with which roles and in which teams. */
export function HomePage() {
  const { t } = useTranslation();
  const session = useActiveSession();
  const { user, organisation } = session;
  useDocumentTitle(t('home.title'));

  return (
    <>
      <PageHeading>{t('home.greeting', { name: user.displayName })}</PageHeading>
      <p className="koers-lead">{t('home.signedInAt', { organisation: organisation.name })}</p>

      <NotificationsSection />

      {hasRole(session, 'coach') && (
        <section aria-labelledby="home-caseload">
          <Heading level={2} id="home-caseload">
            {t('home.caseloadTitle')}
          </Heading>
          <p>{t('home.caseloadText')}</p>
          <p>
            <Link to="/caseload" className={buttonClassName('primary')}>
              {t('caseload.homeLink')}
            </Link>
          </p>
        </section>
      )}

      <section aria-labelledby="home-roles">
        <Heading level={2} id="home-roles">
          {t('home.rolesTitle')}
        </Heading>
        {user.roles.length === 0 ? (
          <p>{t('home.noRoles')}</p>
        ) : (
          <ul>
            {user.roles.map((role) => (
              <li key={role}>{roleName(role, t)}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="home-teams">
        <Heading level={2} id="home-teams">
          {t('home.teamsTitle')}
        </Heading>
        {user.teams.length === 0 ? (
          <p>{t('home.noTeams')}</p>
        ) : (
          <ul>
            {user.teams.map((team) => (
              <li key={team.id}>{team.name}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
