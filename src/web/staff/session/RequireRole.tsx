import { Outlet } from 'react-router';
import { hasRole, useActiveSession } from './ActiveSession';
import { ForbiddenPage } from '../pages/ForbiddenPage';

/** Routes for one role. The server checks every call as well; this only keeps the UI honest. */
export function RequireRole({ role }: { role: string }) {
  const session = useActiveSession();
  return hasRole(session, role) ? <Outlet /> : <ForbiddenPage />;
}
