import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setProfileValue } from '../../../endpoints/client-records';
import type { ProfileEntry, ProfileValue } from '../../../endpoints/client-types';
import { Button } from '../../../ui/Button';
import { LoadingText } from '../../../ui/LoadingText';
import { useFormErrors } from '../../forms/form-errors';
import { FormProblems } from '../../forms/FormProblems';
import { useRecordingMutation } from '../recording-mutation';
import { ProfileValueInput } from './ProfileValueInput';
import { parseProfileInput, profileInput, type ProfileInput } from './profile-input';

export interface ProfileValueFormProps {
  entry: ProfileEntry;
  label: string;
  /** cleared is true when the value was removed. */
  onSaved: (cleared: boolean) => void;
}

/** Changes or clears one profile value; the old value stays in the history. */
export function ProfileValueForm({ entry, label, onSaved }: ProfileValueFormProps) {
  const { t } = useTranslation();
  const fieldId = `profile-${entry.code}`;
  const [fieldIds] = useState(() => ({ value: fieldId }));
  const [input, setInput] = useState<ProfileInput>(() => profileInput(entry));
  const form = useFormErrors(fieldIds);
  const mutation = useRecordingMutation(
    (clientId: string, value: ProfileValue | null) => setProfileValue(clientId, entry.code, value),
    (_result, value) => { onSaved(value === null); },
  );

  const save = (value: ProfileValue | null): void => {
    if (!mutation.isPending) mutation.mutate(value, { onError: form.fromServer });
  };

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const parsed = parseProfileInput(entry.valueType, input);
    if (!form.check(parsed.error === undefined ? {} : { value: t(parsed.error) })) return;
    save(parsed.value);
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientPage.profile.formLabel', { criterion: label })} className="koers-recording-form">
      <FormProblems summary={form.summary} failure={form.failure} />
      <ProfileValueInput entry={entry} id={fieldId} label={label} input={input} onChange={setInput} error={form.errors.value} />
      <div className="koers-button-group">
        <Button type="submit">{t('clientPage.profile.submit')}</Button>
        {entry.value !== null && (
          <Button variant="secondary" onClick={() => { save(null); }}>
            {t('clientPage.profile.clear')}
          </Button>
        )}
      </div>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
