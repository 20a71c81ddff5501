import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { signOut } from '../../endpoints/session';
import { Button } from '../../ui/Button';

/** Stops a sign-in halfway (ending the half-made session) and starts again. */
export function CancelSignIn({ onCancelled }: { onCancelled: () => void }) {
  const { t } = useTranslation();
  const mutation = useMutation({ mutationFn: signOut, onSettled: onCancelled });
  return (
    <p className="koers-sign-in__cancel">
      <Button variant="subtle" onClick={() => { mutation.mutate(); }}>
        {t('signIn.startAgain')}
      </Button>
    </p>
  );
}
