import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Config } from '../config.js'
import { sessionCookieValue } from '../modules/identity/sessions.js'

/** `__Host-` binds the cookie to this host over HTTPS; plain HTTP (a test box) drops the prefix. */
export const sessionCookieName = (config: Config) => (config.cookieSecure ? '__Host-koers_session' : 'koers_session')

export function setSessionCookie(config: Config, reply: FastifyReply, tenantId: string, token: string): void {
  void reply.setCookie(sessionCookieName(config), sessionCookieValue(tenantId, token), {
    httpOnly: true,
    secure: config.cookieSecure,
    sameSite: 'lax',
    path: '/',
    maxAge: config.sessionMaxHours * 3600,
  })
}

export function clearSessionCookie(config: Config, reply: FastifyReply): void {
  void reply.clearCookie(sessionCookieName(config), { path: '/', secure: config.cookieSecure, httpOnly: true, sameSite: 'lax' })
}

export const readSessionCookie = (config: Config, request: FastifyRequest) => request.cookies[sessionCookieName(config)]
