import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addNote } from '../../../endpoints/client-records';
import { Button } from '../../../ui/Button';
import { LoadingText } from '../../../ui/LoadingText';
import { TextArea } from '../../../ui/TextArea';
import { useFormErrors } from '../../forms/form-errors';
import { FormProblems } from '../../forms/FormProblems';
import { useRecordingMutation } from '../recording-mutation';

const fieldIds = { body: 'new-note-body' };

/** A note about the client; it appears in the notes and the timeline. */
export function NewNoteForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const form = useFormErrors(fieldIds);
  const mutation = useRecordingMutation(addNote, () => {
    setBody('');
    onAdded();
  });

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!form.check(body.trim() === '' ? { body: t('clientPage.notes.errors.bodyRequired') } : {})) return;
    mutation.mutate(body.trim(), { onError: form.fromServer });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientPage.notes.formLabel')} className="koers-recording-form">
      <FormProblems summary={form.summary} failure={form.failure} />
      <TextArea
        id={fieldIds.body}
        label={t('clientPage.notes.body')}
        value={body}
        onChange={(event) => { setBody(event.target.value); }}
        error={form.errors.body}
        rows={3}
        maxLength={10_000}
      />
      <Button type="submit" icon="plus">
        {t('clientPage.notes.submit')}
      </Button>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
