import { useMutation } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { previewImportFile } from '../../endpoints/imports';
import type { ImportPreview } from '../../endpoints/import-types';
import { Button } from '../../ui/Button';
import { LoadingText } from '../../ui/LoadingText';
import { TextField } from '../../ui/TextField';
import { useFormErrors } from '../forms/form-errors';
import { FormProblems } from '../forms/FormProblems';
import { importProblem } from './import-problem';

const fieldIds = { file: 'import-file' };

/** Choosing the file; it is read (not imported) to show what is in it. */
export function FileStep({ onRead }: { onRead: (file: File, preview: ImportPreview) => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const form = useFormErrors(fieldIds);
  const [failure, setFailure] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (chosen: File) => previewImportFile(chosen),
    onSuccess: (preview, chosen) => { onRead(chosen, preview); },
    onError: (error) => { setFailure(importProblem(error, t)); },
  });

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setFailure(null);
    if (mutation.isPending || !form.check(file === null ? { file: t('imports.file.errors.required') } : {}) || file === null) return;
    mutation.mutate(file);
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('imports.steps.file')}>
      <FormProblems summary={form.summary} failure={form.failure ?? failure} />
      <p>{t('imports.file.intro')}</p>
      <TextField
        id={fieldIds.file}
        type="file"
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        label={t('imports.file.label')}
        description={t('imports.file.description')}
        onChange={(event) => { setFile(event.target.files?.[0] ?? null); }}
        error={form.errors.file}
      />
      <Button type="submit" icon="upload">
        {t('imports.file.submit')}
      </Button>
      {mutation.isPending && <LoadingText label={t('imports.file.reading')} />}
    </form>
  );
}
