import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../endpoints/problem';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { requestCode, signInWithCode, type ClientSession } from './client-api';
import { markSignInReady } from './load-marks';
import { ReadAloudButton } from './ReadAloudButton';

type Step = { kind: 'address' } | { kind: 'code'; address: string; channel: 'sms' | 'email' };

function errorKey(error: unknown): 'invalidAddress' | 'codeInvalid' | 'tooMany' | 'generic' {
  if (isProblem(error, 429)) return 'tooMany';
  if (isProblem(error) && error.code === 'invalid-address') return 'invalidAddress';
  if (isProblem(error) && error.code === 'code-invalid') return 'codeInvalid';
  return 'generic';
}

/**
 * Signing in: the client gives their mobile number or email address, gets a one-time code and
 * types it in. The first answer never says whether the number is known.
 */
export function SignIn({ organisation, onSignedIn }: { organisation: string; onSignedIn: (session: ClientSession) => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'address' });
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const codeHeading = useRef<HTMLHeadingElement>(null);
  useEffect(markSignInReady, []);

  const askCode = async (event?: FormEvent) => {
    event?.preventDefault();
    if (address.trim().length < 3) {
      setError(t('clientApp.signIn.errors.invalidAddress'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const sent = await requestCode(organisation, address.trim());
      setCode('');
      setStep({ kind: 'code', address: address.trim(), channel: sent.channel });
      requestAnimationFrame(() => codeHeading.current?.focus());
    } catch (caught) {
      setError(t(`clientApp.signIn.errors.${errorKey(caught)}`));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    if (step.kind !== 'code') return;
    if (!/^\d{6}$/.test(code.trim())) {
      setError(t('clientApp.signIn.errors.codeFormat'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signInWithCode(organisation, step.address, code.trim()));
    } catch (caught) {
      setError(t(`clientApp.signIn.errors.${errorKey(caught)}`));
      setBusy(false);
    }
  };

  if (step.kind === 'address') {
    const intro = t('clientApp.signIn.intro');
    return (
      <form className="koers-client-form" onSubmit={(event) => void askCode(event)} noValidate>
        <h1>{t('clientApp.signIn.title')}</h1>
        <p className="koers-client-lead">{intro}</p>
        <ReadAloudButton text={intro} />
        {error !== null && <Alert type="error">{error}</Alert>}
        <TextField
          label={t('clientApp.signIn.address')}
          description={t('clientApp.signIn.addressHint')}
          name="address"
          autoComplete="tel"
          inputMode="email"
          dir="ltr"
          value={address}
          onChange={(event) => { setAddress(event.target.value); }}
        />
        <Button type="submit" size="large" icon="mail" disabled={busy}>
          {t('clientApp.signIn.send')}
        </Button>
      </form>
    );
  }

  const sent = t(step.channel === 'sms' ? 'clientApp.signIn.codeSentSms' : 'clientApp.signIn.codeSentEmail');
  return (
    <form className="koers-client-form" onSubmit={(event) => void confirm(event)} noValidate>
      <h1 ref={codeHeading} tabIndex={-1}>
        {t('clientApp.signIn.codeTitle')}
      </h1>
      <p className="koers-client-lead">{sent}</p>
      <p>{t('clientApp.signIn.codeValid')}</p>
      <ReadAloudButton text={`${sent} ${t('clientApp.signIn.codeValid')}`} />
      {error !== null && <Alert type="error">{error}</Alert>}
      <TextField
        label={t('clientApp.signIn.code')}
        name="code"
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={6}
        dir="ltr"
        value={code}
        onChange={(event) => { setCode(event.target.value.replace(/\D/g, '')); }}
      />
      <Button type="submit" size="large" icon="lock" disabled={busy}>
        {t('clientApp.signIn.confirm')}
      </Button>
      <div className="koers-client-form__more">
        <Button variant="secondary" disabled={busy} onClick={() => void askCode()}>
          {t('clientApp.signIn.newCode')}
        </Button>
        <Button
          variant="subtle"
          onClick={() => {
            setError(null);
            setStep({ kind: 'address' });
          }}
        >
          {t('clientApp.signIn.otherAddress')}
        </Button>
      </div>
    </form>
  );
}
