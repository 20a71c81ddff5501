import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../ui/Alert';
import { Button, buttonClassName } from '../../ui/Button';
import { Heading, PageHeading } from '../../ui/Heading';
import { LiveMessage } from '../../ui/LiveMessage';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { useDocumentTitle } from '../pages/document-title';
import { useNotice, type NoticeState } from '../pages/notice';
import { newMessagePath, type Audience, type AudienceSaved } from './audience-api';
import { audienceProblem } from './audience-problem';
import { DeleteAudienceDialog } from './DeleteAudienceDialog';
import {
  useAddStaticMembersMutation,
  useChangeAudienceMutation,
  useCreateAudienceMutation,
  useRemoveStaticMemberMutation,
} from './audience-queries';
import { ClientNumbersForm } from './ClientNumbersForm';
import { ClientPicker } from './ClientPicker';
import { MemberList } from './MemberList';

/** The words for numbers that are no client, shown after an upload. */
function useUnknownText() {
  const { t } = useTranslation();
  return (saved: AudienceSaved): string | null =>
    saved.unknownClientNumbers.length === 0
      ? null
      : t('audiences.static.unknown', { count: saved.unknownClientNumbers.length, numbers: saved.unknownClientNumbers.slice(0, 50).join(', ') });
}

/** A new static list: a name, and (optionally) client numbers to start with. */
export function NewStaticAudiencePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('audiences.static.newTitle'));
  const navigate = useNavigate();
  const create = useCreateAudienceMutation();
  const unknownText = useUnknownText();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const save = (clientNumbers: string[]) => {
    if (name.trim() === '') {
      setNameError(t('audiences.builder.nameRequired'));
      document.getElementById('audience-name')?.focus();
      return;
    }
    setNameError(null);
    create.mutate(
      { kind: 'static', name: name.trim(), ...(clientNumbers.length > 0 ? { clientNumbers } : {}) },
      {
        onSuccess: (saved) => {
          const unknown = unknownText(saved);
          const state: NoticeState = { notice: [t('audiences.saved', { name: name.trim(), count: saved.memberCount }), unknown].filter(Boolean).join(' ') };
          void navigate(`/audiences/${encodeURIComponent(saved.id)}`, { state, replace: true });
        },
        onError: (error) => { setFailure(audienceProblem(error, t)); },
      },
    );
  };
  return (
    <>
      <PageHeading>{t('audiences.static.newTitle')}</PageHeading>
      <p>
        <Link to="/audiences">{t('audiences.builder.backToList')}</Link>
      </p>
      <p className="koers-lead">{t('audiences.static.intro')}</p>
      {failure !== null && <Alert type="error" title={failure} />}
      <ClientNumbersForm
        idPrefix="audience-new"
        busy={create.isPending}
        submitLabel={t('audiences.static.create')}
        before={<TextField id="audience-name" label={t('audiences.fields.name')} value={name} maxLength={200} error={nameError} onChange={(event) => { setName(event.target.value); }} />}
        onSubmit={save}
      />
    </>
  );
}

/** A saved static list: its name, adding by search or by numbers, the members, remove, send. */
export function StaticAudiencePage({ audience }: { audience: Audience }) {
  const { t } = useTranslation();
  useDocumentTitle(t('audiences.static.editTitle', { name: audience.name }));
  const notice = useNotice();
  const unknownText = useUnknownText();
  const change = useChangeAudienceMutation(audience.id);
  const add = useAddStaticMembersMutation(audience.id);
  const remove = useRemoveStaticMemberMutation(audience.id);
  const [name, setName] = useState(audience.name);
  const [description, setDescription] = useState(audience.description ?? '');
  const [message, setMessage] = useState<string | null>(notice ?? null);
  const [warning, setWarning] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const onError = (error: unknown) => { setFailure(audienceProblem(error, t)); };

  const rename = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    change.mutate(
      { name: name.trim(), description: description.trim() === '' ? null : description.trim() },
      { onSuccess: (saved) => { setMessage(t('audiences.saved', { name: name.trim(), count: saved.memberCount })); }, onError },
    );
  };
  const addMembers = (addition: { clientIds?: string[]; clientNumbers?: string[] }, count: number) => {
    setFailure(null);
    setWarning(null);
    add.mutate(addition, {
      onSuccess: (saved) => {
        setMessage(t('audiences.static.added', { count: count - saved.unknownClientNumbers.length }));
        setWarning(unknownText(saved));
      },
      onError,
    });
  };

  return (
    <>
      <PageHeading>{t('audiences.static.editTitle', { name: audience.name })}</PageHeading>
      <p>
        <Link to="/audiences">{t('audiences.builder.backToList')}</Link>
      </p>
      <LiveMessage message={message} />
      {warning !== null && <Alert type="warning">{warning}</Alert>}
      {failure !== null && <Alert type="error" title={failure} />}
      {audience.referencedBy.length > 0 && <Alert type="info">{t('audiences.builder.usedBy', { names: audience.referencedBy.map((a) => a.name).join(', ') })}</Alert>}
      <div className="koers-audience-actions">
        <Link className={buttonClassName('primary')} to={newMessagePath(audience.id)}>
          {t('audiences.sendMessage')}
        </Link>
        <Button variant="danger" onClick={() => { setConfirmingDelete(true); }}>
          {t('audiences.builder.delete')}
        </Button>
      </div>
      <form noValidate onSubmit={rename} aria-label={t('audiences.static.saveName')}>
        <TextField id="audience-name" label={t('audiences.fields.name')} value={name} maxLength={200} onChange={(event) => { setName(event.target.value); }} />
        <TextArea id="audience-description" label={t('audiences.fields.description')} optional rows={2} maxLength={1000} value={description} onChange={(event) => { setDescription(event.target.value); }} />
        <Button type="submit" variant="secondary" disabled={change.isPending || name.trim() === ''}>
          {t('audiences.static.saveName')}
        </Button>
      </form>
      <section aria-labelledby="audience-add-title" className="koers-audience-add-members">
        <Heading level={2} id="audience-add-title">
          {t('audiences.static.add')}
        </Heading>
        <ClientPicker busy={add.isPending} onPick={(client) => { addMembers({ clientIds: [client.id] }, 1); }} />
        <ClientNumbersForm idPrefix="audience-add" busy={add.isPending} submitLabel={t('audiences.static.addNumbers')} onSubmit={(numbers) => { addMembers({ clientNumbers: numbers }, numbers.length); }} />
      </section>
      <MemberList
        audienceId={audience.id}
        busy={remove.isPending}
        onRemove={(member) => {
          remove.mutate(member.id, { onSuccess: () => { setMessage(t('audiences.static.removed', { name: member.name })); }, onError });
        }}
      />
      <DeleteAudienceDialog audience={audience} open={confirmingDelete} onClose={() => { setConfirmingDelete(false); }} onError={onError} />
    </>
  );
}
