import type { FastifyReply, FastifyRequest } from 'fastify'
import type { AppContext } from '../../appContext.js'
import type { Config } from '../../config.js'
import { inTenant, type Tx } from '../../db/database.js'
import { AppError, unauthorized } from '../../http/problem.js'
import { parseTenantToken, randomToken, sha256 } from '../identity/tokens.js'
import { sameToken } from './sameToken.js'

/** A signed-in device of the client app. */
export interface ClientDeviceSession {
  tenantId: string
  clientId: string
  deviceId: string
  csrfToken: string
}

/** The device cookie lasts a year; the device stays signed in until sign-out or revocation. */
const cookieMaxAgeSeconds = 365 * 24 * 3600

/** A name of its own, apart from the staff session: a coach and a client may share a browser. */
export const deviceCookieName = (config: Config) => (config.cookieSecure ? '__Host-koers_client' : 'koers_client')

export function setDeviceCookie(config: Config, reply: FastifyReply, tenantId: string, token: string): void {
  void reply.setCookie(deviceCookieName(config), `${tenantId}.${token}`, {
    httpOnly: true,
    secure: config.cookieSecure,
    sameSite: 'strict',
    path: '/',
    maxAge: cookieMaxAgeSeconds,
  })
}

export function clearDeviceCookie(config: Config, reply: FastifyReply): void {
  void reply.clearCookie(deviceCookieName(config), { path: '/', secure: config.cookieSecure, httpOnly: true, sameSite: 'strict' })
}


/** Signs a device in: a new device row and its session. Returns the cookie token. */
export async function createDeviceSession(tx: Tx, tenantId: string, clientId: string, label: string | null): Promise<{ deviceId: string; token: string; csrfToken: string }> {
  const device = await tx.insertInto('client_app_devices').values({ tenant_id: tenantId, client_id: clientId, label }).returning('id').executeTakeFirstOrThrow()
  const token = randomToken()
  const csrfToken = randomToken()
  await tx
    .insertInto('client_app_sessions')
    .values({ tenant_id: tenantId, device_id: device.id, token_hash: sha256(token), csrf_token: csrfToken })
    .execute()
  return { deviceId: device.id, token, csrfToken }
}

/** Ends a device: revoked, its session gone (sign-out by the client or revocation by the coach). */
export async function endDevice(tx: Tx, deviceId: string): Promise<boolean> {
  await tx.deleteFrom('client_app_sessions').where('device_id', '=', deviceId).execute()
  const result = await tx.updateTable('client_app_devices').set({ revoked_at: new Date() }).where('id', '=', deviceId).where('revoked_at', 'is', null).executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

async function loadDeviceSession(tx: Tx, tenantId: string, token: string): Promise<ClientDeviceSession | null> {
  const row = await tx
    .selectFrom('client_app_sessions as s')
    .innerJoin('client_app_devices as d', (join) => join.onRef('d.tenant_id', '=', 's.tenant_id').onRef('d.id', '=', 's.device_id'))
    .select(['d.id', 'd.client_id', 'd.last_seen_at', 's.csrf_token'])
    .where('s.token_hash', '=', sha256(token))
    .where('d.revoked_at', 'is', null)
    .executeTakeFirst()
  if (!row) return null
  // "Last seen" for the coach's device list, written at most once a minute.
  if (Date.now() - row.last_seen_at.getTime() > 60_000) {
    await tx.updateTable('client_app_devices').set({ last_seen_at: new Date() }).where('id', '=', row.id).execute()
  }
  return { tenantId, clientId: row.client_id, deviceId: row.id, csrfToken: row.csrf_token }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * The guard of `client` routes: a signed-in device (from its own cookie) and, for every
 * state-changing request, the device session's CSRF token in X-CSRF-Token.
 */
export async function guardClientRoute(ctx: AppContext, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  request.clientSession = null
  const cookie = parseTenantToken(request.cookies[deviceCookieName(ctx.config)])
  if (cookie !== null) {
    request.clientSession = await inTenant(ctx.db, { tenantId: cookie.tenantId }, (tx) => loadDeviceSession(tx, cookie.tenantId, cookie.token))
    if (request.clientSession === null) clearDeviceCookie(ctx.config, reply)
  }
  const session = request.clientSession
  if (session === null) throw unauthorized('not-signed-in', 'Sign in to the app first; this device is not signed in, or no longer.')
  if (!safeMethods.has(request.method)) {
    const header = request.headers['x-csrf-token']
    if (typeof header !== 'string' || !sameToken(header, session.csrfToken)) {
      throw new AppError(403, 'csrf-token-invalid', 'Forbidden', 'The X-CSRF-Token header is missing or does not match your session.')
    }
  }
}

/** A short, personal-data-free name for a device, from its browser: "Chrome op Android". */
export function deviceLabel(userAgent: string | undefined): string | null {
  if (!userAgent) return null
  const system = /Android/.test(userAgent) ? 'Android' : /iPhone|iPad|iPod/.test(userAgent) ? 'iOS' : /Windows/.test(userAgent) ? 'Windows' : /Mac OS X/.test(userAgent) ? 'macOS' : /Linux/.test(userAgent) ? 'Linux' : null
  const browser = /Edg\//.test(userAgent) ? 'Edge' : /Firefox\//.test(userAgent) ? 'Firefox' : /Chrom(e|ium)\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : null
  const label = [browser, system].filter(Boolean).join(' · ')
  return label === '' ? null : label
}
