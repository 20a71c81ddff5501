import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { verifySecondFactor } from '../../endpoints/session';
import type { SessionState } from '../../endpoints/types';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { PageHeading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { TextField } from '../../ui/TextField';
import { summaryItems, type FieldErrors } from '../forms/field-errors';
import { CancelSignIn } from './CancelSignIn';
import { isSixDigitCode, normaliseCode } from './second-factor-input';

const fieldIds = { code: 'sign-in-code', recoveryCode: 'sign-in-recovery-code' };
type Field = keyof typeof fieldIds;

export interface SecondFactorStepProps {
  session: SessionState;
  onVerified: (session: SessionState) => void;
  onCancelled: () => void;
}

/** The second sign-in step: the code from the authenticator app, or a recovery code. */
export function SecondFactorStep({ session, onVerified, onCancelled }: SecondFactorStepProps) {
  const { t } = useTranslation();
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const summary = useMemo(() => summaryItems(errors, fieldIds), [errors]);
  const mutation = useMutation({
    mutationFn: verifySecondFactor,
    onSuccess: onVerified,
    onError: () => {
      setCode('');
      setRecoveryCode('');
    },
  });

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    if (useRecoveryCode) {
      const value = recoveryCode.trim();
      const found: FieldErrors<Field> = value === '' ? { recoveryCode: t('secondFactor.errors.recoveryCodeRequired') } : {};
      setErrors(found);
      if (found.recoveryCode === undefined) mutation.mutate({ recoveryCode: value });
    } else {
      const value = normaliseCode(code);
      const found: FieldErrors<Field> = isSixDigitCode(value) ? {} : { code: t('secondFactor.errors.codeFormat') };
      setErrors(found);
      if (found.code === undefined) mutation.mutate({ code: value });
    }
  };

  const switched = useRef(false);
  useEffect(() => {
    if (switched.current) document.getElementById(useRecoveryCode ? fieldIds.recoveryCode : fieldIds.code)?.focus();
  }, [useRecoveryCode]);

  const switchMethod = (): void => {
    switched.current = true;
    setUseRecoveryCode((current) => !current);
    setErrors({});
    mutation.reset();
  };

  const failure = mutation.isError ? problemMessage(mutation.error, t) : null;

  return (
    <>
      <PageHeading>{t('secondFactor.title')}</PageHeading>
      <p className="koers-lead">
        {useRecoveryCode
          ? t('secondFactor.recoveryIntro')
          : t('secondFactor.intro', { organisation: session.organisation.name })}
      </p>
      <form noValidate onSubmit={submit}>
        <ErrorSummary errors={summary} />
        {failure !== null && (
          <Alert type="error" title={failure.message}>
            {failure.detail !== undefined && <p>{failure.detail}</p>}
          </Alert>
        )}
        {useRecoveryCode ? (
          <TextField
            key="recovery-code"
            id={fieldIds.recoveryCode}
            label={t('secondFactor.recoveryCode')}
            description={t('secondFactor.recoveryCodeDescription')}
            value={recoveryCode}
            onChange={(event) => { setRecoveryCode(event.target.value); }}
            error={errors.recoveryCode}
            autoComplete="off"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
          />
        ) : (
          <TextField
            key="code"
            id={fieldIds.code}
            className="koers-field--code"
            label={t('secondFactor.code')}
            description={t('secondFactor.codeDescription')}
            value={code}
            onChange={(event) => { setCode(event.target.value); }}
            error={errors.code}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={9}
          />
        )}
        <div className="koers-button-group">
          <Button type="submit">{t('secondFactor.submit')}</Button>
          <Button variant="subtle" onClick={switchMethod}>
            {useRecoveryCode ? t('secondFactor.useAppCode') : t('secondFactor.useRecoveryCode')}
          </Button>
        </div>
        {mutation.isPending && <LoadingText label={t('secondFactor.checking')} />}
      </form>
      <CancelSignIn onCancelled={onCancelled} />
    </>
  );
}
