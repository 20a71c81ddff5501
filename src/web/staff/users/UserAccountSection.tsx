import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User, UserChanges } from '../../endpoints/types';
import { resetSecondFactor, updateUser } from '../../endpoints/users';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Heading } from '../../ui/Heading';
import { useActiveSession } from '../session/ActiveSession';
import { LastSignIn, SecondFactorStatus, UserStatus } from './UserStatus';
import { usersQueryKey } from './user-queries';

type AccountAction = 'deactivate' | 'reactivate' | 'unlock' | 'reset-second-factor';

/** Actions that need a yes before they happen. */
const confirmedActions: ReadonlySet<AccountAction> = new Set(['deactivate', 'reset-second-factor']);

function perform(user: User, action: AccountAction): Promise<unknown> {
  const changes: Record<Exclude<AccountAction, 'reset-second-factor'>, UserChanges> = {
    deactivate: { active: false },
    reactivate: { active: true },
    unlock: { locked: false },
  };
  return action === 'reset-second-factor' ? resetSecondFactor(user.id) : updateUser(user.id, changes[action]);
}

/** The account's state and what an administrator can do with it. */
export function UserAccountSection({ user }: { user: User }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<AccountAction | null>(null);
  const isSelf = session.user.id === user.id;

  const mutation = useMutation({
    mutationFn: (action: AccountAction) => perform(user, action),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: usersQueryKey });
      document.getElementById('user-account-title')?.focus();
    },
  });

  const start = (action: AccountAction): void => {
    if (confirmedActions.has(action)) setConfirming(action);
    else mutation.mutate(action);
  };

  const confirm = (): void => {
    if (confirming === null || mutation.isPending) return;
    mutation.mutate(confirming);
    setConfirming(null);
  };

  return (
    <section aria-labelledby="user-account-title">
      <Heading level={2} id="user-account-title" tabIndex={-1}>
        {t('users.account.title')}
      </Heading>
      {mutation.isError && <Alert type="error">{problemMessage(mutation.error, t).message}</Alert>}
      {mutation.isSuccess && <Alert type="success">{t(`users.account.done.${mutation.variables}`)}</Alert>}
      <dl className="koers-details">
        <dt>{t('users.columns.username')}</dt>
        <dd>{user.username}</dd>
        <dt>{t('users.columns.status')}</dt>
        <dd>
          <UserStatus user={user} />
        </dd>
        <dt>{t('users.columns.secondFactor')}</dt>
        <dd>
          <SecondFactorStatus user={user} />
        </dd>
        <dt>{t('users.columns.lastSignIn')}</dt>
        <dd>
          <LastSignIn user={user} />
        </dd>
      </dl>
      {isSelf && <p>{t('users.account.self')}</p>}
      <div className="koers-button-group">
        {user.locked && (
          <Button variant="secondary" icon="lock" onClick={() => { start('unlock'); }}>
            {t('users.account.unlock')}
          </Button>
        )}
        {user.secondFactorEnrolled && (
          <Button variant="secondary" onClick={() => { start('reset-second-factor'); }}>
            {t('users.account.resetSecondFactor')}
          </Button>
        )}
        {user.active && !isSelf && (
          <Button variant="danger" onClick={() => { start('deactivate'); }}>
            {t('users.account.deactivate')}
          </Button>
        )}
        {!user.active && (
          <Button variant="secondary" onClick={() => { start('reactivate'); }}>
            {t('users.account.reactivate')}
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirming === 'deactivate'}
        title={t('users.account.confirmDeactivate.title', { name: user.displayName })}
        confirmLabel={t('users.account.confirmDeactivate.confirm')}
        cancelLabel={t('common.cancel')}
        destructive
        onConfirm={confirm}
        onCancel={() => { setConfirming(null); }}
      >
        <p>{t('users.account.confirmDeactivate.text')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'reset-second-factor'}
        title={t('users.account.confirmReset.title', { name: user.displayName })}
        confirmLabel={t('users.account.confirmReset.confirm')}
        cancelLabel={t('common.cancel')}
        destructive
        onConfirm={confirm}
        onCancel={() => { setConfirming(null); }}
      >
        <p>{t('users.account.confirmReset.text')}</p>
      </ConfirmDialog>
    </section>
  );
}
