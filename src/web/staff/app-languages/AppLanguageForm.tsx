import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { builtInAppLanguages } from '../../../common/api/appLanguages';
import { ProblemError } from '../../endpoints/problem';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { usePutAppLanguage, type AppLanguage } from './app-languages-api';

type Direction = 'ltr' | 'rtl';
interface Errors { code?: string; name?: string; texts?: string }

const braces = { open: '{{', close: '}}' };

/** The texts as the template has them: an object of strings by key; anything else is null. */
function parseTexts(json: string): Record<string, string> | null {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    return Object.values(value).every((text) => typeof text === 'string') ? (value as Record<string, string>) : null;
  } catch {
    return null;
  }
}

/** Which server refusals name texts, and how to say so; the keys themselves follow in a list. */
const keyProblems: Record<string, 'appLanguages.errors.unknownKeys' | 'appLanguages.errors.placeholders' | 'appLanguages.errors.emptyTexts'> = {
  'unknown-text-keys': 'appLanguages.errors.unknownKeys',
  'placeholders-changed': 'appLanguages.errors.placeholders',
  'empty-texts': 'appLanguages.errors.emptyTexts',
};

/** Adds a language (or replaces one's name, direction and texts) from the translated template file or pasted JSON. */
export function AppLanguageForm({ editing }: { editing: AppLanguage | null }) {
  const { t } = useTranslation();
  const id = useId();
  const save = usePutAppLanguage();
  const [code, setCode] = useState(editing?.code ?? '');
  const [name, setName] = useState(editing?.name ?? '');
  const [direction, setDirection] = useState<Direction>(editing?.direction ?? 'ltr');
  const [json, setJson] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const readFile = (file: File | undefined) => {
    if (!file) return;
    file.text().then(setJson, () => { setErrors((current) => ({ ...current, texts: t('appLanguages.errors.unreadable') })); });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const texts = parseTexts(json);
    const found: Errors = {
      ...(!/^[a-z]{2,3}$/.test(code) ? { code: t('appLanguages.errors.codeFormat') } : (builtInAppLanguages as readonly string[]).includes(code) ? { code: t('appLanguages.errors.builtIn') } : {}),
      ...(name.trim() === '' ? { name: t('appLanguages.errors.nameRequired') } : {}),
      ...(json.trim() === '' ? { texts: t('appLanguages.errors.textsRequired') } : texts === null ? { texts: t('appLanguages.errors.notJson') } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0 || texts === null) return;
    save.mutate({ code, language: { name: name.trim(), direction, texts } });
  };

  const problem = save.error instanceof ProblemError ? save.error : null;
  const problemKeys = problem?.fieldErrors.map((error) => error.field.replace(/^texts\./, '')) ?? [];
  const keyProblem = problem !== null ? keyProblems[problem.code] : undefined;

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <Heading level={2} id={`${id}-title`}>{t('appLanguages.form.addTitle')}</Heading>
      {save.isSuccess && (
        <Alert type="success">
          {t('appLanguages.form.saved', { name: save.data.name, translated: save.data.translated, total: save.data.translated + save.data.missing })}
          {save.data.missing > 0 && ` ${t('appLanguages.form.savedMissing', { count: save.data.missing })}`}
        </Alert>
      )}
      {save.isError && (
        <Alert type="error">
          {keyProblem !== undefined ? t(keyProblem, braces) : problem?.code === 'texts-too-large' ? t('appLanguages.errors.tooLarge') : problem?.code === 'built-in-language' ? t('appLanguages.errors.builtIn') : problemMessage(save.error, t).message}
          {keyProblem !== undefined && (
            <ul>
              {problemKeys.map((key) => <li key={key}><code>{key}</code></li>)}
            </ul>
          )}
        </Alert>
      )}
      <TextField
        id={`${id}-code`}
        label={t('appLanguages.form.code')}
        description={t('appLanguages.form.codeDescription')}
        value={code}
        readOnly={editing !== null}
        autoComplete="off"
        onChange={(event) => { setCode(event.target.value.trim().toLowerCase()); }}
        error={errors.code}
      />
      <TextField id={`${id}-name`} label={t('appLanguages.form.name')} description={t('appLanguages.form.nameDescription')} value={name} onChange={(event) => { setName(event.target.value); }} error={errors.name} />
      <RadioGroup
        id={`${id}-direction`}
        legend={t('appLanguages.form.direction')}
        name={`${id}-direction`}
        options={[{ value: 'ltr', label: t('appLanguages.directions.ltr') }, { value: 'rtl', label: t('appLanguages.directions.rtl') }]}
        value={direction}
        onChange={(value) => { setDirection(value === 'rtl' ? 'rtl' : 'ltr'); }}
      />
      <TextField id={`${id}-file`} type="file" accept="application/json,.json" label={t('appLanguages.form.file')} description={t('appLanguages.form.fileDescription')} optional onChange={(event) => { readFile(event.target.files?.[0]); }} />
      <TextArea id={`${id}-texts`} label={t('appLanguages.form.texts')} rows={8} dir="auto" value={json} onChange={(event) => { setJson(event.target.value); }} error={errors.texts} />
      <Button type="submit" disabled={save.isPending}>{t('appLanguages.form.submit')}</Button>
    </form>
  );
}
