import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PageHeading } from '../../ui/Heading';
import { LiveMessage } from '../../ui/LiveMessage';
import { LoadingText } from '../../ui/LoadingText';
import { Table } from '../../ui/Table';
import { useDocumentTitle } from '../pages/document-title';
import { deleteQuickReply, type QuickReply } from './chat-api';
import { quickRepliesKey, useQuickReplies } from './chat-queries';
import { QuickReplyForm } from './QuickReplyForm';
import './chat.css';

/** For admins: the organisation's quick replies, which every coach can put in a chat with one click. */
export function QuickRepliesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('chat.quickReplies.title'));
  const queryClient = useQueryClient();
  const quickReplies = useQuickReplies();
  const [editing, setEditing] = useState<QuickReply | null>(null);
  const [deleting, setDeleting] = useState<QuickReply | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (reply: QuickReply) => deleteQuickReply(reply.id),
    onSuccess: async (_, reply) => {
      setNotice(t('chat.quickReplies.deleted', { label: reply.label }));
      if (editing?.id === reply.id) setEditing(null);
      await queryClient.invalidateQueries({ queryKey: quickRepliesKey });
    },
  });

  return (
    <>
      <PageHeading>{t('chat.quickReplies.title')}</PageHeading>
      <p className="koers-lead">{t('chat.quickReplies.intro')}</p>
      <LiveMessage message={notice} />
      {remove.isError && <Alert type="error">{problemMessage(remove.error, t).message}</Alert>}
      {quickReplies.isPending && <LoadingText />}
      {quickReplies.isError && <Alert type="error" title={t('chat.quickReplies.loadError')}>{problemMessage(quickReplies.error, t).message}</Alert>}
      {quickReplies.data?.length === 0 && <p>{t('chat.quickReplies.none')}</p>}
      {quickReplies.data !== undefined && quickReplies.data.length > 0 && (
        <Table caption={t('chat.quickReplies.caption')} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t('chat.quickReplies.label')}</th>
              <th scope="col">{t('chat.quickReplies.body')}</th>
              <th scope="col">{t('chat.quickReplies.position')}</th>
              <th scope="col">{t('chat.quickReplies.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {quickReplies.data.map((reply) => (
              <tr key={reply.id}>
                <th scope="row">{reply.label}</th>
                <td className="koers-quick-reply-body">{reply.body}</td>
                <td>{reply.position}</td>
                <td>
                  <div className="koers-button-group">
                    <Button variant="secondary" icon="edit" aria-label={t('chat.quickReplies.editTitle', { label: reply.label })} onClick={() => { setNotice(null); setEditing(reply); }}>
                      {t('chat.quickReplies.edit')}
                    </Button>
                    <Button variant="danger" aria-label={t('chat.quickReplies.deleteTitle', { label: reply.label })} onClick={() => { setDeleting(reply); }}>
                      {t('chat.quickReplies.delete')}
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <QuickReplyForm
        key={editing?.id ?? 'new'}
        editing={editing}
        onDone={(message) => {
          setEditing(null);
          setNotice(message === '' ? null : message);
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={t('chat.quickReplies.deleteTitle', { label: deleting?.label ?? '' })}
        confirmLabel={t('chat.quickReplies.delete')}
        cancelLabel={t('common.cancel')}
        destructive
        onConfirm={() => {
          if (deleting !== null) remove.mutate(deleting);
          setDeleting(null);
        }}
        onCancel={() => { setDeleting(null); }}
      >
        <p>{t('chat.quickReplies.deleteText')}</p>
      </ConfirmDialog>
    </>
  );
}
