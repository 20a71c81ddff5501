import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { deletePushSubscription, fetchPushKey, pushKeyKey, savePushSubscription } from './client-api';
import { canPush, currentSubscription, subscribe } from './push-subscription';

type State = 'unknown' | 'off' | 'on' | 'denied' | 'failed';

/**
 * Notifications on this phone: offered with a clear button (never asked on load), only where the
 * browser can and the installation has push set up.
 */
export function PushPanel() {
  const { t } = useTranslation();
  const supported = canPush();
  const key = useQuery({ queryKey: pushKeyKey, queryFn: fetchPushKey, enabled: supported, retry: false, staleTime: Infinity });
  const [state, setState] = useState<State>('unknown');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!supported) return;
    void currentSubscription().then((subscription) => {
      setState(subscription !== null ? 'on' : Notification.permission === 'denied' ? 'denied' : 'off');
    });
  }, [supported]);

  if (!supported || key.data === undefined) return null;

  const enable = async () => {
    setBusy(true);
    try {
      const result = await subscribe(key.data.publicKey);
      if (result === 'denied') setState('denied');
      else {
        await savePushSubscription(result);
        setState('on');
      }
    } catch {
      setState('failed');
    } finally {
      setBusy(false);
    }
  };

  const disable = async () => {
    setBusy(true);
    try {
      await (await currentSubscription())?.unsubscribe();
      await deletePushSubscription();
      setState('off');
    } catch {
      setState('failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="koers-client-panel" aria-labelledby="push-title">
      <h2 id="push-title">{t('clientApp.push.title')}</h2>
      <p>{t('clientApp.push.explain')}</p>
      {state === 'on' && <Alert type="success">{t('clientApp.push.on')}</Alert>}
      {state === 'denied' && <Alert type="warning">{t('clientApp.push.denied')}</Alert>}
      {state === 'failed' && <Alert type="error">{t('clientApp.push.failed')}</Alert>}
      {state === 'on' ? (
        <Button variant="secondary" size="large" disabled={busy} onClick={() => void disable()}>
          {t('clientApp.push.disable')}
        </Button>
      ) : (
        <Button size="large" disabled={busy || state === 'denied'} onClick={() => void enable()}>
          {t('clientApp.push.enable')}
        </Button>
      )}
    </section>
  );
}
