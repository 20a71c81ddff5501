import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { registerContact } from '../../endpoints/client-records';
import type { CaseloadClient, NewContact } from '../../endpoints/caseload-types';
import { amsterdamLocalNow, amsterdamLocalToMoment } from '../../i18n/amsterdam-time';
import { Button } from '../../ui/Button';
import { LoadingText } from '../../ui/LoadingText';
import { Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import type { FieldErrors } from '../forms/field-errors';
import { useFormErrors } from '../forms/form-errors';
import { FormProblems } from '../forms/FormProblems';
import { contactChannels, isContactChannel, type ContactChannel } from './contact-channels';
import { useClientRecordMutation } from './record-mutation';

const fieldIds = { channel: 'contact-channel', contactedAt: 'contact-when', summary: 'contact-summary' };
type Field = keyof typeof fieldIds;

export interface ContactFormProps {
  client: CaseloadClient;
  onCancel: () => void;
  onRecorded: (message: string) => void;
}

/** How and when the coach was in contact with the client, with a short summary. */
export function ContactForm({ client, onCancel, onRecorded }: ContactFormProps) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<ContactChannel>('conversation');
  const [when, setWhen] = useState(amsterdamLocalNow);
  const [summary, setSummary] = useState('');
  const form = useFormErrors(fieldIds);
  const mutation = useClientRecordMutation((clientId: string, contact: NewContact) => registerContact(clientId, contact), client.id, () => {
    onRecorded(t('caseload.contact.recorded', { name: client.sortName }));
  });

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: FieldErrors<Field> = {};
    const contactedAt = amsterdamLocalToMoment(when);
    if (contactedAt === null) found.contactedAt = t('caseload.contact.errors.whenRequired');
    else if (Date.parse(contactedAt) > Date.now() + 60_000) found.contactedAt = t('caseload.contact.errors.whenInFuture');
    if (!form.check(found) || contactedAt === null) return;
    const contact: NewContact = { channel, contactedAt };
    if (summary.trim() !== '') contact.summary = summary.trim();
    mutation.mutate(contact, { onError: form.fromServer });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('caseload.contact.title')}>
      <FormProblems summary={form.summary} failure={form.failure} />
      <Select id={fieldIds.channel} label={t('caseload.contact.channel')} value={channel} onChange={(event) => { if (isContactChannel(event.target.value)) setChannel(event.target.value); }} error={form.errors.channel}>
        {contactChannels.map((candidate) => (
          <option key={candidate} value={candidate}>
            {t(`caseload.contact.channels.${candidate}`)}
          </option>
        ))}
      </Select>
      <TextField
        id={fieldIds.contactedAt}
        type="datetime-local"
        label={t('caseload.contact.when')}
        description={t('caseload.contact.whenDescription')}
        max={amsterdamLocalNow()}
        value={when}
        onChange={(event) => { setWhen(event.target.value); }}
        error={form.errors.contactedAt}
      />
      <TextArea id={fieldIds.summary} label={t('caseload.contact.summary')} optional rows={3} maxLength={2000} value={summary} onChange={(event) => { setSummary(event.target.value); }} error={form.errors.summary} />
      <div className="koers-button-group">
        <Button type="submit">{t('caseload.contact.submit')}</Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
