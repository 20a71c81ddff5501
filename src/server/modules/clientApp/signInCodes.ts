import crypto from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { sql } from 'kysely'
import type { AppContext } from '../../appContext.js'
import { inTenant, type Tx } from '../../db/database.js'
import type { Trace } from '../../http/context.js'
import { AppError, badRequest } from '../../http/problem.js'
import { recordAudit } from '../audit/recordAudit.js'
import { normalisePhone } from '../clients/dutchFormats.js'
import { findTenantBySlug } from '../identity/signIn.js'
import { createDeviceSession, type ClientDeviceSession } from './deviceSession.js'
import { sameToken } from './sameToken.js'
import { forgetSendVariables, koersItself, queueServiceMessage } from './serviceMessages.js'

/** A code works this long, once. */
export const codeMinutes = 10
/** After this many wrong tries a code is void. */
export const maxWrongAttempts = 5
/** At most this many codes per number or address, and per network address, in the window. */
export const codesPerAddress = 3
export const codesPerNetwork = 30
export const rateWindowMinutes = 15
/**
 * A code request is answered this long after it came in, known address or not: sending a code
 * takes more work than ignoring an unknown address, and the difference would tell who is a client.
 */
export const codeRequestAnswerMs = 300

/** The processing activity of the client app's sign-in. */
export const clientAppAccess = 'client-app-access'

type Address = { channel: 'sms'; value: string } | { channel: 'email'; value: string }

/** A phone number (to E.164) or an email address (lower case); null when it is neither. */
export function parseAddress(input: string): Address | null {
  const text = input.trim()
  if (text.includes('@')) {
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? { channel: 'email', value: text.toLowerCase() } : null
  }
  const phone = normalisePhone(text)
  return phone === null ? null : { channel: 'sms', value: phone }
}

function addressOrRefuse(input: string): Address {
  const address = parseAddress(input)
  if (address === null) {
    throw badRequest('invalid-address', 'Give a mobile phone number (such as 06 12345678) or an email address.', [{ field: 'address', message: 'is neither a phone number nor an email address' }])
  }
  return address
}

async function tenantOrRefuse(ctx: AppContext, slug: string) {
  const tenant = await findTenantBySlug(ctx, slug)
  if (!tenant) throw badRequest('unknown-organisation', 'There is no organisation with this name in Koers; open the link from your coach again.', [{ field: 'organisation', message: 'unknown' }])
  return tenant
}

const addressHash = (ctx: AppContext, address: Address) => ctx.secretBox.lookupHash(`client-app-address:${address.channel}:${address.value}`)
const codeHash = (ctx: AppContext, codeId: string, code: string) => ctx.secretBox.lookupHash(`client-app-code:${codeId}:${code}`)

/** The one client a number or address belongs to; none when unknown, or when several share it. */
async function clientByAddress(tx: Tx, address: Address): Promise<string | null> {
  const column = address.channel === 'sms' ? sql`phone` : sql`lower(email)`
  const { rows } = await sql<{ id: string }>`
    SELECT id FROM clients WHERE ${column} = ${address.value} AND (outflow_date IS NULL OR outflow_date > current_date) LIMIT 2`.execute(tx)
  return rows.length === 1 ? rows[0]!.id : null
}

const tooManyCodes = () =>
  new AppError(429, 'too-many-codes', 'Too many codes', `You asked for a code too often. Wait ${rateWindowMinutes} minutes and try again.`)

/**
 * A client asks for a sign-in code. The answer is the same whether or not Koers knows the
 * number or address: a known one gets a code through the outbox, an unknown one nothing.
 * Every request counts towards the limits per address and per network address, and is audited
 * (without the number or address). Both answers come after the same time (`codeRequestAnswerMs`).
 */
