import { Type } from '@sinclair/typebox'
import type { FastifyRequest } from 'fastify'
import type { AppContext } from '../../appContext.js'
import {
  Enrolment,
  EnrolmentConfirmation,
  EnrolmentResult,
  SecondFactorRequest,
  SessionState,
  SignInRequest,
} from '../../../common/api/session.js'
import { unauthorized } from '../../http/problem.js'
import { clearSessionCookie, setSessionCookie } from '../../http/sessionCookie.js'
import type { App } from '../../http/types.js'
import { loadSession, type LoadedSession } from './sessions.js'
import { completeEnrolment, sessionPolicy, signInWithPassword, signOut, startEnrolment, verifySecondFactor } from './signIn.js'

const tags = ['Session']

export function presentSession(session: LoadedSession): SessionState {
  return {
    stage: session.stage,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt.toISOString(),
    organisation: session.organisation,
    user: session.user,
  }
}

function currentSession(request: FastifyRequest): LoadedSession {
  if (request.session === null) throw unauthorized('not-signed-in', 'Not signed in.')
  return request.session
}

export function identityRoutes(app: App, ctx: AppContext): void {
  const reload = async (tenantId: string, token: string) => {
    const session = await loadSession(ctx.db, tenantId, token, sessionPolicy(ctx))
    if (session === null) throw unauthorized('not-signed-in', 'The session ended.')
    return presentSession(session)
  }
  const signInLimit = { max: ctx.config.signInRateLimitPerMinute, timeWindow: '1 minute' }

  app.post(
    '/api/v1/session',
    {
      config: { access: { kind: 'public' }, csrf: false, rateLimit: signInLimit },
      schema: {
        tags,
        summary: 'Sign in with user name and password (step 1 of 2)',
        description:
          'Starts a session that still needs the second factor: `stage` says whether to send a code or to enrol first.',
        body: SignInRequest,
        response: { 200: SessionState },
      },
    },
    async (request, reply) => {
      const result = await signInWithPassword(ctx, request.id, request.body)
      setSessionCookie(ctx.config, reply, result.tenantId, result.token)
      return reload(result.tenantId, result.token)
    },
  )

  app.get(
    '/api/v1/session',
    {
      config: { access: { kind: 'public' } },
      schema: { tags, summary: 'The current session', response: { 200: SessionState } },
    },
    async (request) => presentSession(currentSession(request)),
  )

  app.delete(
    '/api/v1/session',
    {
      config: { access: { kind: 'public' } },
      schema: { tags, summary: 'Sign out', response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      if (request.session !== null) await signOut(ctx, request.id, request.session)
      clearSessionCookie(ctx.config, reply)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/api/v1/session/second-factor',
    {
      config: { access: { kind: 'pending', stage: 'second-factor' }, rateLimit: signInLimit },
      schema: {
        tags,
        summary: 'Give the six-digit code from the authenticator app, or a recovery code (step 2 of 2)',
        body: SecondFactorRequest,
        response: { 200: SessionState },
      },
    },
    async (request, reply) => {
      const session = currentSession(request)
      const { token } = await verifySecondFactor(ctx, request.id, session, request.body)
      setSessionCookie(ctx.config, reply, session.tenantId, token)
      return reload(session.tenantId, token)
    },
  )

  app.get(
    '/api/v1/session/second-factor-enrolment',
    {
      config: { access: { kind: 'pending', stage: 'enrolment' } },
      schema: {
        tags,
        summary: 'The secret and QR code to add Koers to an authenticator app',
        response: { 200: Enrolment },
      },
    },
    async (request) => startEnrolment(ctx, currentSession(request)),
  )

  app.post(
    '/api/v1/session/second-factor-enrolment',
    {
      config: { access: { kind: 'pending', stage: 'enrolment' }, rateLimit: signInLimit },
      schema: {
        tags,
        summary: 'Confirm the authenticator app with its first code; answers the recovery codes, once',
        body: EnrolmentConfirmation,
        response: { 200: EnrolmentResult },
      },
    },
    async (request, reply) => {
      const session = currentSession(request)
      const { token, recoveryCodes } = await completeEnrolment(ctx, request.id, session, request.body.code)
      setSessionCookie(ctx.config, reply, session.tenantId, token)
      return { recoveryCodes, session: await reload(session.tenantId, token) }
    },
  )
}
