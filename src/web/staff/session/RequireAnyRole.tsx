import { Outlet } from 'react-router';
import { ForbiddenPage } from '../pages/ForbiddenPage';
import { hasRole, useActiveSession } from './ActiveSession';

/** Routes for any of several roles. The server checks every call as well. */
export function RequireAnyRole({ roles }: { roles: readonly string[] }) {
  const session = useActiveSession();
  return roles.some((role) => hasRole(session, role)) ? <Outlet /> : <ForbiddenPage />;
}
