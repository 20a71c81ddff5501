import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/Checkbox';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { LoadingText } from '../../../ui/LoadingText';
import { TextArea } from '../../../ui/TextArea';
import { useFormErrors } from '../../forms/form-errors';
import { FormProblems } from '../../forms/FormProblems';
import { saveMessagingPreferences } from '../messaging-api';
import { messagingKey } from '../messaging-queries';
import { optionalCategories, type MessagingPreferencesView, type OptionalCategory } from '../messaging-types';

const fieldIds = { optedOutCategories: 'channels-opted-out', note: 'channels-note' };
const minimumNoteLength = 5;

/** A coach changes the client's channels on their behalf, with a note why (until the client app does it). */
export function ChannelsForm({ clientId, saved, onSaved }: { clientId: string; saved: MessagingPreferencesView; onSaved: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [smsConsent, setSmsConsent] = useState(saved.smsConsent);
  const [emailConsent, setEmailConsent] = useState(saved.emailConsent);
  const [pushConsent, setPushConsent] = useState(saved.pushConsent);
  const [optedOut, setOptedOut] = useState<string[]>(saved.optedOutCategories);
  const [clickTracking, setClickTracking] = useState(saved.clickTracking);
  const [note, setNote] = useState('');
  const form = useFormErrors(fieldIds);
  const mutation = useMutation({
    mutationFn: () =>
      saveMessagingPreferences(clientId, {
        smsConsent,
        emailConsent,
        pushConsent,
        optedOutCategories: optionalCategories.filter((category) => optedOut.includes(category)) as OptionalCategory[],
        clickTracking,
        note: note.trim(),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: messagingKey });
      onSaved();
    },
    onError: form.fromServer,
  });

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found = note.trim().length < minimumNoteLength ? { note: t('messaging.channelsPanel.noteRequired', { count: minimumNoteLength }) } : {};
    if (form.check(found)) mutation.mutate();
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('messaging.channelsPanel.formLabel')} className="koers-recording-form">
      <FormProblems summary={form.summary} failure={form.failure} />
      <fieldset className="koers-fieldset">
        <legend className="koers-fieldset__legend">{t('messaging.channelsPanel.consents')}</legend>
        <Checkbox id="channels-sms" label={t('messaging.channelsPanel.smsConsent')} checked={smsConsent} onChange={(event) => { setSmsConsent(event.target.checked); }} />
        <Checkbox id="channels-email" label={t('messaging.channelsPanel.emailConsent')} checked={emailConsent} onChange={(event) => { setEmailConsent(event.target.checked); }} />
        <Checkbox id="channels-push" label={t('messaging.channelsPanel.pushConsent')} checked={pushConsent} onChange={(event) => { setPushConsent(event.target.checked); }} />
      </fieldset>
      <CheckboxGroup
        id={fieldIds.optedOutCategories}
        name="channels-opted-out"
        legend={t('messaging.channelsPanel.optedOut')}
        description={t('messaging.channelsPanel.optedOutDescription')}
        options={optionalCategories.map((category) => ({ value: category, label: t(`messaging.categories.${category}`) }))}
        value={optedOut}
        onChange={setOptedOut}
        error={form.errors.optedOutCategories}
      />
      <Checkbox
        id="channels-click-tracking"
        label={t('messaging.channelsPanel.clickTrackingLabel')}
        description={t('messaging.channelsPanel.clickTrackingDescription')}
        checked={clickTracking}
        onChange={(event) => { setClickTracking(event.target.checked); }}
      />
      <TextArea
        id={fieldIds.note}
        label={t('messaging.channelsPanel.note')}
        description={t('messaging.channelsPanel.noteDescription')}
        value={note}
        onChange={(event) => { setNote(event.target.value); }}
        error={form.errors.note}
        rows={2}
        maxLength={1000}
      />
      <Button type="submit" disabled={mutation.isPending}>
        {t('messaging.channelsPanel.save')}
      </Button>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
