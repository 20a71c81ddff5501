import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage } from '../../../i18n/problem-message';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { PageHeading } from '../../../ui/Heading';
import { LiveMessage } from '../../../ui/LiveMessage';
import { LoadingText } from '../../../ui/LoadingText';
import { TextField } from '../../../ui/TextField';
import { summaryItems, type FieldErrors } from '../../forms/field-errors';
import { FormProblems } from '../../forms/FormProblems';
import { translatedFieldErrors } from '../../forms/server-field-errors';
import { useDocumentTitle } from '../../pages/document-title';
import { languageName } from '../language-name';
import { saveMessagingSettings } from '../messaging-api';
import { settingsKey, useMessagingSettingsQuery } from '../messaging-queries';
import type { MessagingSettings } from '../messaging-types';

const fieldIds = {
  quietFrom: 'messaging-quiet-from',
  quietUntil: 'messaging-quiet-until',
  weeklyCap: 'messaging-weekly-cap',
  smsSender: 'messaging-sms-sender',
  extraLanguages: 'messaging-extra-languages',
};
type Field = keyof typeof fieldIds;

/** For administrators: quiet hours, the weekly maximum per person, the SMS sender and extra languages. */
export function MessagingSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('messaging.settings.title'));
  const settings = useMessagingSettingsQuery();
  return (
    <>
      <p className="koers-back-link">
        <Link to="/messages">{t('messaging.backToMessages')}</Link>
      </p>
      <PageHeading>{t('messaging.settings.title')}</PageHeading>
      <p className="koers-lead">{t('messaging.settings.intro')}</p>
      {settings.isPending && <LoadingText />}
      {settings.isError && <Alert type="error">{problemMessage(settings.error, t).message}</Alert>}
      {settings.data !== undefined && <SettingsForm saved={settings.data} />}
    </>
  );
}

const time = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const sender = /^([A-Za-z0-9 ]{1,11}|\+?[0-9]{3,16})$/;

function SettingsForm({ saved }: { saved: MessagingSettings }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [quietFrom, setQuietFrom] = useState(saved.quietFrom);
  const [quietUntil, setQuietUntil] = useState(saved.quietUntil);
  const [weeklyCap, setWeeklyCap] = useState(String(saved.weeklyCap));
  const [smsSender, setSmsSender] = useState(saved.smsSender);
  const [languages, setLanguages] = useState(saved.extraLanguages.join(', '));
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const summary = useMemo(() => summaryItems(errors, fieldIds), [errors]);
  const mutation = useMutation({
    mutationFn: saveMessagingSettings,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: settingsKey });
      setMessage(t('messaging.settings.saved'));
    },
    onError: (error) => {
      const translated = translatedFieldErrors(error, fieldIds, t);
      setErrors(translated.fields);
      setFailure(translated.other);
    },
  });

  const extraLanguages = [...new Set(languages.split(/[\s,;]+/).map((code) => code.trim().toLowerCase()).filter((code) => code !== ''))];

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    setMessage(null);
    const found: FieldErrors<Field> = {};
    if (!time.test(quietFrom)) found.quietFrom = t('messaging.settings.errors.time');
    if (!time.test(quietUntil)) found.quietUntil = t('messaging.settings.errors.time');
    const cap = Number(weeklyCap);
    if (!Number.isInteger(cap) || cap < 1 || cap > 50) found.weeklyCap = t('messaging.settings.errors.weeklyCap');
    if (!sender.test(smsSender.trim())) found.smsSender = t('messaging.settings.errors.smsSender');
    if (extraLanguages.some((code) => !/^[a-z]{2,3}$/.test(code)) || extraLanguages.length > 20) found.extraLanguages = t('messaging.settings.errors.languages');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    mutation.mutate({
      quietFrom,
      quietUntil,
      weeklyCap: cap,
      smsSender: smsSender.trim(),
      extraLanguages: extraLanguages.filter((code) => code !== 'nl' && code !== 'en'),
    });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('messaging.settings.formLabel')}>
      <FormProblems summary={summary} failure={failure} />
      <LiveMessage message={message} />
      <fieldset className="koers-fieldset">
        <legend className="koers-fieldset__legend">{t('messaging.settings.quietHours')}</legend>
        <p className="koers-field__description">{t('messaging.settings.quietHoursDescription')}</p>
        <div className="koers-form-grid">
          <TextField id={fieldIds.quietFrom} type="time" label={t('messaging.settings.quietFrom')} value={quietFrom} onChange={(event) => { setQuietFrom(event.target.value); }} error={errors.quietFrom} />
          <TextField id={fieldIds.quietUntil} type="time" label={t('messaging.settings.quietUntil')} value={quietUntil} onChange={(event) => { setQuietUntil(event.target.value); }} error={errors.quietUntil} />
        </div>
      </fieldset>
      <TextField
        id={fieldIds.weeklyCap}
        type="number"
        inputMode="numeric"
        min={1}
        max={50}
        label={t('messaging.settings.weeklyCap')}
        description={t('messaging.settings.weeklyCapDescription')}
        value={weeklyCap}
        onChange={(event) => { setWeeklyCap(event.target.value); }}
        error={errors.weeklyCap}
      />
      <TextField
        id={fieldIds.smsSender}
        label={t('messaging.settings.smsSender')}
        description={t('messaging.settings.smsSenderDescription')}
        value={smsSender}
        onChange={(event) => { setSmsSender(event.target.value); }}
        error={errors.smsSender}
        maxLength={17}
        spellCheck={false}
      />
      <TextField
        id={fieldIds.extraLanguages}
        label={t('messaging.settings.extraLanguages')}
        description={t('messaging.settings.extraLanguagesDescription')}
        value={languages}
        onChange={(event) => { setLanguages(event.target.value); }}
        error={errors.extraLanguages}
        spellCheck={false}
        optional
      />
      {extraLanguages.length > 0 && (
        <p className="koers-field__description">
          {t('messaging.settings.languagesShown', { languages: extraLanguages.map((code) => languageName(code, i18n.language)).join(', ') })}
        </p>
      )}
      <Button type="submit" disabled={mutation.isPending}>
        {t('messaging.settings.save')}
      </Button>
    </form>
  );
}
