import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../../endpoints/problem';
import type { User } from '../../endpoints/types';
import { updateUser } from '../../endpoints/users';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Heading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { TextField } from '../../ui/TextField';
import { hasErrors, serverFieldErrors, summaryItems, type FieldErrors } from '../forms/field-errors';
import { teamsQueryKey } from '../teams/team-queries';
import { AccessFields } from './AccessFields';
import { usersQueryKey } from './user-queries';

const fieldIds = {
  displayName: 'edit-user-display-name',
  email: 'edit-user-email',
  roles: 'edit-user-roles',
  teamIds: 'edit-user-teams',
};
type Field = keyof typeof fieldIds;

/** Name, email address, roles and teams of a user. */
export function UserDetailsForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [email, setEmail] = useState(user.email ?? '');
  const [roles, setRoles] = useState(user.roles);
  const [teamIds, setTeamIds] = useState(user.teamIds);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const summary = useMemo(() => summaryItems(errors, fieldIds), [errors]);

  const mutation = useMutation({
    mutationFn: () =>
      updateUser(user.id, {
        displayName: displayName.trim(),
        email: email.trim() === '' ? null : email.trim(),
        roles,
        teamIds,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: usersQueryKey }),
        queryClient.invalidateQueries({ queryKey: teamsQueryKey }),
      ]),
    onError: (error) => { setErrors(serverFieldErrors(error, fieldIds).fields); },
  });

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: FieldErrors<Field> = {};
    if (displayName.trim() === '') found.displayName = t('users.errors.displayNameRequired');
    if (email.trim() !== '' && !email.includes('@')) found.email = t('users.errors.emailFormat');
    setErrors(found);
    if (!hasErrors(found)) mutation.mutate();
  };

  const failure = mutation.isError && !isProblem(mutation.error, 400) ? problemMessage(mutation.error, t) : null;

  return (
    <section aria-labelledby="user-details-title">
      <Heading level={2} id="user-details-title">
        {t('users.edit.detailsTitle')}
      </Heading>
      <form noValidate onSubmit={submit} aria-labelledby="user-details-title">
        <ErrorSummary errors={summary} />
        {failure !== null && <Alert type="error" title={failure.message} />}
        {mutation.isSuccess && <Alert type="success">{t('users.edit.saved')}</Alert>}
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
        <AccessFields
          idPrefix="edit-user"
          roles={roles}
          teamIds={teamIds}
          onRolesChange={setRoles}
          onTeamIdsChange={setTeamIds}
          rolesError={errors.roles}
          teamsError={errors.teamIds}
        />
        <Button type="submit">{t('users.edit.submit')}</Button>
        {mutation.isPending && <LoadingText label={t('common.saving')} />}
      </form>
    </section>
  );
}
