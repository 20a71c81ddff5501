import crypto from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { AppContext } from '../appContext.js'
import { guardClientRoute } from '../modules/clientApp/deviceSession.js'
import { loadSession, parseSessionCookie } from '../modules/identity/sessions.js'
import { sessionPolicy } from '../modules/identity/signIn.js'
import type { StaffActor } from './context.js'
import { AppError, forbidden, unauthorized } from './problem.js'
import { clearSessionCookie, readSessionCookie } from './sessionCookie.js'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && crypto.timingSafeEqual(left, right)
}

/**
 * Loads the session from its cookie and enforces the route's access rule and, for every
 * state-changing request made with a session, the CSRF token.
 */
export function sessionGuard(ctx: AppContext) {
  return async function guard(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    request.session = null
    // API routes are for signed-in staff unless they say otherwise; static files and 404s are public.
    const isApiRoute = request.routeOptions.url?.startsWith('/api/v1/') ?? false
    const access = request.routeOptions.config.access ?? (isApiRoute ? { kind: 'staff' } : { kind: 'public' })
    if (access.kind === 'client') return guardClientRoute(ctx, request, reply)
    const cookie = parseSessionCookie(readSessionCookie(ctx.config, request))
    if (cookie !== null) {
      request.session = await loadSession(ctx.db, cookie.tenantId, cookie.token, sessionPolicy(ctx))
      if (request.session === null) clearSessionCookie(ctx.config, reply)
    }
    const session = request.session
    if (session !== null && !safeMethods.has(request.method) && request.routeOptions.config.csrf !== false) {
      const header = request.headers['x-csrf-token']
      if (typeof header !== 'string' || !sameToken(header, session.csrfToken)) {
        throw new AppError(403, 'csrf-token-invalid', 'Forbidden', 'The X-CSRF-Token header is missing or does not match your session.')
      }
    }
    if (access.kind === 'public') return
    if (session === null) throw unauthorized('not-signed-in', 'Sign in first; your session has ended or never began.')
    if (access.kind === 'pending') {
      if (session.stage !== access.stage) {
        throw unauthorized('wrong-sign-in-step', `This step is not the current one of your sign-in (${session.stage}).`)
      }
      return
    }
    if (session.stage !== 'active') {
      throw unauthorized('second-factor-required', 'Finish signing in with your second factor first.')
    }
    if (access.roles && !access.roles.some((role) => session.user.roles.includes(role))) {
      throw forbidden(`This needs the role ${access.roles.join(' or ')}.`)
    }
  }
}

/** The signed-in staff user of a `staff` route. */
export function staffActor(request: FastifyRequest): StaffActor {
  const session = request.session
  if (session === null || session.stage !== 'active') throw unauthorized('not-signed-in', 'Sign in first.')
  return {
    tenantId: session.tenantId,
    userId: session.userId,
    roles: session.user.roles,
    teamIds: session.user.teams.map((team) => team.id),
  }
}

/** The client of a `client` route, on their signed-in device. */
export function clientActor(request: FastifyRequest): { tenantId: string; clientId: string; deviceId: string } {
  const session = request.clientSession
  if (!session) throw unauthorized('not-signed-in', 'Sign in to the app first.')
  return { tenantId: session.tenantId, clientId: session.clientId, deviceId: session.deviceId }
}
