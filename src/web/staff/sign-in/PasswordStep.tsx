import { useMutation, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signIn } from '../../endpoints/session';
import type { OrganisationSummary, SessionState } from '../../endpoints/types';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { PageHeading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { hasErrors, summaryItems, type FieldErrors } from '../forms/field-errors';

const fieldIds = {
  organisation: 'sign-in-organisation',
  username: 'sign-in-username',
  password: 'sign-in-password',
};
type Field = keyof typeof fieldIds;

export interface PasswordStepProps {
  organisations: UseQueryResult<OrganisationSummary[]>;
  organisation: string;
  onOrganisationChange: (slug: string) => void;
  onSignedIn: (session: SessionState) => void;
}

export function PasswordStep({ organisations, organisation, onOrganisationChange, onSignedIn }: PasswordStepProps) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const summary = useMemo(() => summaryItems(errors, fieldIds), [errors]);
  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: onSignedIn,
    onError: () => { setPassword(''); },
  });

  const list = organisations.data;
  useEffect(() => {
    if (list === undefined || list.some((item) => item.slug === organisation)) return;
    const only = list.length === 1 ? list[0] : undefined;
    onOrganisationChange(only?.slug ?? '');
  }, [list, organisation, onOrganisationChange]);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: FieldErrors<Field> = {};
    if (organisation === '') found.organisation = t('signIn.errors.organisationRequired');
    if (username.trim() === '') found.username = t('signIn.errors.usernameRequired');
    if (password === '') found.password = t('signIn.errors.passwordRequired');
    setErrors(found);
    if (hasErrors(found)) return;
    mutation.mutate({ organisation, username: username.trim(), password });
  };

  const failure = mutation.isError ? problemMessage(mutation.error, t) : null;

  return (
    <>
      <PageHeading>{t('signIn.title')}</PageHeading>
      <p className="koers-lead">{t('signIn.intro')}</p>
      {organisations.isPending && <LoadingText />}
      {organisations.isError && (
        <Alert type="error" title={t('signIn.organisationsFailed')}>
          <p>{problemMessage(organisations.error, t).message}</p>
          <Button variant="secondary" onClick={() => void organisations.refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      )}
      {list?.length === 0 && <Alert type="info">{t('signIn.noOrganisations')}</Alert>}
      {list !== undefined && list.length > 0 && (
        <form noValidate onSubmit={submit}>
          <ErrorSummary errors={summary} />
          {failure !== null && (
            <Alert type="error" title={failure.message}>
              {failure.detail !== undefined && <p>{failure.detail}</p>}
            </Alert>
          )}
          <Select
            id={fieldIds.organisation}
            label={t('signIn.organisation')}
            value={organisation}
            onChange={(event) => { onOrganisationChange(event.target.value); }}
            error={errors.organisation}
            autoComplete="organization"
          >
            <option value="">{t('signIn.chooseOrganisation')}</option>
            {list.map((item) => (
              <option key={item.slug} value={item.slug}>
                {item.name}
              </option>
            ))}
          </Select>
          <TextField
            id={fieldIds.username}
            label={t('signIn.username')}
            value={username}
            onChange={(event) => { setUsername(event.target.value); }}
            error={errors.username}
            autoComplete="username"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
          />
          <TextField
            id={fieldIds.password}
            type="password"
            label={t('signIn.password')}
            value={password}
            onChange={(event) => { setPassword(event.target.value); }}
            error={errors.password}
            autoComplete="current-password"
          />
          <Button type="submit">{t('signIn.submit')}</Button>
          {mutation.isPending && <LoadingText label={t('signIn.submitting')} />}
        </form>
      )}
    </>
  );
}
