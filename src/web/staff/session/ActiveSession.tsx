import { createContext, useContext, type ReactNode } from 'react';
import type { SessionState } from '../../endpoints/types';

const ActiveSessionContext = createContext<SessionState | null>(null);

export function ActiveSessionProvider({ session, children }: { session: SessionState; children: ReactNode }) {
  return <ActiveSessionContext.Provider value={session}>{children}</ActiveSessionContext.Provider>;
}

/** The signed-in staff member's session; only inside RequireSession. */
export function useActiveSession(): SessionState {
  const session = useContext(ActiveSessionContext);
  if (session === null) throw new Error('useActiveSession is used outside RequireSession');
  return session;
}

export function hasRole(session: SessionState, role: string): boolean {
  return session.user.roles.includes(role);
}
