/** Shapes of the Koers API (/api/v1) as the web app uses them. */

export type Role = 'coach' | 'editor' | 'account_manager' | 'manager' | 'admin';

export const allRoles: readonly Role[] = ['coach', 'editor', 'account_manager', 'manager', 'admin'];

export interface OrganisationSummary {
  slug: string;
  name: string;
}

export interface HouseStyle {
  organisationName: string;
  primaryColor: string;
  accentColor: string;
  logoUrl: string | null;
}

export interface HouseStyleUpdate {
  organisationName: string;
  primaryColor: string;
  accentColor: string;
  /** A data URL for a new logo, null to remove it, left out to keep the current one. */
  logo?: string | null;
}

export type SessionStage = 'second-factor' | 'enrolment' | 'active';

export interface TeamSummary {
  id: string;
  name: string;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  teams: TeamSummary[];
}

export interface SessionState {
  stage: SessionStage;
  csrfToken: string;
  expiresAt: string;
  organisation: OrganisationSummary;
  user: SessionUser;
}

export interface SecondFactorEnrolment {
  secret: string;
  otpauthUri: string;
  qrCodeSvg: string;
}

export interface EnrolmentResult {
  recoveryCodes: string[];
  session: SessionState;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  roles: string[];
  teamIds: string[];
  active: boolean;
  locked: boolean;
  lockedUntil: string | null;
  secondFactorEnrolled: boolean;
  lastSignInAt: string | null;
}

export interface NewUser {
  username: string;
  displayName: string;
  email?: string;
  password: string;
  roles: string[];
  teamIds: string[];
}

export interface UserChanges {
  displayName?: string;
  email?: string | null;
  roles?: string[];
  teamIds?: string[];
  active?: boolean;
  locked?: false;
}

export interface Team {
  id: string;
  name: string;
  memberCount: number;
}

export interface AuditEvent {
  id: string;
  occurredAt: string;
  actor: { id: string; displayName: string } | null;
  dataSubject: { type: string; id: string } | null;
  processingActivity: string;
  action: string;
  outcome: 'success' | 'failure';
  traceId: string;
  attributes: Record<string, unknown>;
}

export interface AuditEventFilter {
  actorId?: string;
  dataSubjectId?: string;
  action?: string;
  from?: string;
  to?: string;
}

export interface AuditEventPage {
  events: AuditEvent[];
  nextCursor: string | null;
}

export interface Health {
  status: string;
  database: string;
  version: string;
}
