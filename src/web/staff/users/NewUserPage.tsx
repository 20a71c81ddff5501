import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isProblem } from '../../endpoints/problem';
import { createUser } from '../../endpoints/users';
import type { NewUser } from '../../endpoints/types';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button, buttonClassName } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { PageHeading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { TextField } from '../../ui/TextField';
import { hasErrors, serverFieldErrors, summaryItems, type FieldErrors } from '../forms/field-errors';
import { useDocumentTitle } from '../pages/document-title';
import type { NoticeState } from '../pages/notice';
import { teamsQueryKey } from '../teams/team-queries';
import { AccessFields } from './AccessFields';
import { usersQueryKey } from './user-queries';

const fieldIds = {
  username: 'new-user-username',
  displayName: 'new-user-display-name',
  email: 'new-user-email',
  password: 'new-user-password',
  roles: 'new-user-roles',
  teamIds: 'new-user-teams',
};
type Field = keyof typeof fieldIds;

export function NewUserPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('users.new.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const summary = useMemo(() => summaryItems(errors, fieldIds), [errors]);

  const mutation = useMutation({
    mutationFn: createUser,
    onSuccess: async (user) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: usersQueryKey }),
        queryClient.invalidateQueries({ queryKey: teamsQueryKey }),
      ]);
      const state: NoticeState = { notice: t('users.new.created', { name: user.displayName }) };
      await navigate('/users', { state });
    },
    onError: (error) => {
      if (isProblem(error, 409) && error.code === 'username-taken') {
        setErrors({ username: t('problems.usernameTaken') });
        return;
      }
      const { fields, other } = serverFieldErrors(error, fieldIds);
      setErrors(fields);
      setOtherErrors(other);
    },
  });

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: FieldErrors<Field> = {};
    if (username.trim() === '') found.username = t('users.errors.usernameRequired');
    if (displayName.trim() === '') found.displayName = t('users.errors.displayNameRequired');
    if (email.trim() !== '' && !email.includes('@')) found.email = t('users.errors.emailFormat');
    if (password === '') found.password = t('users.errors.passwordRequired');
    setErrors(found);
    setOtherErrors([]);
    if (hasErrors(found)) return;
    const user: NewUser = { username: username.trim(), displayName: displayName.trim(), password, roles, teamIds };
    if (email.trim() !== '') user.email = email.trim();
    mutation.mutate(user);
  };

  const failure =
    mutation.isError && !isProblem(mutation.error, 400) && !isProblem(mutation.error, 409)
      ? problemMessage(mutation.error, t)
      : null;

  return (
    <>
      <PageHeading>{t('users.new.title')}</PageHeading>
      <form noValidate onSubmit={submit} aria-label={t('users.new.title')}>
        <ErrorSummary errors={summary} />
        {failure !== null && <Alert type="error" title={failure.message} />}
        {otherErrors.length > 0 && (
          <Alert type="error">
            <ul>
              {otherErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </Alert>
        )}
        <TextField
          id={fieldIds.username}
          label={t('users.fields.username')}
          description={t('users.fields.usernameDescription')}
          value={username}
          onChange={(event) => { setUsername(event.target.value); }}
          error={errors.username}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
        />
        <TextField
          id={fieldIds.displayName}
          label={t('users.fields.displayName')}
          value={displayName}
          onChange={(event) => { setDisplayName(event.target.value); }}
          error={errors.displayName}
          autoComplete="off"
        />
        <TextField
          id={fieldIds.email}
          type="email"
          label={t('users.fields.email')}
          optional
          value={email}
          onChange={(event) => { setEmail(event.target.value); }}
          error={errors.email}
          autoComplete="off"
        />
        <TextField
          id={fieldIds.password}
          type="password"
          label={t('users.fields.password')}
          description={t('users.fields.passwordDescription')}
          value={password}
          onChange={(event) => { setPassword(event.target.value); }}
          error={errors.password}
          autoComplete="new-password"
        />
        <AccessFields
          idPrefix="new-user"
          roles={roles}
          teamIds={teamIds}
          onRolesChange={setRoles}
          onTeamIdsChange={setTeamIds}
          rolesError={errors.roles}
          teamsError={errors.teamIds}
        />
        <div className="koers-button-group">
          <Button type="submit">{t('users.new.submit')}</Button>
          <Link to="/users" className={buttonClassName('secondary')}>
            {t('common.cancel')}
          </Link>
        </div>
        {mutation.isPending && <LoadingText label={t('common.saving')} />}
      </form>
    </>
  );
}
