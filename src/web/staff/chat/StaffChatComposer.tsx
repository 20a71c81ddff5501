import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptedAttachmentTypes, attachmentProblem, type ChatAttachment } from '../../client/chat-api';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextArea } from '../../ui/TextArea';
import { uploadChatAttachment } from './chat-api';
import { useQuickReplies } from './chat-queries';

const textareaId = 'chat-composer';

/** Answering: the words (Enter sends, Shift+Enter a new line), the organisation's quick replies, and a file. */
export function StaffChatComposer({ clientId, disabled, onSend }: { clientId: string; disabled: boolean; onSend: (body: string, attachment?: ChatAttachment) => void }) {
  const { t } = useTranslation();
  const quickReplies = useQuickReplies();
  const [body, setBody] = useState('');
  const [bodyError, setBodyError] = useState<string | undefined>();
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const send = () => {
    if (disabled) return;
    if (body.trim() === '') {
      setBodyError(t('chat.composer.writeFirst'));
      return;
    }
    setBodyError(undefined);
    setFileError(null);
    onSend(body.trim());
    setBody('');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };

  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  const fill = (text: string) => {
    setBody(text);
    setBodyError(undefined);
    document.getElementById(textareaId)?.focus();
  };

  const attach = async (file: File | undefined) => {
    if (fileInput.current !== null) fileInput.current.value = '';
    if (file === undefined) return;
    const problem = attachmentProblem(file);
    if (problem !== null) {
      setFileError(problem === 'size' ? t('chat.composer.tooBig') : t('chat.composer.wrongType'));
      return;
    }
    setFileError(null);
    setUploading(true);
    try {
      onSend('', await uploadChatAttachment(clientId, file));
    } catch {
      setFileError(t('chat.composer.uploadFailed'));
    } finally {
      setUploading(false);
    }
  };

  return (
    <form className="koers-chat-composer" noValidate onSubmit={submit}>
      {quickReplies.data !== undefined && quickReplies.data.length > 0 && (
        <div className="koers-chat-composer__quick" role="group" aria-label={t('chat.composer.quickReplies')}>
          {quickReplies.data.map((reply) => (
            <Button key={reply.id} variant="secondary" onClick={() => { fill(reply.body); }}>
              {reply.label}
            </Button>
          ))}
        </div>
      )}
      <TextArea
        id={textareaId}
        label={t('chat.composer.label')}
        description={t('chat.composer.hint')}
        value={body}
        rows={3}
        maxLength={4000}
        error={bodyError}
        onChange={(event) => { setBody(event.target.value); }}
        onKeyDown={keyDown}
      />
      <div className="koers-chat-composer__actions">
        <Button type="submit" icon="send" disabled={disabled}>
          {t('chat.composer.send')}
        </Button>
        <Button variant="secondary" icon="attach" disabled={disabled || uploading} onClick={() => fileInput.current?.click()}>
          {uploading ? t('chat.composer.uploading') : t('chat.composer.attach')}
        </Button>
        <input ref={fileInput} type="file" accept={acceptedAttachmentTypes.join(',')} hidden onChange={(event) => void attach(event.target.files?.[0])} />
      </div>
      {fileError !== null && <Alert type="error">{fileError}</Alert>}
    </form>
  );
}
