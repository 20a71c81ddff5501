import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../../endpoints/problem';
import { createTeam } from '../../endpoints/teams';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Heading } from '../../ui/Heading';
import { TextField } from '../../ui/TextField';
import { serverFieldErrors, summaryItems, type FieldErrors } from '../forms/field-errors';
import { teamsQueryKey } from './team-queries';

const fieldIds = { name: 'new-team-name' };
type Field = keyof typeof fieldIds;

export function NewTeamForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const summary = useMemo(() => summaryItems(errors, fieldIds), [errors]);

  const mutation = useMutation({
    mutationFn: createTeam,
    onSuccess: async () => {
      setName('');
      await queryClient.invalidateQueries({ queryKey: teamsQueryKey });
    },
    onError: (error) => {
      const { fields } = serverFieldErrors(error, fieldIds);
      if (fields.name === undefined && isProblem(error, 409)) fields.name = problemMessage(error, t).message;
      setErrors(fields);
    },
  });

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: FieldErrors<Field> = name.trim() === '' ? { name: t('teams.errors.nameRequired') } : {};
    setErrors(found);
    if (found.name === undefined) mutation.mutate(name.trim());
  };

  const failure =
    mutation.isError && !isProblem(mutation.error, 400) && !isProblem(mutation.error, 409)
      ? problemMessage(mutation.error, t)
      : null;

  return (
    <section aria-labelledby="new-team-title">
      <Heading level={2} id="new-team-title">
        {t('teams.new.title')}
      </Heading>
      <form noValidate onSubmit={submit} aria-labelledby="new-team-title">
        <ErrorSummary errors={summary} />
        {failure !== null && <Alert type="error" title={failure.message} />}
        {mutation.isSuccess && <Alert type="success">{t('teams.new.created', { name: mutation.data.name })}</Alert>}
        <TextField
          id={fieldIds.name}
          label={t('teams.fields.name')}
          value={name}
          onChange={(event) => { setName(event.target.value); }}
          error={errors.name}
          autoComplete="off"
        />
        <Button type="submit" icon="plus">
          {t('teams.new.submit')}
        </Button>
      </form>
    </section>
  );
}
