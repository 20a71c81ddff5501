import { useMemo, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../../endpoints/problem';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LoadingText } from '../../ui/LoadingText';
import { TextArea } from '../../ui/TextArea';
import { summaryItems, type FieldErrors } from '../forms/field-errors';
import { translatedFieldErrors } from '../forms/server-field-errors';
import { useAccessGrantMutation } from './access-grant-mutation';

/** The shortest reason the server accepts. */
const minimumReasonLength = 5;

export interface AccessReasonFormProps {
  clientId: string;
  /** Makes the ids unique when the form is on the page more than once. */
  idPrefix: string;
  onGranted: () => void | Promise<void>;
  onCancel?: () => void;
}

/**
 * Why the user needs a client record outside their caseload and team. The reason is recorded
 * in the client's timeline and the audit log, and the client's team lead is told.
 */
export function AccessReasonForm({ clientId, idPrefix, onGranted, onCancel }: AccessReasonFormProps) {
  const { t } = useTranslation();
  const fieldIds = useMemo(() => ({ reason: `${idPrefix}-reason` }), [idPrefix]);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors<'reason'>>({});
  const summary = useMemo(() => summaryItems(errors, fieldIds), [errors, fieldIds]);
  const mutation = useAccessGrantMutation(clientId, onGranted);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: FieldErrors<'reason'> =
      reason.trim().length < minimumReasonLength ? { reason: t('clients.access.errors.reasonTooShort', { count: minimumReasonLength }) } : {};
    setErrors(found);
    if (found.reason !== undefined) return;
    mutation.mutate(reason.trim(), {
      onError: (error) => { setErrors(translatedFieldErrors(error, fieldIds, t).fields); },
    });
  };

  const failure = mutation.isError && !isProblem(mutation.error, 400) ? problemMessage(mutation.error, t) : null;

  return (
    <form noValidate onSubmit={submit} aria-label={t('clients.access.formLabel')}>
      <ErrorSummary errors={summary} />
      {failure !== null && <Alert type="error" title={failure.message} />}
      <TextArea
        id={fieldIds.reason}
        label={t('clients.access.reason')}
        description={t('clients.access.reasonDescription')}
        value={reason}
        onChange={(event) => { setReason(event.target.value); }}
        error={errors.reason}
        rows={3}
        maxLength={500}
      />
      <div className="koers-button-group">
        <Button type="submit" icon="lock">
          {t('clients.access.submit')}
        </Button>
        {onCancel !== undefined && (
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
