import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { PageHeading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { useDocumentTitle } from '../pages/document-title';
import { ContactCardSection } from '../contact-card/ContactCardSection';
import { UserAccountSection } from './UserAccountSection';
import { UserDetailsForm } from './UserDetailsForm';
import { useUsersQuery } from './user-queries';

/** One staff account: its details, roles and teams, and actions on the account. */
export function EditUserPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('users.edit.title'));
  const { userId } = useParams();
  const users = useUsersQuery();
  const user = users.data?.find((candidate) => candidate.id === userId);

  return (
    <>
      <PageHeading>{t('users.edit.title')}</PageHeading>
      <p>
        <Link to="/users">{t('users.edit.back')}</Link>
      </p>
      {users.isPending && <LoadingText />}
      {users.isError && <Alert type="error">{problemMessage(users.error, t).message}</Alert>}
      {users.isSuccess && user === undefined && <Alert type="error">{t('users.edit.notFound')}</Alert>}
      {user !== undefined && (
        <>
          <p className="koers-lead">
            {t('users.edit.subtitle', { name: user.displayName, username: user.username })}
          </p>
          <UserDetailsForm key={user.id} user={user} />
          <UserAccountSection user={user} />
          <ContactCardSection userId={user.id} />
        </>
      )}
    </>
  );
}
