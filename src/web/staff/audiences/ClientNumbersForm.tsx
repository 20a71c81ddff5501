import { useState, type ChangeEvent, type ReactNode, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { readClientNumbers } from './client-numbers';

export interface ClientNumbersFormProps {
  idPrefix: string;
  busy: boolean;
  submitLabel: string;
  /** Fields before the numbers (a name for a new list); then numbers may be left empty. */
  before?: ReactNode;
  onSubmit: (numbers: string[]) => void;
}

/** Client numbers from a file (CSV or one per line) or pasted; read in the browser, sent as a list. */
export function ClientNumbersForm({ idPrefix, busy, submitLabel, before, onSubmit }: ClientNumbersFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const readFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    file.text().then(
      (content) => {
        setError(null);
        setText(readClientNumbers(content).join('\n'));
      },
      () => { setError(t('audiences.problems.fileUnreadable')); },
    );
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const numbers = readClientNumbers(text);
    if (numbers.length === 0 && before === undefined) {
      setError(t('audiences.static.noNumbers'));
      document.getElementById(`${idPrefix}-numbers`)?.focus();
      return;
    }
    setError(null);
    onSubmit(numbers);
  };
  return (
    <form noValidate onSubmit={submit} aria-label={submitLabel} className="koers-audience-numbers">
      {before}
      <TextField id={`${idPrefix}-file`} type="file" accept=".csv,.txt,text/csv,text/plain" label={t('audiences.static.file')} description={t('audiences.static.fileHint')} optional onChange={readFile} />
      <TextArea
        id={`${idPrefix}-numbers`}
        label={t('audiences.static.numbers')}
        description={t('audiences.static.numbersHint')}
        optional={before !== undefined}
        rows={5}
        value={text}
        error={error}
        onChange={(event) => { setText(event.target.value); }}
        spellCheck={false}
      />
      <Button type="submit" variant={before === undefined ? 'secondary' : 'primary'} icon={before === undefined ? 'upload' : undefined} disabled={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}
