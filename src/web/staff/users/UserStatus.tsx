import { useTranslation } from 'react-i18next';
import type { User } from '../../endpoints/types';
import { formatDateTime } from '../../i18n/format';

/** Whether an account can be used, said in words: active or not, and blocked until when. */
export function UserStatus({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {user.active ? t('users.status.active') : t('users.status.inactive')}
      {user.locked && (
        <>
          <br />
          {user.lockedUntil === null
            ? t('users.status.locked')
            : t('users.status.lockedUntil', { time: formatDateTime(user.lockedUntil, i18n.language) })}
        </>
      )}
    </>
  );
}

export function SecondFactorStatus({ user }: { user: User }) {
  const { t } = useTranslation();
  return <>{user.secondFactorEnrolled ? t('users.secondFactor.enrolled') : t('users.secondFactor.notEnrolled')}</>;
}

export function LastSignIn({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  return <>{user.lastSignInAt === null ? t('users.neverSignedIn') : formatDateTime(user.lastSignInAt, i18n.language)}</>;
}
