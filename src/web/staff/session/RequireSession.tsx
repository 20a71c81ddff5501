import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { LoadingText } from '../../ui/LoadingText';
import { PageLayout } from '../../ui/PageLayout';
import { SiteHeader } from '../../ui/SiteHeader';
import { problemMessage } from '../../i18n/problem-message';
import { ActiveSessionProvider } from './ActiveSession';
import { useSessionQuery } from './session-query';

export interface SignInLocationState {
  /** Where to go after signing in. */
  from?: string;
  /** Who was signed in there, when known: only they are taken back to it. */
  userId?: string | null;
}

/** Where to go after signing in as the given user. */
export function returnPath(state: SignInLocationState | null, userId: string): string {
  if (state?.from === undefined || state.from === '/sign-in') return '/';
  const sameUser = state.userId === undefined || state.userId === null || state.userId === userId;
  return sameUser ? state.from : '/';
}

/** Shows its children only to a fully signed-in staff member; everyone else goes to sign-in. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSessionQuery();
  const lastUserId = useRef<string | null>(null);
  const activeUserId = session.data?.stage === 'active' ? session.data.user.id : null;
  useEffect(() => {
    if (activeUserId !== null) lastUserId.current = activeUserId;
  }, [activeUserId]);

  if (session.isPending || session.isError) {
    return (
      <PageLayout header={<SiteHeader brand={<span className="koers-brand__name">Koers</span>} />} narrow>
        {session.isError ? (
          <Alert type="error" title={problemMessage(session.error, t).message}>
            <Button variant="secondary" onClick={() => void session.refetch()}>
              {t('common.retry')}
            </Button>
          </Alert>
        ) : (
          <LoadingText />
        )}
      </PageLayout>
    );
  }
  if (session.data === null || session.data.stage !== 'active') {
    const state: SignInLocationState = { from: `${location.pathname}${location.search}`, userId: lastUserId.current };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return <ActiveSessionProvider session={session.data}>{children}</ActiveSessionProvider>;
}
