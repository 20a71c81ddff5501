import { isProblem } from './problem';
import { apiRequest, setCsrfToken } from './request';
import type { EnrolmentResult, SecondFactorEnrolment, SessionState } from './types';

function remember(session: SessionState): SessionState {
  setCsrfToken(session.csrfToken);
  return session;
}

/** The current session, or null when nobody is signed in. */
export async function getSession(): Promise<SessionState | null> {
  try {
    return remember(await apiRequest<SessionState>('GET', '/api/v1/session'));
  } catch (error) {
    if (isProblem(error, 401)) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export interface Credentials {
  organisation: string;
  username: string;
  password: string;
}

export async function signIn(credentials: Credentials): Promise<SessionState> {
  return remember(await apiRequest<SessionState>('POST', '/api/v1/session', { body: credentials, withoutCsrf: true }));
}

export type SecondFactorProof = { code: string } | { recoveryCode: string };

export async function verifySecondFactor(proof: SecondFactorProof): Promise<SessionState> {
  return remember(await apiRequest<SessionState>('POST', '/api/v1/session/second-factor', { body: proof }));
}

export function startSecondFactorEnrolment(): Promise<SecondFactorEnrolment> {
  return apiRequest<SecondFactorEnrolment>('GET', '/api/v1/session/second-factor-enrolment');
}

export async function completeSecondFactorEnrolment(code: string): Promise<EnrolmentResult> {
  const result = await apiRequest<EnrolmentResult>('POST', '/api/v1/session/second-factor-enrolment', {
    body: { code },
  });
  remember(result.session);
  return result;
}

export async function signOut(): Promise<void> {
  await apiRequest<undefined>('DELETE', '/api/v1/session');
  setCsrfToken(null);
}
