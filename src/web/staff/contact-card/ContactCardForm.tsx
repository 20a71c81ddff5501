import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../../endpoints/problem';
import { saveContactCard, type ContactCard } from '../../endpoints/self-service';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { LoadingText } from '../../ui/LoadingText';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { useFormErrors } from '../forms/form-errors';
import { FormProblems } from '../forms/FormProblems';
import { contactCardKey, useContactCardQuery } from './contact-card-query';
import { PhotoField } from './PhotoField';
import { problemMessage } from '../../i18n/problem-message';
import './contact-card.css';

type Field = 'phone' | 'availability';

/** The contact card clients see of a staff member: phone, when to reach them, the photo. */
export function ContactCardEditor({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const card = useContactCardQuery(userId);
  if (card.isPending) return <LoadingText />;
  if (card.isError) return <Alert type="error">{problemMessage(card.error, t).message}</Alert>;
  return (
    <div className="koers-contact-card-editor">
      <dl className="koers-contact-card-editor__facts">
        <dt>{t('clientSelfService.staff.contactCard.name')}</dt>
        <dd>{card.data.displayName}</dd>
        <dt>{t('clientSelfService.staff.contactCard.email')}</dt>
        <dd>{card.data.email ?? t('clientSelfService.staff.contactCard.noEmail')}</dd>
      </dl>
      <PhotoField card={card.data} />
      <ContactCardForm key={`${card.data.phone ?? ''}|${card.data.availability ?? ''}`} card={card.data} />
    </div>
  );
}

function ContactCardForm({ card }: { card: ContactCard }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fieldIds = useMemo(() => ({ phone: `contact-card-phone-${card.userId}`, availability: `contact-card-availability-${card.userId}` }), [card.userId]);
  const [phone, setPhone] = useState(card.phone ?? '');
  const [availability, setAvailability] = useState(card.availability ?? '');
  const form = useFormErrors<Field>(fieldIds);
  const mutation = useMutation({
    mutationFn: () => saveContactCard(card.userId, { phone: phone.trim() === '' ? null : phone.trim(), availability: availability.trim() === '' ? null : availability.trim() }),
    onSuccess: (saved) => { queryClient.setQueryData(contactCardKey(card.userId), saved); },
    onError: (error) => {
      // The server's word for a number it cannot read, in the form's own words.
      if (isProblem(error, 400) && error.code === 'invalid-phone') form.check({ phone: t('clientSelfService.staff.contactCard.errors.phone') });
      else form.fromServer(error);
    },
  });

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: Partial<Record<Field, string>> = {};
    if (phone.trim() !== '' && !/^[+0-9][0-9 ()./-]{5,29}$/.test(phone.trim())) found.phone = t('clientSelfService.staff.contactCard.errors.phone');
    if (availability.trim().length > 300) found.availability = t('clientSelfService.staff.contactCard.errors.availabilityTooLong');
    if (form.check(found)) mutation.mutate();
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientSelfService.staff.contactCard.save')}>
      <FormProblems summary={form.summary} failure={form.failure} />
      {mutation.isSuccess && <Alert type="success">{t('clientSelfService.staff.contactCard.saved')}</Alert>}
      <TextField
        id={fieldIds.phone}
        type="tel"
        label={t('clientSelfService.staff.contactCard.phone')}
        description={t('clientSelfService.staff.contactCard.phoneDescription')}
        optional
        autoComplete="tel"
        value={phone}
        onChange={(event) => { setPhone(event.target.value); }}
        error={form.errors.phone}
      />
      <TextArea
        id={fieldIds.availability}
        label={t('clientSelfService.staff.contactCard.availability')}
        description={t('clientSelfService.staff.contactCard.availabilityDescription')}
        optional
        rows={2}
        value={availability}
        onChange={(event) => { setAvailability(event.target.value); }}
        error={form.errors.availability}
      />
      <Button type="submit">{t('clientSelfService.staff.contactCard.save')}</Button>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
