import { useMutation } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSearchResult } from '../../../endpoints/client-types';
import { problemMessage } from '../../../i18n/problem-message';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Heading } from '../../../ui/Heading';
import { LoadingText } from '../../../ui/LoadingText';
import { Select } from '../../../ui/Select';
import { TextField } from '../../../ui/TextField';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { useActiveSession } from '../../session/ActiveSession';
import { languageName } from '../language-name';
import { previewTemplate } from '../messaging-api';
import type { Template } from '../messaging-types';
import { ChannelPreviews } from './ChannelPreviews';
import { RecipientPicker } from './RecipientPicker';

const recipientId = 'preview-recipient';

/** Variables the template uses that Koers does not fill in itself: the sender gives them. */
export const extraVariables = (template: Template): string[] =>
  template.variables.filter((variable) => variable.example === '').map((variable) => variable.name);

/** Pick a client and a language, and see the saved template as that client would get it. */
export function PreviewSection({ template, languages }: { template: Template; languages: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const session = useActiveSession();
  const [client, setClient] = useState<ClientSearchResult | null>(null);
  const [language, setLanguage] = useState('');
  const [variables, setVariables] = useState<Record<string, string>>({});
  const [missingClient, setMissingClient] = useState(false);
  const mutation = useMutation({
    mutationFn: (clientId: string) =>
      previewTemplate(template.id, {
        clientId,
        ...(language === '' ? {} : { language }),
        variables: Object.fromEntries(Object.entries(variables).filter(([, value]) => value.trim() !== '')),
      }),
  });
  const templateLanguages = languages.filter((code) => template.texts.some((text) => text.language === code));

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setMissingClient(client === null);
    if (client !== null && !mutation.isPending) mutation.mutate(client.id);
  };

  return (
    <section aria-labelledby="template-preview-title" className="koers-template-preview">
      <Heading level={2} id="template-preview-title">
        {t('messaging.preview.title')}
      </Heading>
      <p className="koers-field__description">{t('messaging.preview.intro')}</p>
      <form noValidate onSubmit={submit} aria-label={t('messaging.preview.formLabel')}>
        <ErrorSummary errors={missingClient ? [{ fieldId: recipientId, message: t('messaging.preview.chooseClient') }] : []} />
        <RecipientPicker
          id={recipientId}
          legend={t('messaging.preview.recipient')}
          value={client}
          onChange={(next) => {
            setClient(next);
            if (next !== null) setMissingClient(false);
          }}
          error={missingClient ? t('messaging.preview.chooseClient') : undefined}
        />
        <Select id="preview-language" label={t('messaging.preview.language')} value={language} onChange={(event) => { setLanguage(event.target.value); }}>
          <option value="">{t('messaging.preview.clientLanguage')}</option>
          {templateLanguages.map((code) => (
            <option key={code} value={code}>
              {languageName(code, i18n.language)}
            </option>
          ))}
        </Select>
        {extraVariables(template).map((name) => (
          <TextField
            key={name}
            id={`preview-variable-${name}`}
            label={t('messaging.variables.value', { tag: `{{ ${name} }}` })}
            value={variables[name] ?? ''}
            onChange={(event) => { setVariables({ ...variables, [name]: event.target.value }); }}
            maxLength={500}
            optional
          />
        ))}
        <Button type="submit" variant="secondary" disabled={mutation.isPending}>
          {t('messaging.preview.show')}
        </Button>
      </form>
      {mutation.isPending && <LoadingText />}
      {mutation.isError && <Alert type="error">{problemMessage(mutation.error, t).message}</Alert>}
      {mutation.data !== undefined && (
        <div role="region" aria-label={t('messaging.preview.resultLabel')} className="koers-preview-result">
          <p>
            {t('messaging.preview.shownFor', {
              name: client === null ? '' : (client.sortName ?? client.clientNumber),
              language: languageName(mutation.data.language, i18n.language),
            })}
          </p>
          <ChannelPreviews preview={mutation.data} organisation={session.organisation.name} />
        </div>
      )}
    </section>
  );
}
