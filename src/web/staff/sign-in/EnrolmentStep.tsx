import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { completeSecondFactorEnrolment, startSecondFactorEnrolment } from '../../endpoints/session';
import type { EnrolmentResult, SessionState } from '../../endpoints/types';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Heading, PageHeading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { TextField } from '../../ui/TextField';
import { summaryItems, type FieldErrors } from '../forms/field-errors';
import { CancelSignIn } from './CancelSignIn';
import { isSixDigitCode, normaliseCode } from './second-factor-input';

const fieldIds = { code: 'enrolment-code' };
type Field = keyof typeof fieldIds;

export interface EnrolmentStepProps {
  session: SessionState;
  onEnrolled: (result: EnrolmentResult) => void;
  onCancelled: () => void;
}

/** The secret in groups of four characters, easier to type over. */
function groupSecret(secret: string): string {
  return secret.replace(/\s/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/** The SVG drawing of the QR code as an image source (no markup is inserted into the page). */
function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** First sign-in: set up the authenticator app by scanning a QR code and entering a code. */
export function EnrolmentStep({ session, onEnrolled, onCancelled }: EnrolmentStepProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const summary = useMemo(() => summaryItems(errors, fieldIds), [errors]);
  const enrolment = useQuery({
    queryKey: ['second-factor-enrolment', session.user.id],
    queryFn: startSecondFactorEnrolment,
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
  const mutation = useMutation({
    mutationFn: completeSecondFactorEnrolment,
    onSuccess: onEnrolled,
    onError: () => { setCode(''); },
  });

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const value = normaliseCode(code);
    const found: FieldErrors<Field> = isSixDigitCode(value) ? {} : { code: t('secondFactor.errors.codeFormat') };
    setErrors(found);
    if (found.code === undefined) mutation.mutate(value);
  };

  const failure = mutation.isError ? problemMessage(mutation.error, t) : null;

  return (
    <>
      <PageHeading>{t('enrolment.title')}</PageHeading>
      <p className="koers-lead">{t('enrolment.intro', { organisation: session.organisation.name })}</p>
      {enrolment.isPending && <LoadingText />}
      {enrolment.isError && (
        <Alert type="error" title={problemMessage(enrolment.error, t).message}>
          <Button variant="secondary" onClick={() => void enrolment.refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      )}
      {enrolment.data !== undefined && (
        <ol className="koers-steps">
          <li>
            <Heading level={2}>{t('enrolment.installTitle')}</Heading>
            <p>{t('enrolment.installText')}</p>
          </li>
          <li>
            <Heading level={2}>{t('enrolment.scanTitle')}</Heading>
            <img
              className="koers-qr-code"
              src={svgDataUrl(enrolment.data.qrCodeSvg)}
              alt={t('enrolment.qrCodeAlt')}
              width="200"
              height="200"
            />
            <p>{t('enrolment.secretText')}</p>
            <p>
              <code className="koers-secret">{groupSecret(enrolment.data.secret)}</code>
            </p>
          </li>
          <li>
            <Heading level={2}>{t('enrolment.codeTitle')}</Heading>
            <form noValidate onSubmit={submit}>
              <ErrorSummary errors={summary} />
              {failure !== null && <Alert type="error" title={failure.message} />}
              <TextField
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
              <Button type="submit">{t('enrolment.submit')}</Button>
              {mutation.isPending && <LoadingText label={t('secondFactor.checking')} />}
            </form>
          </li>
        </ol>
      )}
      <CancelSignIn onCancelled={onCancelled} />
    </>
  );
}
