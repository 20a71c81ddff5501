import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../../endpoints/problem';
import { problemMessage } from '../../i18n/problem-message';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { FormProblems } from '../forms/FormProblems';
import { summaryItems, type FieldErrors } from '../forms/field-errors';
import { translatedFieldErrors } from '../forms/server-field-errors';
import { createQuickReply, updateQuickReply, type QuickReply, type QuickReplyInput } from './chat-api';
import { quickRepliesKey } from './chat-queries';

const fieldIds = { label: 'quick-reply-label', body: 'quick-reply-body', position: 'quick-reply-position' };
type Field = keyof typeof fieldIds;

/** Adding a quick reply, or changing one (`editing`). */
export function QuickReplyForm({ editing, onDone }: { editing: QuickReply | null; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [label, setLabel] = useState(editing?.label ?? '');
  const [body, setBody] = useState(editing?.body ?? '');
  const [position, setPosition] = useState(String(editing?.position ?? 0));
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const summary = useMemo(() => summaryItems(errors, fieldIds), [errors]);

  const mutation = useMutation({
    mutationFn: (input: QuickReplyInput) => (editing === null ? createQuickReply(input) : updateQuickReply(editing.id, input)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: quickRepliesKey });
      if (editing === null) {
        setLabel('');
        setBody('');
        setPosition('0');
      }
      onDone(t(editing === null ? 'chat.quickReplies.created' : 'chat.quickReplies.saved', { label: saved.label }));
    },
    onError: (error) => {
      if (isProblem(error, 409)) {
        setErrors({ label: t('chat.quickReplies.labelTaken') });
        return;
      }
      const { fields, other } = translatedFieldErrors(error, fieldIds, t);
      setErrors(fields);
      setFailure(other);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setFailure(null);
    const found: FieldErrors<Field> = {};
    if (label.trim() === '') found.label = t('fieldErrors.required');
    if (body.trim() === '') found.body = t('fieldErrors.required');
    const order = Number(position === '' ? '0' : position);
    if (!Number.isInteger(order) || order < 0 || order > 1000) found.position = t('fieldErrors.number');
    setErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate({ label: label.trim(), body: body.trim(), position: order });
  };

  const title = editing === null ? t('chat.quickReplies.add') : t('chat.quickReplies.editTitle', { label: editing.label });
  return (
    <section aria-labelledby="quick-reply-form-title">
      <Heading level={2} id="quick-reply-form-title">
        {title}
      </Heading>
      <form noValidate onSubmit={submit} aria-labelledby="quick-reply-form-title" className="koers-quick-reply-form">
        <FormProblems summary={summary} failure={failure ?? (mutation.isError && !isProblem(mutation.error) ? problemMessage(mutation.error, t).message : null)} />
        <TextField id={fieldIds.label} label={t('chat.quickReplies.label')} description={t('chat.quickReplies.labelHint')} maxLength={60} value={label} error={errors.label} onChange={(event) => { setLabel(event.target.value); }} />
        <TextArea id={fieldIds.body} label={t('chat.quickReplies.body')} maxLength={1000} rows={3} value={body} error={errors.body} onChange={(event) => { setBody(event.target.value); }} />
        <TextField id={fieldIds.position} type="number" inputMode="numeric" min={0} max={1000} label={t('chat.quickReplies.position')} description={t('chat.quickReplies.positionHint')} value={position} error={errors.position} onChange={(event) => { setPosition(event.target.value); }} />
        <div className="koers-button-group">
          <Button type="submit" icon={editing === null ? 'plus' : 'check'} disabled={mutation.isPending}>
            {editing === null ? t('chat.quickReplies.create') : t('chat.quickReplies.save')}
          </Button>
          {editing !== null && (
            <Button variant="secondary" onClick={() => { onDone(''); }}>
              {t('common.cancel')}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
