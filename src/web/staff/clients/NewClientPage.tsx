import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createClient } from '../../endpoints/clients';
import { isProblem } from '../../endpoints/problem';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button, buttonClassName } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { PageHeading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { hasErrors, summaryItems, type FieldErrors } from '../forms/field-errors';
import { translatedFieldErrors } from '../forms/server-field-errors';
import { useDocumentTitle } from '../pages/document-title';
import type { NoticeState } from '../pages/notice';
import { emptyNewClient, toNewClient, type NewClientValues } from './client-fields';
import { clientsKey } from './client-queries';
import { NewClientFields, newClientFieldIds, type NewClientField } from './NewClientFields';
import './clients.css';

/** Registering a client; a coach takes the new client into their own caseload. */
export function NewClientPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('clients.new.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<NewClientValues>(emptyNewClient);
  const [errors, setErrors] = useState<FieldErrors<NewClientField>>({});
  const [other, setOther] = useState<string | null>(null);
  const summary = useMemo(() => summaryItems(errors, newClientFieldIds), [errors]);

  const mutation = useMutation({
    mutationFn: createClient,
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: clientsKey });
      const state: NoticeState = { notice: t('clients.new.created', { clientNumber: created.clientNumber }) };
      await navigate(`/clients/${encodeURIComponent(created.id)}`, { state });
    },
    onError: (error) => {
      if (isProblem(error, 409) && error.code === 'bsn-taken') {
        setErrors({ bsn: problemMessage(error, t).message });
        return;
      }
      if (isProblem(error, 409) && error.code === 'client-number-taken') {
        setOther(problemMessage(error, t).message);
        return;
      }
      const translated = translatedFieldErrors(error, newClientFieldIds, t);
      if (translated.fields.dateOfBirth === t('fieldErrors.dateInFuture')) translated.fields.dateOfBirth = t('clients.new.errors.birthInFuture');
      setErrors(translated.fields);
      setOther(translated.other);
    },
  });

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: FieldErrors<NewClientField> = {};
    if (values.firstNames.trim() === '') found.firstNames = t('clients.new.errors.firstNamesRequired');
    if (values.surname.trim() === '') found.surname = t('clients.new.errors.surnameRequired');
    setErrors(found);
    setOther(null);
    if (!hasErrors(found)) mutation.mutate(toNewClient(values));
  };

  return (
    <>
      <PageHeading>{t('clients.new.title')}</PageHeading>
      <p>{t('clients.new.intro')}</p>
      <form noValidate onSubmit={submit} aria-label={t('clients.new.title')}>
        <ErrorSummary errors={summary} />
        {other !== null && <Alert type="error" title={other} />}
        <NewClientFields values={values} errors={errors} onChange={(change) => { setValues((current) => ({ ...current, ...change })); }} />
        <div className="koers-button-group">
          <Button type="submit" icon="plus">
            {t('clients.new.submit')}
          </Button>
          <Link to="/clients" className={buttonClassName('secondary')}>
            {t('common.cancel')}
          </Link>
        </div>
        {mutation.isPending && <LoadingText label={t('common.saving')} />}
      </form>
    </>
  );
}