export async function requestSignInCode(ctx: AppContext, traceId: string, input: { organisation: string; address: string }, ip: string): Promise<{ channel: 'sms' | 'email'; expiresInMinutes: number }> {
  const address = addressOrRefuse(input.address)
  const tenant = await tenantOrRefuse(ctx, input.organisation)
  const hash = addressHash(ctx, address)
  const ipHash = ctx.secretBox.lookupHash(`client-app-ip:${ip}`)
  const started = performance.now()
  const outcome = await inTenant(ctx.db, { tenantId: tenant.id }, async (tx) => {
    const since = new Date(Date.now() - rateWindowMinutes * 60_000)
    const { rows } = await sql<{ by_address: number; by_network: number }>`
      SELECT count(*) FILTER (WHERE address_hash = ${hash}) AS by_address, count(*) FILTER (WHERE ip_hash = ${ipHash}) AS by_network
      FROM client_sign_in_requests WHERE requested_at > ${since} AND (address_hash = ${hash} OR ip_hash = ${ipHash})`.execute(tx)
    const limited = Number(rows[0]!.by_address) >= codesPerAddress || Number(rows[0]!.by_network) >= codesPerNetwork
    const clientId = await clientByAddress(tx, address)
    const trace: Trace = { traceId, actorType: clientId ? 'client' : 'anonymous', actorId: clientId }
    const audit = (outcome: 'success' | 'failure', reason: string | null) =>
      recordAudit(tx, tenant.id, trace, {
        processingActivity: clientAppAccess,
        action: 'client-app.code-request',
        outcome,
        ...(clientId ? { dataSubject: { type: 'client', id: clientId } } : {}),
        attributes: { channel: address.channel, ...(reason ? { reason } : {}) },
      })
    if (limited) {
      await audit('failure', 'rate-limited')
      return 'limited' as const
    }
    await tx.insertInto('client_sign_in_requests').values({ tenant_id: tenant.id, address_hash: hash, ip_hash: ipHash }).execute()
    if (clientId === null) {
      await audit('failure', 'unknown-address')
      return 'unknown' as const
    }
    // A new code makes the earlier ones void: only the latest message counts.
    await tx.updateTable('client_sign_in_codes').set({ voided_at: new Date() }).where('address_hash', '=', hash).where('used_at', 'is', null).where('voided_at', 'is', null).execute()
    const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0')
    const codeId = crypto.randomUUID()
    const { sendId } = await queueServiceMessage(tx, { tenantId: tenant.id, clientId, kind: 'signInCode', channel: address.channel, variables: { code, secret: 'code' }, sentBy: koersItself })
    await tx
      .insertInto('client_sign_in_codes')
      .values({
        tenant_id: tenant.id,
        id: codeId,
        client_id: clientId,
        channel: address.channel,
        address_hash: hash,
        code_hash: codeHash(ctx, codeId, code),
        send_id: sendId,
        expires_at: new Date(Date.now() + codeMinutes * 60_000),
      })
      .execute()
    await audit('success', null)
    return 'sent' as const
  })
  if (outcome === 'sent') ctx.wakeDelivery?.()
  // A timer can fire a little early by the clock that measured the start: wait until it has passed.
  const answerAt = started + codeRequestAnswerMs
  while (performance.now() < answerAt) await sleep(Math.ceil(answerAt - performance.now()))
  if (outcome === 'limited') throw tooManyCodes()
  return { channel: address.channel, expiresInMinutes: codeMinutes }
}

const codeRefused = () =>
  badRequest('code-invalid', 'This code is not right, or no longer valid. Check the code, or ask for a new one.', [{ field: 'code', message: 'not right or no longer valid' }])

export interface SignedIn {
  token: string
  session: ClientDeviceSession
}

/**
 * A client signs in with the code: right, in time, not used before and tried fewer than five
 * times wrongly. The device gets its own row and session. A wrong or unknown code gets one and
 * the same answer, whether the address is known or not.
 */
export async function signInWithCode(ctx: AppContext, traceId: string, input: { organisation: string; address: string; code: string }, userAgentLabel: string | null): Promise<SignedIn> {
  const address = addressOrRefuse(input.address)
  const tenant = await tenantOrRefuse(ctx, input.organisation)
  const hash = addressHash(ctx, address)
  const result = await inTenant(ctx.db, { tenantId: tenant.id }, async (tx) => {
    const row = await tx
      .selectFrom('client_sign_in_codes')
      .select(['id', 'client_id', 'code_hash', 'attempts', 'send_id'])
      .where('address_hash', '=', hash)
      .where('used_at', 'is', null)
      .where('voided_at', 'is', null)
      .where('expires_at', '>', new Date())
      .orderBy('created_at', 'desc')
      .limit(1)
      .forUpdate()
      .executeTakeFirst()
    if (!row) {
      await recordAudit(tx, tenant.id, { traceId, actorType: 'anonymous', actorId: null }, { processingActivity: clientAppAccess, action: 'client-app.sign-in', outcome: 'failure', attributes: { reason: 'no-valid-code' } })
      return null
    }
    const subject = { type: 'client', id: row.client_id }
    if (!sameToken(codeHash(ctx, row.id, input.code), row.code_hash)) {
      const attempts = row.attempts + 1
      const voided = attempts >= maxWrongAttempts
      await tx.updateTable('client_sign_in_codes').set({ attempts, ...(voided ? { voided_at: new Date() } : {}) }).where('id', '=', row.id).execute()
      if (voided) await forgetSendVariables(tx, row.send_id)
      await recordAudit(tx, tenant.id, { traceId, actorType: 'anonymous', actorId: null }, { processingActivity: clientAppAccess, action: 'client-app.sign-in', outcome: 'failure', dataSubject: subject, attributes: { reason: voided ? 'wrong-code-voided' : 'wrong-code', attempts } })
      return null
    }
    await tx.updateTable('client_sign_in_codes').set({ used_at: new Date() }).where('id', '=', row.id).execute()
    await forgetSendVariables(tx, row.send_id)
    const session = await createDeviceSession(tx, tenant.id, row.client_id, userAgentLabel)
    await recordAudit(tx, tenant.id, { traceId, actorType: 'client', actorId: row.client_id }, { processingActivity: clientAppAccess, action: 'client-app.sign-in', dataSubject: subject, attributes: { deviceId: session.deviceId, channel: address.channel } })
    return { token: session.token, session: { tenantId: tenant.id, clientId: row.client_id, deviceId: session.deviceId, csrfToken: session.csrfToken } }
  })
  if (result === null) throw codeRefused()
  return result
}

/** Requests for a code older than a day count towards no limit any more: they go. */
export async function purgeOldSignInRequests(tx: Tx): Promise<number> {
  const result = await tx.deleteFrom('client_sign_in_requests').where('requested_at', '<', sql<Date>`now() - interval '1 day'`).executeTakeFirst()
  return Number(result.numDeletedRows)
}
