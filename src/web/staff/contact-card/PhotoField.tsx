import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removePhoto, savePhoto, type ContactCard } from '../../endpoints/self-service';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { LoadingText } from '../../ui/LoadingText';
import { TextField } from '../../ui/TextField';
import { contactCardKey } from './contact-card-query';
import { PhotoFileError, photoTypes, readPhotoFile } from './photo-file';

/** The photo on a contact card: shown, replaced as soon as a file is chosen, or removed. */
export function PhotoField({ card }: { card: ContactCard }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const saved = async (message: string) => {
    setNotice(message);
    setInputKey((key) => key + 1);
    await queryClient.invalidateQueries({ queryKey: contactCardKey(card.userId) });
  };
  const upload = useMutation({ mutationFn: (photo: string) => savePhoto(card.userId, photo), onSuccess: () => saved(t('clientSelfService.staff.contactCard.photoSaved')) });
  const remove = useMutation({ mutationFn: () => removePhoto(card.userId), onSuccess: () => saved(t('clientSelfService.staff.contactCard.photoRemoved')) });
  const failed = upload.error ?? remove.error;

  const choose = (file: File | undefined): void => {
    setFileError(undefined);
    setNotice(null);
    if (file === undefined) return;
    readPhotoFile(file).then(
      (dataUrl) => { upload.mutate(dataUrl); },
      (reason: unknown) => {
        setFileError(t(`clientSelfService.staff.contactCard.errors.${reason instanceof PhotoFileError ? reason.problem : 'photoUnreadable'}`));
        setInputKey((key) => key + 1);
      },
    );
  };

  return (
    <div className="koers-contact-card-photo">
      {card.photoUrl === null ? (
        <p>{t('clientSelfService.staff.contactCard.noPhoto')}</p>
      ) : (
        <img src={card.photoUrl} alt={t('clientSelfService.staff.contactCard.photoAlt', { name: card.displayName })} width={96} height={96} className="koers-contact-card-photo__image" />
      )}
      {notice !== null && <Alert type="success">{notice}</Alert>}
      {failed !== null && <Alert type="error">{problemMessage(failed, t).message}</Alert>}
      <TextField
        key={inputKey}
        id={`contact-card-photo-${card.userId}`}
        type="file"
        label={t('clientSelfService.staff.contactCard.photo')}
        description={t('clientSelfService.staff.contactCard.photoDescription')}
        optional
        accept={photoTypes.join(',')}
        onChange={(event) => { choose(event.target.files?.[0]); }}
        error={fileError}
        disabled={upload.isPending}
      />
      {card.photoUrl !== null && (
        <Button variant="secondary" onClick={() => { setNotice(null); remove.mutate(); }} disabled={remove.isPending}>
          {t('clientSelfService.staff.contactCard.removePhoto')}
        </Button>
      )}
      {(upload.isPending || remove.isPending) && <LoadingText label={t('common.saving')} />}
    </div>
  );
}
