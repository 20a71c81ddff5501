import { useMemo, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { PageHeading } from '../../ui/Heading';
import { summaryItems, type FieldErrors } from '../forms/field-errors';

const fieldIds = { saved: 'recovery-codes-saved' };
type Field = keyof typeof fieldIds;

export interface RecoveryCodesStepProps {
  recoveryCodes: readonly string[];
  onConfirmed: () => void;
}

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** The recovery codes, shown this once; the user confirms they saved them before going on. */
export function RecoveryCodesStep({ recoveryCodes, onConfirmed }: RecoveryCodesStepProps) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const [copyResult, setCopyResult] = useState<'copied' | 'failed' | null>(null);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const summary = useMemo(() => summaryItems(errors, fieldIds), [errors]);
  const text = recoveryCodes.join('\n');

  const copy = (): void => {
    navigator.clipboard.writeText(text).then(
      () => { setCopyResult('copied'); },
      () => { setCopyResult('failed'); },
    );
  };

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found: FieldErrors<Field> = saved ? {} : { saved: t('recoveryCodes.errors.confirmRequired') };
    setErrors(found);
    if (saved) onConfirmed();
  };

  return (
    <>
      <PageHeading>{t('recoveryCodes.title')}</PageHeading>
      <Alert type="warning" title={t('recoveryCodes.onlyOnce')} />
      <p>{t('recoveryCodes.intro')}</p>
      <ol className="koers-recovery-codes" aria-label={t('recoveryCodes.listLabel')}>
        {recoveryCodes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="koers-button-group">
        <Button variant="secondary" icon="copy" onClick={copy}>
          {t('recoveryCodes.copy')}
        </Button>
        <Button variant="secondary" icon="download" onClick={() => { download(t('recoveryCodes.fileName'), text); }}>
          {t('recoveryCodes.download')}
        </Button>
      </div>
      <div aria-live="polite" className="koers-sign-in__copy-result">
        {copyResult === 'copied' && t('recoveryCodes.copied')}
        {copyResult === 'failed' && t('recoveryCodes.copyFailed')}
      </div>
      <form noValidate onSubmit={submit}>
        <ErrorSummary errors={summary} />
        <Checkbox
          id={fieldIds.saved}
          label={t('recoveryCodes.confirm')}
          checked={saved}
          onChange={(event) => { setSaved(event.target.checked); }}
          error={errors.saved}
        />
        <Button type="submit">{t('recoveryCodes.continue')}</Button>
      </form>
    </>
  );
}
