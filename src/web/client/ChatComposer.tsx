import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { TextArea } from '../ui/TextArea';
import { acceptedAttachmentTypes, attachmentProblem, uploadMyAttachment, type ChatAttachment } from './chat-api';

/** Writing to the coach: the words, a big send button, and a photo or document. */
export function ChatComposer({ disabled, onSend }: { disabled: boolean; onSend: (body: string, attachment?: ChatAttachment) => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [bodyError, setBodyError] = useState<string | undefined>();
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '') {
      setBodyError(t('clientChat.writeFirst'));
      return;
    }
    setBodyError(undefined);
    setFileError(null);
    onSend(body.trim());
    setBody('');
  };

  const attach = async (file: File | undefined) => {
    if (fileInput.current !== null) fileInput.current.value = '';
    if (file === undefined) return;
    const problem = attachmentProblem(file);
    if (problem !== null) {
      setFileError(problem === 'size' ? t('clientChat.tooBig') : t('clientChat.wrongType'));
      return;
    }
    setFileError(null);
    setUploading(true);
    try {
      onSend('', await uploadMyAttachment(file));
    } catch {
      setFileError(t('clientChat.uploadFailed'));
    } finally {
      setUploading(false);
    }
  };

  return (
    <form className="koers-chat-composer" noValidate onSubmit={submit}>
      <TextArea label={t('clientChat.message')} value={body} rows={3} maxLength={4000} error={bodyError} onChange={(event) => { setBody(event.target.value); }} />
      <div className="koers-chat-composer__actions">
        <Button type="submit" size="large" icon="send" disabled={disabled}>
          {t('clientChat.send')}
        </Button>
        <Button variant="secondary" size="large" icon="attach" disabled={disabled || uploading} onClick={() => fileInput.current?.click()}>
          {uploading ? t('clientChat.uploading') : t('clientChat.attach')}
        </Button>
        <input ref={fileInput} type="file" accept={acceptedAttachmentTypes.join(',')} hidden onChange={(event) => void attach(event.target.files?.[0])} />
      </div>
      {fileError !== null && <Alert type="error">{fileError}</Alert>}
    </form>
  );
}
