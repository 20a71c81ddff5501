import { createHash } from 'node:crypto'
import webpush from 'web-push'
import { ProviderError, type Delivered, type PushChannel, type PushMessage } from './types.js'

export interface WebPushChannelConfig {
  /** VAPID keys (base64url, as `koers vapid-keys` prints them) and the contact (mailto: or https:). */
  publicKey: string
  privateKey: string
  subject: string
  /** How long to wait for the push service's answer (default 10 s). */
  timeoutMs?: number
  /** Also deliver to http:// endpoints. Only for a stand-in push service on this machine. */
  allowInsecureEndpoints?: boolean
}

/** A new VAPID key pair for KOERS_VAPID_PUBLIC_KEY and KOERS_VAPID_PRIVATE_KEY. */
export function generateVapidKeys(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = webpush.generateVAPIDKeys()
  return { publicKey, privateKey }
}

/**
 * Web Push (RFC 8030) to the installed client app: the payload is encrypted for the subscription
 * (aes128gcm, RFC 8291) and the request signed with Koers' VAPID key (RFC 8292), both by the
 * web-push library; the request itself goes out with fetch, so a timeout covers the whole answer.
 */
export function createWebPushChannel(config: WebPushChannelConfig): PushChannel {
  const vapidDetails = { subject: config.subject, publicKey: config.publicKey, privateKey: config.privateKey }
  // Fails here, at boot, on keys or a subject that web-push does not accept.
  webpush.getVapidHeaders('https://push.invalid', config.subject, config.publicKey, config.privateKey, 'aes128gcm')
  const timeoutMs = config.timeoutMs ?? 10_000

  return {
    provider: 'web-push',
    async send(message: PushMessage): Promise<Delivered> {
      const { subscription } = message
      if (!usableEndpoint(subscription.endpoint, config.allowInsecureEndpoints === true)) {
        throw new ProviderError('The push subscription has no usable https endpoint.', false, true)
      }
      const payload = JSON.stringify({ title: message.title, body: message.body, url: message.url, tag: message.outboxId })
      let details: webpush.RequestDetails
      try {
        details = webpush.generateRequestDetails({ endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } }, payload, {
          vapidDetails,
          contentEncoding: 'aes128gcm',
          TTL: Math.max(0, Math.floor(message.ttlSeconds)),
          urgency: message.urgent ? 'high' : 'normal',
          topic: topicFor(message.outboxId),
        })
      } catch (error) {
        // The subscription's keys are malformed: it can never receive a message.
        throw new ProviderError(`The push subscription is not usable: ${error instanceof Error ? error.message : String(error)}`, false, true)
      }

      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(details.headers)) {
        if (name.toLowerCase() !== 'content-length') headers[name] = String(value)
      }
      let response: Response
      try {
        response = await fetch(details.endpoint, {
          method: 'POST',
          headers,
          body: details.body ? new Uint8Array(details.body) : undefined,
          signal: AbortSignal.timeout(timeoutMs),
        })
      } catch (error) {
        const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
        const cause = (error as { cause?: { code?: string } } | null)?.cause?.code
        throw new ProviderError(timedOut ? `The push service did not answer within ${timeoutMs} ms.` : `The push service could not be reached (${cause ?? 'network error'}).`, true)
      }

      await response.arrayBuffer().catch(() => undefined)
      if (response.status >= 200 && response.status < 300) return { providerId: response.headers.get('location') }
      const text = `The push service answered ${response.status}.`
      // 404/410: the subscription expired or was withdrawn; the browser will not come back to it.
      if (response.status === 404 || response.status === 410) throw new ProviderError(text, false, true)
      if (response.status === 408 || response.status === 429 || response.status >= 500) throw new ProviderError(text, true)
      throw new ProviderError(text, false)
    },
  }
}

function usableEndpoint(endpoint: string, allowInsecure: boolean): boolean {
  try {
    const { protocol } = new URL(endpoint)
    return protocol === 'https:' || (allowInsecure && protocol === 'http:')
  } catch {
    return false
  }
}

/**
 * The Topic header (≤ 32 base64url characters): a push service keeps only the newest message of a
 * topic for an offline device, so a resend of the same outbox row replaces the first attempt.
 */
function topicFor(outboxId: string): string {
  return createHash('sha256').update(outboxId).digest('base64url').slice(0, 32)
}
