import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { buttonClassName } from '../../ui/Button';
import { PageHeading } from '../../ui/Heading';
import { Icon } from '../../ui/Icon';
import { LoadingText } from '../../ui/LoadingText';
import { Table } from '../../ui/Table';
import { useDocumentTitle } from '../pages/document-title';
import { useNotice } from '../pages/notice';
import { roleName } from '../roles';
import { useTeamsQuery } from '../teams/team-queries';
import { LastSignIn, SecondFactorStatus, UserStatus } from './UserStatus';
import { useUsersQuery } from './user-queries';

/** All staff accounts of the organisation. */
export function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('users.title'));
  const notice = useNotice();
  const users = useUsersQuery();
  const teams = useTeamsQuery();
  const teamName = (id: string): string => teams.data?.find((team) => team.id === id)?.name ?? id;

  return (
    <>
      <PageHeading>{t('users.title')}</PageHeading>
      {notice !== undefined && <Alert type="success">{notice}</Alert>}
      <p>
        <Link to="/users/new" className={buttonClassName('primary')}>
          <Icon name="plus" />
          <span>{t('users.new.link')}</span>
        </Link>
      </p>
      {users.isPending && <LoadingText />}
      {users.isError && <Alert type="error">{problemMessage(users.error, t).message}</Alert>}
      {users.data?.length === 0 && <p>{t('users.empty')}</p>}
      {users.data !== undefined && users.data.length > 0 && (
        <Table caption={t('users.tableCaption', { count: users.data.length })}>
          <thead>
            <tr>
              <th scope="col">{t('users.columns.name')}</th>
              <th scope="col">{t('users.columns.username')}</th>
              <th scope="col">{t('users.columns.roles')}</th>
              <th scope="col">{t('users.columns.teams')}</th>
              <th scope="col">{t('users.columns.status')}</th>
              <th scope="col">{t('users.columns.secondFactor')}</th>
              <th scope="col">{t('users.columns.lastSignIn')}</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((user) => (
              <tr key={user.id}>
                <th scope="row">
                  <Link to={`/users/${encodeURIComponent(user.id)}`}>{user.displayName}</Link>
                </th>
                <td>{user.username}</td>
                <td>{user.roles.map((role) => roleName(role, t)).join(', ') || '—'}</td>
                <td>{user.teamIds.map(teamName).join(', ') || '—'}</td>
                <td>
                  <UserStatus user={user} />
                </td>
                <td>
                  <SecondFactorStatus user={user} />
                </td>
                <td>
                  <LastSignIn user={user} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
