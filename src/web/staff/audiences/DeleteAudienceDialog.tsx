import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { NoticeState } from '../pages/notice';
import { useDeleteAudienceMutation } from './audience-queries';

/** "Doelgroep verwijderen?": on yes the audience goes and the list shows that it went. */
export function DeleteAudienceDialog({ audience, open, onClose, onError }: { audience: { id: string; name: string }; open: boolean; onClose: () => void; onError: (error: unknown) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteAudienceMutation();
  return (
    <ConfirmDialog
      open={open}
      title={t('audiences.builder.confirmDelete', { name: audience.name })}
      confirmLabel={t('audiences.builder.confirmDeleteButton')}
      cancelLabel={t('common.cancel')}
      destructive
      onCancel={onClose}
      onConfirm={() => {
        onClose();
        remove.mutate(audience.id, {
          onSuccess: () => {
            const state: NoticeState = { notice: t('audiences.deleted', { name: audience.name }) };
            void navigate('/audiences', { state });
          },
          onError,
        });
      }}
    >
      <p>{t('audiences.builder.confirmDeleteText')}</p>
    </ConfirmDialog>
  );
}
