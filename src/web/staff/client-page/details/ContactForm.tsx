import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeContact } from '../../../endpoints/client-records';
import { Button } from '../../../ui/Button';
import { LoadingText } from '../../../ui/LoadingText';
import { Select } from '../../../ui/Select';
import { TextField } from '../../../ui/TextField';
import { clientChannels, languageName, languageOptions } from '../../clients/client-languages';
import { useFormErrors } from '../../forms/form-errors';
import { FormProblems } from '../../forms/FormProblems';
import { useClientRecord } from '../client-record-context';
import { useRecordingMutation } from '../recording-mutation';
import { contactChange, contactValues, type ContactValues } from './contact-values';

const fieldIds = {
  street: 'contact-street',
  houseNumber: 'contact-house-number',
  postcode: 'contact-postcode',
  city: 'contact-city',
  phone: 'contact-phone',
  email: 'contact-email',
  preferredLanguage: 'contact-language',
  preferredChannel: 'contact-channel',
  outflowDate: 'contact-outflow-date',
  outflowReason: 'contact-outflow-reason',
};
type TextKey = Exclude<keyof typeof fieldIds, 'preferredLanguage' | 'preferredChannel'>;

/** Address, phone, e-mail, preferences and outflow; only what changed is sent. */
export function ContactForm({ onSaved }: { onSaved: (changed: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const { page } = useClientRecord();
  const [initial] = useState(() => contactValues(page.client));
  const [values, setValues] = useState<ContactValues>(initial);
  const form = useFormErrors(fieldIds);
  const mutation = useRecordingMutation(changeContact, () => { onSaved(true); });

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const change = contactChange(initial, values);
    if (Object.keys(change).length === 0) {
      onSaved(false);
      return;
    }
    if (form.check({})) mutation.mutate(change, { onError: form.fromServer });
  };

  const text = (key: TextKey, type = 'text', description?: string) => (
    <TextField
      id={fieldIds[key]}
      type={type}
      label={t(`clients.fields.${key}`)}
      description={description}
      optional
      value={values[key]}
      onChange={(event) => { setValues((current) => ({ ...current, [key]: event.target.value })); }}
      error={form.errors[key]}
      autoComplete="off"
    />
  );

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientPage.details.edit')} className="koers-recording-form">
      <FormProblems summary={form.summary} failure={form.failure} />
      <div className="koers-form-grid">
        {text('street')}
        {text('houseNumber')}
        {text('postcode', 'text', t('clients.fields.postcodeDescription'))}
        {text('city')}
        {text('phone', 'tel', t('clients.fields.phoneDescription'))}
        {text('email', 'email')}
        <Select
          id={fieldIds.preferredLanguage}
          label={t('clients.fields.preferredLanguage')}
          value={values.preferredLanguage}
          onChange={(event) => { setValues((current) => ({ ...current, preferredLanguage: event.target.value })); }}
          error={form.errors.preferredLanguage}
        >
          {languageOptions(values.preferredLanguage).map((code) => (
            <option key={code} value={code}>
              {languageName(code, i18n.language)}
            </option>
          ))}
        </Select>
        <Select
          id={fieldIds.preferredChannel}
          label={t('clients.fields.preferredChannel')}
          value={values.preferredChannel}
          onChange={(event) => {
            const channel = clientChannels.find((c) => c === event.target.value);
            if (channel !== undefined) setValues((current) => ({ ...current, preferredChannel: channel }));
          }}
          error={form.errors.preferredChannel}
        >
          {clientChannels.map((channel) => (
            <option key={channel} value={channel}>
              {t(`clients.channels.${channel}`)}
            </option>
          ))}
        </Select>
        {text('outflowDate', 'date', t('clients.fields.outflowDateDescription'))}
        {text('outflowReason')}
      </div>
      <Button type="submit">{t('clientPage.details.submit')}</Button>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
