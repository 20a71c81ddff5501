import type { SessionState } from '../../endpoints/types';
import { hasRole } from '../session/ActiveSession';

/** Roles that see "Berichten": templates, sends and their reports. The server checks every call. */
export const messagingRoles = ['coach', 'editor', 'manager', 'admin'] as const;

/** Roles that write and change templates; coaches and managers read them. */
export const templateEditorRoles = ['editor', 'admin'] as const;

/** Roles that send messages. */
export const senderRoles = ['coach', 'editor', 'admin'] as const;

export const hasAnyRole = (session: SessionState, roles: readonly string[]): boolean => roles.some((role) => hasRole(session, role));
