import { useMutation } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { previewImportFile, type PreviewOptions } from '../../endpoints/imports';
import type { ImportPreview } from '../../endpoints/import-types';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { Select } from '../../ui/Select';
import { importProblem } from './import-problem';
import { PreviewTable } from './PreviewTable';

export interface PreviewStepProps {
  file: File;
  preview: ImportPreview;
  /** A new reading with the options chosen, which the mapping keeps. */
  onReread: (preview: ImportPreview, options: PreviewOptions) => void;
  onBack: () => void;
  onNext: () => void;
}

const delimiters = ['auto', ',', ';', 'tab', '|'] as const;
const encodings = ['auto', 'utf-8', 'windows-1252'] as const;

/** What Koers read in the file: format, encoding, separator, columns and the first rows. */
export function PreviewStep({ file, preview, onReread, onBack, onNext }: PreviewStepProps) {
  const { t } = useTranslation();
  const [delimiter, setDelimiter] = useState<(typeof delimiters)[number]>('auto');
  const [encoding, setEncoding] = useState<(typeof encodings)[number]>('auto');
  const [sheet, setSheet] = useState(preview.sheet ?? '');
  const reread = useMutation({
    mutationFn: (options: PreviewOptions) => previewImportFile(file, options),
    onSuccess: (next, options) => { onReread(next, options); },
  });

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!reread.isPending) reread.mutate(preview.format === 'csv' ? { delimiter, encoding } : { sheet });
  };

  return (
    <>
      <dl className="koers-details">
        <dt>{t('imports.preview.file')}</dt>
        <dd>{file.name}</dd>
        <dt>{t('imports.preview.format')}</dt>
        <dd>{preview.format.toUpperCase()}</dd>
        {preview.encoding !== null && (
          <>
            <dt>{t('imports.preview.encoding')}</dt>
            <dd>{preview.encoding}</dd>
          </>
        )}
        {preview.delimiter !== null && (
          <>
            <dt>{t('imports.preview.delimiter')}</dt>
            <dd>{t(`imports.delimiters.${delimiterKey(preview.delimiter)}`)}</dd>
          </>
        )}
        {preview.sheet !== null && (
          <>
            <dt>{t('imports.preview.sheet')}</dt>
            <dd>{preview.sheet}</dd>
          </>
        )}
        <dt>{t('imports.preview.rowCount')}</dt>
        <dd>{t('imports.preview.rows', { count: preview.rowCount })}</dd>
      </dl>
      <PreviewTable preview={preview} />
      <Heading level={3}>{t('imports.preview.rereadTitle')}</Heading>
      <form noValidate onSubmit={submit} aria-label={t('imports.preview.rereadTitle')} className="koers-recording-form">
        {reread.isError && <Alert type="error">{importProblem(reread.error, t)}</Alert>}
        <div className="koers-form-grid">
          {preview.format === 'csv' ? (
            <>
              <Select id="import-delimiter" label={t('imports.preview.delimiter')} value={delimiter} onChange={(event) => { setDelimiter(delimiters.find((d) => d === event.target.value) ?? 'auto'); }}>
                {delimiters.map((option) => (
                  <option key={option} value={option}>
                    {t(`imports.delimiters.${delimiterKey(option)}`)}
                  </option>
                ))}
              </Select>
              <Select id="import-encoding" label={t('imports.preview.encoding')} value={encoding} onChange={(event) => { setEncoding(encodings.find((e) => e === event.target.value) ?? 'auto'); }}>
                {encodings.map((option) => (
                  <option key={option} value={option}>
                    {option === 'auto' ? t('imports.preview.detect') : option}
                  </option>
                ))}
              </Select>
            </>
          ) : (
            <Select id="import-sheet" label={t('imports.preview.sheet')} value={sheet} onChange={(event) => { setSheet(event.target.value); }}>
              {preview.sheets.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          )}
        </div>
        <Button type="submit" variant="secondary">
          {t('imports.preview.reread')}
        </Button>
        {reread.isPending && <LoadingText label={t('imports.file.reading')} />}
      </form>
      <div className="koers-button-group">
        <Button onClick={onNext} disabled={preview.headers.length === 0}>
          {t('imports.preview.next')}
        </Button>
        <Button variant="secondary" onClick={onBack}>
          {t('imports.otherFile')}
        </Button>
      </div>
    </>
  );
}

/** The message key of a separator: "," is comma, "tab" is a tab. */
function delimiterKey(delimiter: string): 'auto' | 'comma' | 'semicolon' | 'tab' | 'pipe' | 'other' {
  switch (delimiter) {
    case 'auto':
      return 'auto';
    case ',':
      return 'comma';
    case ';':
      return 'semicolon';
    case 'tab':
    case '\t':
      return 'tab';
    case '|':
      return 'pipe';
    default:
      return 'other';
  }
}
