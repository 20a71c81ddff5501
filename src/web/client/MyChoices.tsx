import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Checkbox } from '../ui/Checkbox';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { LoadingText } from '../ui/LoadingText';
import { fetchPreferences, preferencesKey, savePreferences, type Preferences, type PreferencesView } from './client-api';
import { PushPanel } from './PushPanel';

type Category = Preferences['optedOutCategories'][number];
const categories: Category[] = ['news', 'vacancy', 'event'];

/** "Mijn keuzes": the client's own channels, the kinds of messages they do not want, and click tracking. */
export function MyChoices() {
  const { t } = useTranslation();
  const preferences = useQuery({ queryKey: preferencesKey, queryFn: fetchPreferences });
  return (
    <>
      <h1>{t('clientApp.preferences.title')}</h1>
      <PushPanel />
      {preferences.isPending && <LoadingText />}
      {preferences.isError && <Alert type="error">{t('clientApp.signIn.errors.generic')}</Alert>}
      {preferences.data !== undefined && <ChoicesForm saved={preferences.data} />}
    </>
  );
}

function ChoicesForm({ saved }: { saved: PreferencesView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [channels, setChannels] = useState<string[]>([]);
  const [unwanted, setUnwanted] = useState<string[]>([]);
  const [clickTracking, setClickTracking] = useState(true);
  useEffect(() => {
    setChannels([saved.smsConsent && 'sms', saved.emailConsent && 'email', saved.pushConsent && 'push'].filter((c): c is string => typeof c === 'string'));
    setUnwanted([...saved.optedOutCategories]);
    setClickTracking(saved.clickTracking);
  }, [saved]);
  const save = useMutation({
    mutationFn: savePreferences,
    onSuccess: (view) => { queryClient.setQueryData(preferencesKey, view); },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      smsConsent: channels.includes('sms'),
      emailConsent: channels.includes('email'),
      pushConsent: channels.includes('push'),
      optedOutCategories: categories.filter((c) => unwanted.includes(c)),
      clickTracking,
    });
  };
  return (
    <form className="koers-client-form" onSubmit={submit}>
      {save.isSuccess && <Alert type="success">{t('clientApp.preferences.saved')}</Alert>}
      {save.isError && <Alert type="error">{t('clientApp.signIn.errors.generic')}</Alert>}
      <CheckboxGroup
        id="channels"
        name="channels"
        legend={t('clientApp.preferences.channels')}
        optional
        options={[
          { value: 'sms', label: t('clientApp.preferences.sms') },
          { value: 'email', label: t('clientApp.preferences.email') },
          { value: 'push', label: t('clientApp.preferences.push') },
        ]}
        value={channels}
        onChange={setChannels}
      />
      <CheckboxGroup
        id="unwanted"
        name="unwanted"
        legend={t('clientApp.preferences.categories')}
        description={t('clientApp.preferences.serviceNote')}
        optional
        options={categories.map((c) => ({ value: c, label: t(`clientApp.preferences.${c}`) }))}
        value={unwanted}
        onChange={setUnwanted}
      />
      <Checkbox label={t('clientApp.preferences.clickTracking')} checked={clickTracking} onChange={(event) => { setClickTracking(event.target.checked); }} />
      <Button type="submit" size="large" icon="check" disabled={save.isPending}>
        {t('clientApp.preferences.save')}
      </Button>
    </form>
  );
}
